import { Text } from '@mantine/core';
import { type ComponentType, lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { PageTitle } from '../../components/page-title';
import { Loading } from '../../components/query-state';
import { loadNamespaces } from '../../lib/i18n';
import { useSignedInViewer } from '../access';
import { useProvinceDataAhead } from './use-province-data-ahead';

/** A part of the home page that loads with its translations, once the page knows it shows it. */
function lazyPart<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  return lazy(async () => {
    const [Component] = await Promise.all([load(), loadNamespaces(['geography', 'dashboard'])]);
    return { default: Component };
  });
}

// Two chunks, one per kind of home: the province list (viewers, admins) never downloads the
// province dashboard (its table library, its filters: about 40 KB compressed with what it
// needs), and a director's dashboard never downloads the list.
const ProvinceDashboard = lazyPart(() => import('./province-dashboard').then((module) => module.ProvinceDashboard));
const ProvinceList = lazyPart(() => import('../geography').then((module) => module.ProvinceList));

/**
 * `/`: a director lands on their agency's province, a coordinator is sent to the workspace, and
 * admins and viewers choose a province. In the entry chunk, not a route chunk of its own, so which
 * home to download is known from RequireViewer's answer (the agency's province is in it); a
 * director's counts and lacking list are asked for beside their dashboard's code.
 */
export function HomePage() {
  const { t } = useTranslation();
  const viewer = useSignedInViewer();
  const ownProvince = viewer.role === 'DIRECTOR' ? viewer.agency?.province?.code : undefined;
  useProvinceDataAhead(ownProvince);
  if (viewer.role === 'COORDINATOR') return <Navigate to="/workspace" replace />;
  // A boundary of its own: while a lazy part's code loads, this page still commits, so its query
  // and the dashboard's data asked ahead (useProvinceDataAhead, an effect) leave at once instead
  // of after the code has arrived (the layout's boundary would hold the whole page back).
  if (ownProvince) {
    return (
      <Suspense fallback={<Loading />}>
        <ProvinceDashboard code={ownProvince} role={viewer.role} home />
      </Suspense>
    );
  }
  return (
    <section>
      <PageTitle>{t('pages.dashboard')}</PageTitle>
      <Text mb="md">{t('pages.chooseProvince')}</Text>
      <Suspense fallback={<Loading />}>
        <ProvinceList />
      </Suspense>
    </section>
  );
}

import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { ComingSoon } from '../../components/coming-soon';
import { PageTitle } from '../../components/page-title';
import { ViewerQuery } from '../access/access-documents';
import { ProvinceList } from '../geography/province-list';
import { ProvinceWards } from '../geography/province-page';

/**
 * `/` and `/provinces/:code`. Placeholder until the city dashboard lands: a province shows its
 * ward table; at `/` directors get their dashboard, admins and viewers choose a province.
 */
export default function DashboardPage() {
  const { t } = useTranslation();
  const { code } = useParams();
  const [{ data }] = useQuery({ query: ViewerQuery });
  if (code) return <ProvinceWards code={code} />;
  if (data?.viewer?.role === 'DIRECTOR') return <ComingSoon title={t('pages.dashboard')} />;
  return (
    <section>
      <PageTitle>{t('pages.dashboard')}</PageTitle>
      <Text mb="md">{t('pages.chooseProvince')}</Text>
      <ProvinceList />
    </section>
  );
}

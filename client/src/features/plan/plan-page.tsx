import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PageTitle } from '../../components/page-title';
import { Loading, QueryError } from '../../components/query-state';
import ForecastSection from './forecast-section';
import { PlanProvinceQuery } from './plan-documents';
import SigningOverTimeSection from './signing-over-time-section';
import StalledSection from './stalled-section';

/**
 * `/provinces/:code/plan`: will this year's targets be reached, which agreements have stalled, and
 * how the signing drive went week by week (issue 17 items 1, 2 and 4). A page of its own, not
 * dashboard sections: its charts (recharts) would push the landing page over its first-visit
 * budget, and here they load only with this page's chunk.
 */
export default function PlanPage() {
  const { t, i18n } = useTranslation('plan');
  const { code = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PlanProvinceQuery, variables: { code } });
  if (error) return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const province = data?.province;
  if (!province) return fetching ? <Loading /> : null;
  const name =
    i18n.resolvedLanguage === 'en' ? t(`englishName.${province.kind}`, { name: province.nameEn }) : province.fullName;
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Anchor component={Link} to={`/provinces/${province.code}`} size="sm">
          {t('page.backToDashboard')}
        </Anchor>
        <PageTitle m={0}>{t('page.title', { name })}</PageTitle>
      </Stack>
      <ForecastSection code={province.code} />
      <StalledSection code={province.code} />
      <SigningOverTimeSection code={province.code} />
    </Stack>
  );
}

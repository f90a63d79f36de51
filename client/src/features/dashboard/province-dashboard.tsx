import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient, useQuery } from 'urql';
import { LiveIndicator } from '../../components/live-indicator';
import { useLiveProvince } from '../../lib/use-live-province';
import { PageTitle } from '../../components/page-title';
import { Loading, QueryError } from '../../components/query-state';
import type { Role } from '../../graphql/generated/graphql';
import { LackingWardsQuery, ProvinceSigningQuery } from './dashboard-documents';
import { LackingWards } from './lacking-wards';
import { LatestChanges } from './latest-changes';
import { SigningProgress } from './signing-progress';
import { TargetProgress } from './target-progress';

/** Roles the server lets read the audit trail: the panel is not offered to anyone else. */
const AUDIT_READERS: readonly Role[] = ['ADMIN', 'DIRECTOR'];

/**
 * A province's dashboard: signing progress, the wards still lacking a signed agreement, the
 * year's targets and, for those allowed, the latest changes. Each panel loads on its own.
 */
export function ProvinceDashboard({ code, role, home }: { code: string; role: Role | undefined; home: boolean }) {
  const { t, i18n } = useTranslation('dashboard');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ProvinceSigningQuery,
    variables: { code },
    requestPolicy: 'cache-and-network',
  });
  // Live: someone's change elsewhere asks the server again for the counts and the lacking list
  // (their queries' watchers re-render from the refreshed cache).
  const client = useClient();
  const live = useLiveProvince(code, () => {
    reexecute({ requestPolicy: 'network-only' });
    void client.query(LackingWardsQuery, { code }, { requestPolicy: 'network-only' }).toPromise();
  });
  if (error) return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const province = data?.province;
  if (!province) return fetching ? <Loading /> : null;
  // The official name in Vietnamese; its English form (`Ho Chi Minh City`) on the English pages.
  const name =
    i18n.resolvedLanguage === 'en' ? t(`englishName.${province.kind}`, { name: province.nameEn }) : province.fullName;

  return (
    <Stack gap="xl">
      <div>
        {!home && (
          <Anchor component={Link} to="/provinces" size="sm">
            {t('otherProvince')}
          </Anchor>
        )}
        <PageTitle mt="xs" mb={0}>
          {name}
        </PageTitle>
        <LiveIndicator state={live} />
      </div>
      <SigningProgress progress={province.signingProgress} />
      <LackingWards code={province.code} provinceName={name} />
      <TargetProgress code={province.code} />
      {role && AUDIT_READERS.includes(role) && <LatestChanges allProvinces={role === 'ADMIN'} />}
    </Stack>
  );
}

import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PageTitle } from '../../components/page-title';
import { Loading, QueryError } from '../../components/query-state';
import type { Role } from '../../graphql/generated/graphql';
import { ProvinceSigningQuery } from './dashboard-documents';
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
      </div>
      <SigningProgress progress={province.signingProgress} />
      <LackingWards code={province.code} provinceName={name} />
      <TargetProgress code={province.code} />
      {role && AUDIT_READERS.includes(role) && <LatestChanges allProvinces={role === 'ADMIN'} />}
    </Stack>
  );
}

import { Anchor, Group, Stack } from '@mantine/core';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient, useQuery } from 'urql';
import { AfterFirstScreen } from '../../components/after-first-screen';
import { LiveIndicator } from '../../components/live-indicator';
import { QUIET_UNCHANGED_REFRESH } from '../../lib/unchanged-answers';
import { useLiveProvince } from '../../lib/use-live-province';
import { PageTitle } from '../../components/page-title';
import { Loading, QueryError } from '../../components/query-state';
import { WhenNear } from '../../components/when-near';
import type { Role } from '../../graphql/generated/graphql';
import { FIRST_SCREEN_REQUESTS } from './first-screen-requests';
import { LackingWards } from './lacking-wards';
import { SigningCounts, SigningSummary } from './signing-progress';

// Below the fold: their code and queries load when scrolled near (see WhenNear).
const TargetProgress = lazy(() => import('./target-progress').then((module) => ({ default: module.TargetProgress })));
const LatestChanges = lazy(() => import('./latest-changes').then((module) => ({ default: module.LatestChanges })));

/** Roles the server lets read the audit trail: the panel is not offered to anyone else. */
const AUDIT_READERS: readonly Role[] = ['ADMIN', 'DIRECTOR'];

/**
 * Who is offered the plan page from here: the people who plan (issue 17). Viewers can still open
 * its address; on their 360-px screen one more link on the row above would push the lacking list
 * out of the first screen.
 */
const PLAN_READERS: readonly Role[] = ['ADMIN', 'DIRECTOR'];

/**
 * A province's dashboard, the answer first: one sentence and one bar say how many wards still lack
 * a signed agreement, and the list of those wards follows at once, so it starts within the first
 * screen at 1280×800 and on a 360-px phone (issue 17). Detail comes below: the counts by status,
 * the year's targets and, for those allowed, the latest changes. Each panel loads on its own.
 *
 * New sections go into the marked slots below the list, never above it (the list must stay in
 * the first screen), each as its own chunk, `React.lazy(() => import(…))`, inside `<WhenNear>`: the
 * landing page is within a few KB of its first-visit budget of 250 KB of JS and CSS
 * (e2e/first-visit-budget.e2e.test.ts), and a section loads its code and data only when shown.
 */
export function ProvinceDashboard({ code, role, home }: { code: string; role: Role | undefined; home: boolean }) {
  const { t, i18n } = useTranslation('dashboard');
  const [{ data, fetching, error }, reexecute] = useQuery({
    ...FIRST_SCREEN_REQUESTS.signing(code),
    requestPolicy: 'cache-and-network',
    // Not rendered again when the refresh comes back unchanged (nothing here reads `stale`).
    context: QUIET_UNCHANGED_REFRESH,
  });
  // Live: someone's change elsewhere asks the server again for the counts and the lacking list
  // (their queries' watchers re-render from the refreshed cache).
  const client = useClient();
  const live = useLiveProvince(
    code,
    () => {
      reexecute({ requestPolicy: 'network-only' });
      const lacking = FIRST_SCREEN_REQUESTS.lacking(code);
      void client.query(lacking.query, lacking.variables, { requestPolicy: 'network-only' }).toPromise();
    },
    { progress: true },
  );
  if (error) return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const province = data?.province;
  if (!province) return fetching ? <Loading /> : null;
  // The official name in Vietnamese; its English form (`Ho Chi Minh City`) on the English pages.
  const name =
    i18n.resolvedLanguage === 'en' ? t(`englishName.${province.kind}`, { name: province.nameEn }) : province.fullName;

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap">
          {!home && (
            <Anchor component={Link} to="/provinces" size="sm">
              {t('otherProvince')}
            </Anchor>
          )}
          {/* The plan page (forecasts, stalled agreements, weekly signings): its charts stay off this landing page. */}
          {role && PLAN_READERS.includes(role) && (
            <Anchor component={Link} to={`/provinces/${province.code}/plan`} size="sm" data-testid="plan-link">
              {t('plan')}
            </Anchor>
          )}
          {/* Directors follow up ward by ward in the workspace (the server decides what they may change there). */}
          {role === 'DIRECTOR' && (
            <Anchor component={Link} to="/workspace" size="sm">
              {t('workspace')}
            </Anchor>
          )}
          {/* On the links' line, not a line of its own: on a phone the list must start in the first screen. */}
          <LiveIndicator live={live} />
        </Group>
        <PageTitle m={0}>{name}</PageTitle>
        <SigningSummary progress={province.signingProgress} />
      </Stack>
      <LackingWards code={province.code} provinceName={name} />
      {/* Below the list: rendered once the list is on screen, not in the same pass. */}
      <AfterFirstScreen minHeight={160}>
        <SigningCounts progress={province.signingProgress} />
      </AfterFirstScreen>
      {/* Slot (map): the province's map and population. */}
      <WhenNear minHeight={320}>
        <TargetProgress code={province.code} />
      </WhenNear>
      {role && AUDIT_READERS.includes(role) && (
        <WhenNear>
          <LatestChanges allProvinces={role === 'ADMIN'} />
        </WhenNear>
      )}
    </Stack>
  );
}

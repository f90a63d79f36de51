import { Anchor, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { compareVietnameseNames, matchesVietnameseSearch } from '@tripartite/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { LiveIndicator } from '../../components/live-indicator';
import { PageTitle } from '../../components/page-title';
import { EmptyState, Loading, QueryError } from '../../components/query-state';
import { useLiveContent } from '../../lib/live-screen';
import { QUIET_UNCHANGED_REFRESH } from '../../lib/unchanged-answers';
import { useLiveProvince } from '../../lib/use-live-province';
import { useSignedInViewer } from '../access';
import { ACTION_PRIORITY, nextActionFor } from './next-action';
import { StalledBadge } from './stalled-badge';
import { WardActionCard } from './ward-action-card';
import { WorkspaceWardsQuery } from './workspace-documents';

/**
 * A coordinator's field workspace: the wards their post office serves (a director sees their
 * province's), each with its next action, those needing one first. Cards, not a table, so it
 * works on a 360-px phone; each action is a link to the page where it takes a tap or two.
 */
export default function WorkspacePage() {
  const { t } = useTranslation(['workspace', 'common']);
  const viewer = useSignedInViewer();
  const [search, setSearch] = useState('');
  const [needingOnly, setNeedingOnly] = useState(true);
  const provinceCode = viewer.postOffice?.province?.code ?? viewer.agency?.province?.code;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: WorkspaceWardsQuery,
    variables: { code: provinceCode ?? '' },
    pause: !provinceCode,
    // Colleagues and directors move agreements too: refresh behind the cached list on every visit.
    requestPolicy: 'cache-and-network',
    // Not rendered again when that refresh comes back unchanged (nothing here reads `stale`).
    context: QUIET_UNCHANGED_REFRESH,
  });
  // Live: a colleague's or director's change to any agreement of the province asks for the cards
  // again (and so does a reconnection), so a card never shows a status that has moved on.
  const live = useLiveProvince(provinceCode, () => reexecute({ requestPolicy: 'network-only' }));
  const province = data?.province;
  // The cards are the page's content (the last screen goes when they are committed, lib/live-screen.ts).
  useLiveContent(Boolean(province));
  const title = <PageTitle>{t('common:pages.workspace')}</PageTitle>;

  if (!provinceCode)
    return (
      <section>
        {title}
        <Text>{t('notForRole')}</Text>
        <Anchor component={Link} to="/provinces">
          {t('toProvinces')}
        </Anchor>
      </section>
    );
  if (!province) {
    if (error) return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return (
      <section>
        {title}
        <Loading />
      </section>
    );
  }

  const mine = province.wards
    .filter((ward) => ward.inViewerAgreementScope)
    .map((ward) => ({ ward, action: nextActionFor(ward) }))
    .sort(
      (a, b) =>
        ACTION_PRIORITY[a.action] - ACTION_PRIORITY[b.action] || compareVietnameseNames(a.ward.name, b.ward.name),
    );
  const needing = mine.filter((entry) => entry.action !== 'none');
  const shown = (needingOnly ? needing : mine).filter((entry) => matchesVietnameseSearch(entry.ward.fullName, search));

  return (
    <section>
      <Group justify="space-between" align="baseline" gap="xs" wrap="nowrap">
        {title}
        <LiveIndicator live={live} />
      </Group>
      <Text mb="md">
        {viewer.postOffice
          ? t('intro', { postOffice: viewer.postOffice.name })
          : t('introDirector', { province: province.fullName })}
      </Text>
      <StalledBadge />
      <Stack gap="sm" maw={640}>
        <TextInput
          type="search"
          size="md"
          label={
            <>
              {t('search')}{' '}
              <Text span size="sm" c="dimmed">
                {t('searchHint')}
              </Text>
            </>
          }
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
        <Checkbox
          size="md"
          label={t('needingOnly', { count: needing.length })}
          checked={needingOnly}
          onChange={(event) => setNeedingOnly(event.currentTarget.checked)}
        />
        <Text size="sm" c="dimmed" role="status" data-testid="workspace-shown">
          {t('shown', { shown: shown.length, total: mine.length })}
        </Text>
        {error && <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
        {fetching && shown.length === 0 && <Loading />}
        {shown.length === 0 ? (
          <EmptyState>{search ? t('noMatch') : t('noneNeeding')}</EmptyState>
        ) : (
          <Stack
            gap="sm"
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('common:pages.workspace')}
          >
            {shown.map(({ ward, action }) => (
              <WardActionCard key={ward.id} ward={ward} action={action} />
            ))}
          </Stack>
        )}
      </Stack>
    </section>
  );
}

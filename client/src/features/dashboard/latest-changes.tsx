import { Anchor, Box, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type CombinedError, useQuery } from 'urql';
import { QueryState } from '../../components/query-state';
import { useStatusText } from '../../components/status-words';
import type { LatestChangesQuery as LatestChanges } from '../../graphql/generated/graphql';
import { useFormat } from '../../lib/format';
import { LatestChangesQuery } from './dashboard-documents';

const SHOWN = 10;

type ChangeRecord = LatestChanges['auditRecords']['nodes'][number];

/** `Nguyễn Văn A <a@example.vn>` → `Nguyễn Văn A`: the trail records the actor as name and email. */
export function actorName(actor: string): string {
  const match = /^(.*?)\s*<[^>]*>$/.exec(actor);
  return match?.[1] || actor;
}

function isForbidden(error: CombinedError | undefined): boolean {
  return !!error?.graphQLErrors.some((graphQLError) => graphQLError.extensions['code'] === 'FORBIDDEN');
}

/**
 * The newest writes of the audit trail, each saying which ward, what changed (an agreement's
 * status from → to) and who. A list, not a table: it reads on a phone without scrolling sideways.
 * Shown only to roles that may read it (directors: their province's records; admins: every
 * record); if the server still refuses, a plain sentence instead of an error.
 */
export function LatestChanges({ allProvinces }: { allProvinces: boolean }) {
  const { t } = useTranslation('dashboard');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: LatestChangesQuery,
    variables: { first: SHOWN },
    requestPolicy: 'cache-and-network',
  });
  const records = data?.auditRecords.nodes ?? [];

  return (
    <section aria-labelledby="changes-heading">
      <Title order={2} id="changes-heading" size="h3" mb="xs">
        {t('changes.heading')}
      </Title>
      {allProvinces && (
        <Text size="sm" c="dimmed" mb="xs">
          {t('changes.allProvinces')}
        </Text>
      )}
      {isForbidden(error) ? (
        <Text c="dimmed">{t('changes.forbidden')}</Text>
      ) : (
        <QueryState
          fetching={fetching}
          error={error}
          empty={records.length === 0}
          emptyText={t('changes.none')}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        >
          <Box
            component="ol"
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
            aria-label={t('changes.caption')}
            data-testid="latest-changes"
          >
            {records.map((record) => (
              <ChangeItem key={record.id} record={record} />
            ))}
          </Box>
        </QueryState>
      )}
    </section>
  );
}

function ChangeItem({ record }: { record: ChangeRecord }) {
  const { t, i18n } = useTranslation('dashboard');
  const format = useFormat();
  const statusText = useStatusText();
  // Actions and record kinds added to the API later show as their code until translated.
  const words = (group: 'action' | 'entity', key: string) =>
    i18n.exists(`dashboard:changes.${group}.${key}`)
      ? t(`changes.${group}.${key}` as 'changes.action.target.set')
      : key;
  const { agreementStatusBefore: from, agreementStatusAfter: to } = record;
  const change =
    to && from && from !== to
      ? t('changes.statusChange', { from: statusText(from), to: statusText(to) })
      : to && !from
        ? t('changes.created', { to: statusText(to) })
        : null;
  const subject = record.ward ? (
    <>
      <Anchor component={Link} to={`/wards/${record.ward.code}`} fw={600}>
        {record.ward.name}
      </Anchor>{' '}
      <Text span size="sm" c="dimmed">
        ({t('changes.wardCode', { code: record.ward.code })})
      </Text>
    </>
  ) : (
    <Text span fw={600}>
      {words('entity', record.entityType)}
    </Text>
  );
  return (
    <Box component="li" py={6} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
      <div>
        {subject}
        {' · '}
        {record.entityType === 'Agreement' ? (
          <Anchor component={Link} to={`/agreements/${record.entityId}`}>
            {words('action', record.action)}
          </Anchor>
        ) : (
          words('action', record.action)
        )}
        {change && (
          <>
            {': '}
            <Text span fw={600} data-testid="change-status">
              {change}
            </Text>
          </>
        )}
      </div>
      <Text size="sm" c="dimmed">
        {actorName(record.actor)} · <time dateTime={record.occurredAt}>{format.dateTime(record.occurredAt)}</time>
      </Text>
    </Box>
  );
}

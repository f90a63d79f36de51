import { Anchor, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type CombinedError, useQuery } from 'urql';
import { QueryState } from '../../components/query-state';
import { useFormat } from '../../lib/format';
import { LatestChangesQuery } from './dashboard-documents';

const SHOWN = 10;

/** `Nguyễn Văn A <a@example.vn>` → `Nguyễn Văn A`: the trail records the actor as name and email. */
export function actorName(actor: string): string {
  const match = /^(.*?)\s*<[^>]*>$/.exec(actor);
  return match?.[1] || actor;
}

function isForbidden(error: CombinedError | undefined): boolean {
  return !!error?.graphQLErrors.some((graphQLError) => graphQLError.extensions['code'] === 'FORBIDDEN');
}

/**
 * The newest writes of the audit trail. Shown only to roles that may read it (directors: their
 * province's records; admins: every record, as the API has no province filter); if the server
 * still refuses, a plain sentence instead of an error.
 */
export function LatestChanges({ allProvinces }: { allProvinces: boolean }) {
  const { t, i18n } = useTranslation('dashboard');
  const format = useFormat();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: LatestChangesQuery,
    variables: { first: SHOWN },
    requestPolicy: 'cache-and-network',
  });
  const records = data?.auditRecords.nodes ?? [];
  const words = (group: 'action' | 'entity', key: string) =>
    i18n.exists(`dashboard:changes.${group}.${key}`)
      ? t(`changes.${group}.${key}` as 'changes.action.target.set')
      : key;

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
          <Table.ScrollContainer minWidth={520} type="native">
            <Table aria-label={t('changes.caption')} data-testid="latest-changes" verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  {(['when', 'who', 'what', 'entity'] as const).map((key) => (
                    <Table.Th key={key} scope="col">
                      {t(`changes.columns.${key}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {records.map((record) => (
                  <Table.Tr key={record.id}>
                    <Table.Td className="tabular" style={{ whiteSpace: 'nowrap' }}>
                      <time dateTime={record.occurredAt}>{format.dateTime(record.occurredAt)}</time>
                    </Table.Td>
                    <Table.Td>{actorName(record.actor)}</Table.Td>
                    <Table.Td>{words('action', record.action)}</Table.Td>
                    <Table.Td>
                      {record.entityType === 'Agreement' ? (
                        <Anchor component={Link} to={`/agreements/${record.entityId}`}>
                          {words('entity', record.entityType)}
                        </Anchor>
                      ) : (
                        words('entity', record.entityType)
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </QueryState>
      )}
    </section>
  );
}

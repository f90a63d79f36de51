import { Badge, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryState } from '../../components/query-state';
import { useFormat } from '../../lib/format';
import { ApiTokensQuery } from './api-token-documents';
import { RevokeApiTokenButton } from './revoke-api-token-button';
import { ScrollRegion } from '../../components/scroll-region';

/** The person's tokens: what each is for, its first characters, its dates, and a revoke action. */
export function ApiTokenList() {
  const { t } = useTranslation('developers');
  const format = useFormat();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ApiTokensQuery });
  const tokens = data?.apiTokens ?? [];
  // When the page opened: a token expiring while it is open shows as expired on the next visit.
  const [now] = useState(() => Date.now());
  const dateOrNever = (moment: string | null | undefined, never: string) => (moment ? format.dateTime(moment) : never);

  return (
    <QueryState
      fetching={fetching}
      error={error}
      empty={tokens.length === 0}
      emptyText={t('tokens.empty')}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
    >
      <ScrollRegion minWidth={760} label={t('tokens.caption')}>
        <Table striped data-testid="api-token-table">
          <Table.Caption>{t('tokens.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('tokens.name')}</Table.Th>
              <Table.Th>{t('tokens.prefix')}</Table.Th>
              <Table.Th>{t('tokens.created')}</Table.Th>
              <Table.Th>{t('tokens.expires')}</Table.Th>
              <Table.Th>{t('tokens.lastUsed')}</Table.Th>
              <Table.Th>{t('tokens.status')}</Table.Th>
              <Table.Th>
                <span className="visually-hidden">{t('tokens.actions')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.map((token) => {
              const { expiresAt, revokedAt } = token;
              const expired = expiresAt != null && Date.parse(expiresAt) <= now;
              return (
                <Table.Tr key={token.id} data-testid="api-token-row">
                  <Table.Th scope="row" fw={500}>
                    {token.name}
                  </Table.Th>
                  <Table.Td>
                    <code>{token.prefix}…</code>
                  </Table.Td>
                  <Table.Td className="tabular">{dateOrNever(token.createdAt, '')}</Table.Td>
                  <Table.Td className="tabular">{dateOrNever(token.expiresAt, t('tokens.neverExpires'))}</Table.Td>
                  <Table.Td className="tabular">{dateOrNever(token.lastUsedAt, t('tokens.neverUsed'))}</Table.Td>
                  <Table.Td>
                    {revokedAt ? (
                      <Badge color="gray" variant="light">
                        {t('tokens.revokedOn', { date: format.dateTime(revokedAt) })}
                      </Badge>
                    ) : expired ? (
                      <Badge color="orange" variant="light">
                        {t('tokens.expired')}
                      </Badge>
                    ) : (
                      <Badge color="green" variant="light">
                        {t('tokens.active')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{!revokedAt && <RevokeApiTokenButton id={token.id} name={token.name} />}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </QueryState>
  );
}

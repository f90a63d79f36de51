import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QuerySection } from '../../components/query-section';
import { useStatusText } from '../../components/status-words';
import { useFormat } from '../../lib/format';
import { StalledAgreementsQuery } from './plan-documents';

/** Open agreements nobody has changed for 30 days or more, the longest idle first, with who moved each last. */
export default function StalledSection({ code }: { code: string }) {
  const { t } = useTranslation('plan');
  const format = useFormat();
  // The words alone, not the dashboard's StatusBadge: sharing it split it out of the dashboard's
  // chunk into one more request on the landing page (first-visit budget).
  const statusText = useStatusText();
  const response = useQuery({
    query: StalledAgreementsQuery,
    variables: { code },
    requestPolicy: 'cache-and-network',
  });
  return (
    <QuerySection
      id="stalled-heading"
      heading={t('stalled.heading')}
      response={response}
      isEmpty={(data) => data.stalledAgreements.length === 0}
      emptyText={t('stalled.none')}
    >
      {({ stalledAgreements: rows }) => (
        <>
          <Text size="sm" mb="xs">
            {t('stalled.summary', { count: rows.length })}
          </Text>
          <Table.ScrollContainer minWidth={560} tabIndex={0} aria-label={t('stalled.heading')}>
            <Table striped data-testid="stalled-agreements">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('stalled.ward')}</Table.Th>
                  <Table.Th>{t('stalled.status')}</Table.Th>
                  <Table.Th ta="right">{t('stalled.daysIdle')}</Table.Th>
                  <Table.Th>{t('stalled.lastChangedBy')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.agreement.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/agreements/${row.agreement.id}`}>
                        {row.ward.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{statusText(row.status)}</Table.Td>
                    <Table.Td ta="right" title={format.date(row.idleSince)}>
                      {format.number(row.daysIdle)}
                    </Table.Td>
                    <Table.Td>{row.lastChangedBy}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </QuerySection>
  );
}

import { Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { CampaignRow, SortColumn, SortState } from './campaign-rows';
import { sumOfRows } from './campaign-rows';
import { ScrollRegion } from '../../components/scroll-region';

type CampaignTableProps = {
  rows: readonly CampaignRow[];
  caption: string;
  sort: SortState;
  onSort: (column: SortColumn) => void;
  nameOf: (row: CampaignRow) => string;
};

const ARROW = { ascending: '▲', descending: '▼' } as const;

/**
 * The figures as a table: a header button per column sorts by it (again: the other way), the
 * current order announced through `aria-sort`; numbers right-aligned in the language's format;
 * the sum of the rows at the foot.
 */
export function CampaignTable({ rows, caption, sort, onSort, nameOf }: CampaignTableProps) {
  const { t } = useTranslation('campaigns');
  const format = useFormat();
  const totals = sumOfRows(rows);
  const figure = (value: number | null) => (value === null ? t('table.noFigure') : format.number(value));

  const header = (column: SortColumn, label: string, numeric: boolean) => {
    const active = sort.column === column;
    return (
      <Table.Th aria-sort={active ? sort.direction : 'none'} ta={numeric ? 'right' : 'left'}>
        <UnstyledButton onClick={() => onSort(column)} fw={700} fz="sm" data-testid={`sort-${column}`}>
          {label}{' '}
          <Text span aria-hidden c={active ? 'brand.7' : 'dimmed'} fz="xs">
            {active ? ARROW[sort.direction] : '↕'}
          </Text>
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <ScrollRegion minWidth={300} label={caption}>
      <Table striped highlightOnHover captionSide="top" data-testid="campaign-table">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {header('province', t('table.province'), false)}
            {header('voluntary', t('scheme.VOLUNTARY_SOCIAL_INSURANCE'), true)}
            {header('household', t('scheme.HOUSEHOLD_HEALTH_INSURANCE'), true)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={500}>
                {nameOf(row) || t('table.noSuccessor')}
                {row.formerProvinces.length > 1 && (
                  <Text fz="xs" c="dimmed" fw={400}>
                    {t('table.formerProvinces', {
                      names: row.formerProvinces.map((former) => nameOf({ ...row, ...former })).join(', '),
                    })}
                  </Text>
                )}
                {row.notes.map((note) => (
                  <Text key={note} fz="xs" c="dimmed" fw={400} lang="vi">
                    {note}
                  </Text>
                ))}
              </Table.Th>
              <Table.Td ta="right" className="tabular">
                {figure(row.voluntary)}
              </Table.Td>
              <Table.Td ta="right" className="tabular">
                {figure(row.household)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('table.sumOfProvinces')}</Table.Th>
            <Table.Td ta="right" className="tabular" fw={700} data-testid="sum-voluntary">
              {figure(totals.voluntary)}
            </Table.Td>
            <Table.Td ta="right" className="tabular" fw={700} data-testid="sum-household">
              {figure(totals.household)}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </ScrollRegion>
  );
}

import { Badge, Group, SegmentedControl, Text, Title, useMatches } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignResultsQuery as CampaignResults } from '../../graphql/generated/graphql';
import { useFormat } from '../../lib/format';
import { CampaignChart } from './campaign-chart';
import {
  type CampaignRow,
  rowsAsRecorded,
  rowsUnderCurrentProvinces,
  type SortColumn,
  type SortState,
  sortRows,
} from './campaign-rows';
import { CampaignTable } from './campaign-table';
import { ReportedTotals } from './reported-totals';

type Campaign = CampaignResults['campaigns'][number];
type Units = 'asRecorded' | 'current';

/** Largest first, as published; a click on a column header changes it. */
const DEFAULT_SORT: SortState = { column: 'voluntary', direction: 'descending' };

/** One campaign: when, its province figures (chart and table) and the national totals. */
export function CampaignDetails({ campaign }: { campaign: Campaign }) {
  const { t, i18n } = useTranslation('campaigns');
  const format = useFormat();
  const unitsLabelId = useId();
  const [units, setUnits] = useState<Units>('asRecorded');
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  // The two long labels side by side are wider than a 360-px phone: stacked there.
  const unitsOrientation = useMatches<'vertical' | 'horizontal'>({ base: 'vertical', sm: 'horizontal' });

  const english = i18n.resolvedLanguage === 'en';
  const nameOf = (row: Pick<CampaignRow, 'name' | 'nameEn'>) => (english ? row.nameEn : row.name);
  const rows = sortRows(
    units === 'asRecorded'
      ? rowsAsRecorded(campaign.results)
      : rowsUnderCurrentProvinces(campaign.resultsByCurrentProvince),
    sort,
    nameOf,
  );
  const onSort = (column: SortColumn) =>
    setSort((current) =>
      current.column === column
        ? { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { column, direction: column === 'province' ? 'ascending' : 'descending' },
    );

  return (
    <>
      {/* Records are shown as recorded, in Vietnamese: `lang` lets a screen reader say them right. */}
      <Title order={2} size="h3" mb={4} lang="vi">
        {campaign.name}
      </Title>
      <Group gap="xs" mb="xs">
        <Badge variant="light">{t(`scope.${campaign.scope}`)}</Badge>
        <Text data-testid="campaign-period">
          {t('period', { start: format.date(campaign.startsOn), end: format.date(campaign.endsOn) })}
        </Text>
      </Group>
      {campaign.description && (
        <Text size="sm" c="dimmed" mb="md" maw={800} lang="vi">
          {campaign.description}
        </Text>
      )}

      <Title order={2} size="h3" mt="lg" mb="xs">
        {t('byProvince')}
      </Title>
      <Text id={unitsLabelId} size="sm" fw={500} mb={4}>
        {t('units.label')}
      </Text>
      <SegmentedControl
        aria-labelledby={unitsLabelId}
        orientation={unitsOrientation}
        value={units}
        onChange={(value) => setUnits(value as Units)}
        data={[
          { value: 'asRecorded', label: t('units.asRecorded') },
          { value: 'current', label: t('units.current') },
        ]}
        mb="xs"
      />
      {units === 'current' && (
        <Text size="sm" c="dimmed" mb="xs">
          {t('units.currentHint')}
        </Text>
      )}
      <CampaignChart rows={rows} nameOf={nameOf} />
      <CampaignTable
        rows={rows}
        caption={t('table.caption', { units: t(`units.${units}`) })}
        sort={sort}
        onSort={onSort}
        nameOf={nameOf}
      />
      <ReportedTotals totals={campaign.reportedTotals} />
    </>
  );
}

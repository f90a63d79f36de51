import { LazyBarChart as BarChart } from '../../components/lazy-bar-chart';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { CampaignRow } from './campaign-rows';

const BAR_HEIGHT = 30;

/**
 * Both schemes per province as horizontal bars (long Vietnamese names fit on a phone). The chart
 * is a picture for the eye; the table after it carries the same figures for everyone else.
 */
export function CampaignChart({
  rows,
  nameOf,
}: {
  rows: readonly CampaignRow[];
  nameOf: (row: CampaignRow) => string;
}) {
  const { t } = useTranslation('campaigns');
  const format = useFormat();
  const data = rows.map((row) => ({
    province: nameOf(row) || t('table.noSuccessor'),
    voluntary: row.voluntary ?? 0,
    household: row.household ?? 0,
  }));
  return (
    <div role="img" aria-label={t('chart.label')} data-testid="campaign-chart">
      <BarChart
        h={Math.max(200, data.length * BAR_HEIGHT + 80)}
        data={data}
        dataKey="province"
        orientation="vertical"
        series={[
          { name: 'voluntary', label: t('scheme.VOLUNTARY_SOCIAL_INSURANCE'), color: 'brand.6' },
          { name: 'household', label: t('scheme.HOUSEHOLD_HEALTH_INSURANCE'), color: 'orange.6' },
        ]}
        valueFormatter={(value) => format.number(value)}
        withLegend
        legendProps={{ verticalAlign: 'top' }}
        yAxisProps={{ width: 110 }}
        gridAxis="x"
        // The table is the accessible version: the chart is no stop for the keyboard.
        barChartProps={{ accessibilityLayer: false }}
      />
    </div>
  );
}

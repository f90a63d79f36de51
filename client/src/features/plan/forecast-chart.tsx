import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

type Forecast = {
  asOf: string;
  achieved: number;
  projected: number;
  low: number;
  high: number;
  monthly: readonly { monthEnd: string; participants: number }[];
};

type Props = {
  year: number;
  target: number;
  forecast: Forecast;
  label: string;
  legend: { achieved: string; projected: string; band: string; target: string };
  formatValue: (value: number) => string;
};

/**
 * Achieved by month, the projection to December with its 80% band, and the target as a line, on
 * this scheme's own scale. The band between the latest month and December is drawn straight; the
 * server gives its two ends (the numbers are in the text beside the chart).
 */
export default function ForecastChart({ target, forecast, label, legend, formatValue }: Props) {
  const lastMonth = Number(forecast.asOf.slice(5, 7));
  const rows = Array.from({ length: 12 }, (_, index) => {
    const month = index + 1;
    const achieved = forecast.monthly.find((point) => Number(point.monthEnd.slice(5, 7)) === month)?.participants;
    const share = lastMonth === 12 ? 1 : (month - lastMonth) / (12 - lastMonth);
    const ahead = month >= lastMonth;
    return {
      month: String(month),
      achieved: achieved ?? null,
      projected: ahead ? Math.round(forecast.achieved + (forecast.projected - forecast.achieved) * share) : null,
      band: ahead
        ? [
            Math.round(forecast.achieved + (forecast.low - forecast.achieved) * share),
            Math.round(forecast.achieved + (forecast.high - forecast.achieved) * share),
          ]
        : null,
    };
  });
  const values = [target, forecast.high, forecast.low, ...forecast.monthly.map((point) => point.participants)];
  const ticks = roundTicks(Math.min(...values), Math.max(...values));
  return (
    <div role="img" aria-label={label} style={{ width: '100%', height: 220 }}>
      <ResponsiveContainer>
        <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" />
          <YAxis
            domain={[ticks[0]!, ticks.at(-1)!]}
            ticks={ticks}
            interval={0}
            tickFormatter={formatValue}
            width={80}
          />
          <Tooltip
            formatter={(value) =>
              Array.isArray(value) ? value.map(Number).map(formatValue).join(' – ') : formatValue(Number(value))
            }
          />
          <Legend />
          <Area
            dataKey="band"
            name={legend.band}
            fill="#74c0fc"
            stroke="none"
            fillOpacity={0.4}
            isAnimationActive={false}
          />
          <Line dataKey="achieved" name={legend.achieved} stroke="#1864ab" strokeWidth={2} isAnimationActive={false} />
          <Line
            dataKey="projected"
            name={legend.projected}
            stroke="#1864ab"
            strokeDasharray="5 4"
            dot={false}
            isAnimationActive={false}
          />
          <ReferenceLine
            y={target}
            stroke="#c92a2a"
            strokeWidth={2}
            label={{ value: legend.target, position: 'insideTopLeft' }}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

/**
 * About five ticks on round numbers (a step of 1, 2, 2.5 or 5 times a power of ten) that enclose
 * `low` to `high`: a director reads 1,300,000 at a glance, not 1,305,716.
 */
export function roundTicks(low: number, high: number, about = 5): number[] {
  const span = Math.max(high - low, 1);
  const rough = span / (about - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  // People are counted in whole numbers: no step below one.
  const step = Math.max(
    1,
    [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough)!,
  );
  const first = Math.floor(low / step) * step;
  const last = Math.max(Math.ceil(high / step) * step, first + step);
  const ticks: number[] = [];
  for (let tick = first; tick <= last + step / 2; tick += step) ticks.push(Math.round(tick));
  return ticks;
}

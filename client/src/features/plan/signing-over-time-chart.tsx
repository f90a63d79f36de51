import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

type Props = {
  weeks: readonly { weekStart: string; signings: number; wardsLacking: number }[];
  label: string;
  legend: { signings: string; lacking: string };
  formatDate: (value: string) => string;
  formatValue: (value: number) => string;
};

/** Signings per week as bars (left scale) and wards lacking as a line (right scale). */
export default function SigningOverTimeChart({ weeks, label, legend, formatDate, formatValue }: Props) {
  return (
    <div role="img" aria-label={label} style={{ width: '100%', height: 240 }}>
      <ResponsiveContainer>
        <ComposedChart data={[...weeks]} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="weekStart" tickFormatter={formatDate} minTickGap={24} />
          <YAxis yAxisId="signings" allowDecimals={false} tickFormatter={formatValue} />
          <YAxis yAxisId="lacking" orientation="right" allowDecimals={false} tickFormatter={formatValue} />
          <Tooltip
            labelFormatter={(value) => formatDate(String(value))}
            formatter={(value) => formatValue(Number(value))}
          />
          <Legend />
          <Bar yAxisId="signings" dataKey="signings" name={legend.signings} fill="#2b8a3e" isAnimationActive={false} />
          <Line
            yAxisId="lacking"
            dataKey="wardsLacking"
            name={legend.lacking}
            stroke="#c92a2a"
            dot={false}
            strokeWidth={2}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

import { Box, type MantineColor, Progress, Stack, Text } from '@mantine/core';

export type Bar = { key: string; label: string; color: MantineColor; value: number };
export type BarGroup = { key: string; label: string; bars: Bar[] };

type Props = {
  groups: BarGroup[];
  /** The text alternative of the whole chart (the numbers are also on the page as text). */
  label: string;
  formatValue: (value: number) => string;
  maw?: number;
};

/**
 * Horizontal bars from Mantine's Progress, for the dashboard's simple comparisons (wards by status,
 * target against achieved): no charting library, so the landing page stays small on a phone
 * (Recharts alone is over 100 KB compressed; it is kept for the campaigns page's chart).
 * Each bar is scaled to the largest value shown.
 */
export function HorizontalBars({ groups, label, formatValue, maw }: Props) {
  const largest = Math.max(1, ...groups.flatMap((group) => group.bars.map((bar) => bar.value)));
  return (
    <Stack gap="xs" role="img" aria-label={label} maw={maw} mt="md">
      {groups.map((group) => (
        <Box key={group.key}>
          <Text size="sm" fw={500}>
            {group.label}
          </Text>
          {group.bars.map((bar) => (
            <Box key={bar.key} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
              <Progress
                value={(bar.value / largest) * 100}
                color={bar.color}
                size="lg"
                radius="xs"
                style={{ flex: 1 }}
                aria-hidden
              />
              <Text size="sm" className="tabular" miw={64} ta="right" aria-hidden>
                {group.bars.length > 1 ? `${bar.label}: ` : ''}
                {formatValue(bar.value)}
              </Text>
            </Box>
          ))}
        </Box>
      ))}
    </Stack>
  );
}

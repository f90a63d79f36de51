import type { BarChartProps } from '@mantine/charts';
import { Box } from '@mantine/core';
import { lazy, Suspense } from 'react';

const BarChart = lazy(() => import('./bar-chart'));

/**
 * Mantine's BarChart, downloaded only when a chart is shown (Recharts is about as large as the rest
 * of a landing page together). Charts sit beside their numbers, so the page is readable before
 * the chart arrives; the space it will take is kept so nothing jumps.
 */
export function LazyBarChart(props: BarChartProps) {
  return (
    <Suspense fallback={<Box h={props.h ?? 0} />}>
      <BarChart {...props} />
    </Suspense>
  );
}

import '@mantine/charts/styles.css';

/** Mantine's chart (with Recharts under it): loaded on its own, see lazy-bar-chart.tsx. */
export { BarChart as default } from '@mantine/charts';

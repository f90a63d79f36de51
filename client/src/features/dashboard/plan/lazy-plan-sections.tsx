import { lazy } from 'react';
import { WhenVisible } from './when-visible';

const ForecastSection = lazy(() => import('./forecast-section'));
const StalledSection = lazy(() => import('./stalled-section'));
const SigningOverTimeSection = lazy(() => import('./signing-over-time-section'));

/** Will the year's targets be reached: achieved by month, the projection band, the target line. */
export function PlanForecast({ code }: { code: string }) {
  return (
    <WhenVisible minHeight={320}>
      <ForecastSection code={code} />
    </WhenVisible>
  );
}

/** Agreements nobody has moved for 30 days, the longest idle first. */
export function PlanStalled({ code }: { code: string }) {
  return (
    <WhenVisible minHeight={160}>
      <StalledSection code={code} />
    </WhenVisible>
  );
}

/** Signings per week and the wards still lacking, since the drive began. */
export function PlanSigningOverTime({ code }: { code: string }) {
  return (
    <WhenVisible minHeight={300}>
      <SigningOverTimeSection code={code} />
    </WhenVisible>
  );
}

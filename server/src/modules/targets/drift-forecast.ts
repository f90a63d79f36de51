/**
 * The drift method (a random walk with drift) on a year's monthly cumulative figures: the next
 * month adds, on average, what each month added so far, and the uncertainty grows with the
 * months still to come. Chosen because a director can check it by hand — "as many more each
 * month as we have managed on average since January" — and because a year has too few points
 * for a seasonal model. See docs/forecast.md for the method and its back-test.
 */

/** z for a two-sided 80% prediction interval (the 10th and 90th percentiles of a normal). */
const Z_80 = 1.2816;

/** One month's figure: the month (1–12) and the participants at its end. */
export type MonthlyFigure = { month: number; participants: number };

export type DriftForecast = {
  /** The latest month with a figure, and that figure. */
  month: number;
  achieved: number;
  /** Expected participants at the end of December, with an 80% prediction interval. */
  projected: number;
  low: number;
  high: number;
  /** Average participants added per month so far. */
  monthlyDrift: number;
};

/**
 * Forecasts December from monthly figures (months in any order, at most one per month). Needs
 * two months at least: one figure has no pace. Gaps between months count as their length, so a
 * missing March spreads February→April over two months.
 */
export function driftForecast(figures: readonly MonthlyFigure[]): DriftForecast | null {
  const points = [...figures].sort((a, b) => a.month - b.month);
  if (points.length < 2) return null;
  const first = points[0]!;
  const last = points.at(-1)!;
  const span = last.month - first.month;
  const drift = (last.participants - first.participants) / span;
  // Variance of one month's step around the drift; steps over gaps are scaled to one month.
  let squares = 0;
  for (let index = 1; index < points.length; index++) {
    const months = points[index]!.month - points[index - 1]!.month;
    const step = points[index]!.participants - points[index - 1]!.participants;
    squares += (step - drift * months) ** 2 / months;
  }
  const steps = points.length - 1;
  const variance = steps > 1 ? squares / (steps - 1) : 0;
  const horizon = 12 - last.month;
  const projected = last.participants + drift * horizon;
  // The drift is itself estimated from `span` months, which widens the interval (Hyndman &
  // Athanasopoulos, Forecasting: Principles and Practice, 3rd ed., §5.5).
  const spread = Z_80 * Math.sqrt(variance * horizon * (1 + horizon / span));
  return {
    month: last.month,
    achieved: last.participants,
    projected: Math.round(projected),
    low: Math.max(0, Math.round(projected - spread)),
    high: Math.round(projected + spread),
    monthlyDrift: drift,
  };
}

import type { RowFlag } from './import-report.js';
import type { PlannedFigure } from './participation-rows.js';
import { unitKey, type RecordedFigures } from './recorded-figures.js';

/** A figure this far above or below the unit's previous one is more likely a typo than a trend. */
const FAR_FACTOR = 10;

const fmt = (n: number) => n.toLocaleString('en');

/** The unit's previous stock for the scheme: the latest period ending before this one, in the file (`plans`, the unit's rows) or recorded. */
function previousStock(
  recorded: RecordedFigures,
  plan: PlannedFigure,
  plans: PlannedFigure[],
): { participants: number; periodEnd: string } | null {
  const { row } = plan;
  const inFile = plans
    .filter((other) => other.row.scheme === row.scheme)
    .filter((other) => other.row.measure === row.measure && other.row.period_end < row.period_end)
    .map((other) => ({ participants: other.row.participants, periodEnd: other.row.period_end }));
  const before = recorded.before(plan, row.scheme, row.measure, row.period_end);
  const candidates = [...inFile, ...(before ? [before] : [])];
  return candidates.sort((a, b) => b.periodEnd.localeCompare(a.periodEnd))[0] ?? null;
}

/** The same unit's figure of the other measure for the same period end, from the file first. */
function counterpart(recorded: RecordedFigures, plan: PlannedFigure, plans: PlannedFigure[]) {
  const { row } = plan;
  const measure = row.measure === 'ENROLLED_IN_PERIOD' ? 'PARTICIPANTS_AT_PERIOD_END' : 'ENROLLED_IN_PERIOD';
  const inFile = plans.find(
    (other) =>
      other.row.scheme === row.scheme && other.row.measure === measure && other.row.period_end === row.period_end,
  );
  if (inFile) return { participants: inFile.row.participants, inFile: true };
  const figure = recorded.endingOn(plan, row.scheme, measure, row.period_end);
  return figure ? { participants: figure.participants, inFile: false } : null;
}

/**
 * Figures that look wrong but may be right: they are imported, and flagged for a director.
 * - below the lower bound of the list the source printed them in (`listed_at_least`);
 * - a stock ten times above or below the unit's previous stock for the same scheme;
 * - more newly enrolled than covered at the same period's end.
 */
export function flagFigures(recorded: RecordedFigures, plans: PlannedFigure[]): RowFlag[] {
  const flags: RowFlag[] = [];
  // Rows are compared with the same unit's rows only: group them once, not once per row.
  const byUnit = new Map<string, PlannedFigure[]>();
  for (const plan of plans) (byUnit.get(unitKey(plan)) ?? byUnit.set(unitKey(plan), []).get(unitKey(plan))!).push(plan);
  for (const plan of plans) {
    const sameUnit = byUnit.get(unitKey(plan))!;
    const { row, line } = plan;
    if (row.listed_at_least !== undefined && row.participants < row.listed_at_least) {
      flags.push({
        line,
        kind: 'BELOW_LISTED_THRESHOLD',
        message: `${fmt(row.participants)} is below ${fmt(row.listed_at_least)}, the lower bound of the list it was published in.`,
      });
    }
    // Flows (people enrolled in a period) vary with the period's length; only stocks compare.
    if (row.measure === 'PARTICIPANTS_AT_PERIOD_END') {
      const previous = previousStock(recorded, plan, sameUnit);
      if (previous && previous.participants > 0) {
        const ratio = row.participants / previous.participants;
        if (ratio >= FAR_FACTOR || ratio <= 1 / FAR_FACTOR) {
          flags.push({
            line,
            kind: 'FAR_FROM_PREVIOUS',
            message: `${fmt(row.participants)} against ${fmt(previous.participants)} for the period ending ${previous.periodEnd}: ${ratio >= 1 ? `${ratio.toFixed(1)} times as many` : `${(1 / ratio).toFixed(1)} times fewer`}.`,
          });
        }
      }
    }
    const other = counterpart(recorded, plan, sameUnit);
    // When both figures are in the file, the flag goes on the enrolled row only, once.
    if (other && !(other.inFile && row.measure === 'PARTICIPANTS_AT_PERIOD_END')) {
      const [enrolled, total] =
        row.measure === 'ENROLLED_IN_PERIOD'
          ? [row.participants, other.participants]
          : [other.participants, row.participants];
      if (enrolled > total) {
        flags.push({
          line,
          kind: 'NEW_EXCEEDS_TOTAL',
          message: `${fmt(enrolled)} newly enrolled is more than ${fmt(total)} covered at the period’s end (${row.period_end}).`,
        });
      }
    }
  }
  return flags;
}

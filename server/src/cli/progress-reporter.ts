import type { ProgressSink } from '../modules/imports/import-problems.js';
import type { CliContext } from './cli-context.js';

/** Loads smaller than this finish before progress would be worth reading. */
const WORTH_REPORTING = 1000;

/**
 * Progress on standard error: on a terminal one line redrawn as rows are written; in a log
 * (not a terminal) a line at each quarter, so a CI log is not flooded.
 */
export function progressReporter(context: CliContext): ProgressSink {
  let lastQuarter = 0;
  return (step, done, total) => {
    if (total < WORTH_REPORTING) return;
    const percent = Math.floor((done / total) * 100);
    const text = `${step}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} (${percent}%)`;
    if (context.errIsTerminal) {
      context.err(`\r${text}${done >= total ? '\n' : ''}`);
      return;
    }
    const quarter = Math.floor(percent / 25);
    if (quarter > lastQuarter) {
      lastQuarter = quarter;
      context.err(`${text}\n`);
    }
  };
}

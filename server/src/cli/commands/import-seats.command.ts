import { Command } from 'commander';
import { importSeats, SEATS_2025_SOURCE, type SeatChange } from '../../modules/imports/seats/seats-import.service.js';
import { isCalendarDay } from '../../modules/imports/import-problems.js';
import { CliFailure, resolveUserPath, systemActor, type CliContext } from '../cli-context.js';
import { progressReporter } from '../progress-reporter.js';
import { encodingOption } from './encoding-option.js';
import { countsText, printSample, printTotal } from './import-report.js';

const DESCRIPTION = 'Load where each unit’s People’s Committee sits, its area and population (CSV or XLSX).';

/** Printed after the options, unwrapped: the format is a table. */
const FORMAT = `
Format (communes-2025-seats.csv):
  code,latitude,longitude,area_km2,population
latitude and longitude in WGS 84 degrees; area_km2 may be blank; population is blank where it
was published as "being updated". Each code names the unit in force on --units-on. A unit has
one seat: a later load replaces values that differ. Every row is checked before anything is
written; a bad row refuses the whole load.`;

const describeChange = (change: SeatChange) => {
  const { latitude, longitude, population } = change.values;
  return `${change.action} ward ${change.ward.code} ${change.ward.name}: ${latitude}, ${longitude}, ${population ?? 'no'} inhabitants`;
};

function calendarDay(value: string): string {
  if (!isCalendarDay(value)) throw new CliFailure(`"${value}" is not a day written YYYY-MM-DD`, 2);
  return value;
}

export function importSeatsCommand(context: CliContext): Command {
  return new Command('seats')
    .summary('Load seats, areas and populations of communes and wards')
    .description(DESCRIPTION)
    .addHelpText('after', FORMAT)
    .argument('<file>', 'a CSV or XLSX file')
    .option('--units-on <day>', 'the day whose units the codes name', calendarDay, '2025-07-01')
    .option('--as-of <day>', 'the day the figures describe (default: --units-on)', calendarDay)
    .option('--source <title>', 'the publication the figures come from', SEATS_2025_SOURCE.title)
    .option('--publisher <name>', 'who published it', SEATS_2025_SOURCE.publisher)
    .option('--published-on <day>', 'when it was published', calendarDay)
    .option('--dry-run', 'show what would change and write nothing', false)
    .addOption(encodingOption())
    .action(
      async (
        file: string,
        options: {
          unitsOn: string;
          asOf?: string;
          source: string;
          publisher: string;
          publishedOn?: string;
          dryRun: boolean;
          encoding?: string;
        },
      ) => {
        const isDefaultSource =
          options.source === SEATS_2025_SOURCE.title && options.publisher === SEATS_2025_SOURCE.publisher;
        const result = await context.withDatabase((orm) =>
          importSeats(
            orm.em.fork(),
            resolveUserPath(context, file),
            {
              dryRun: options.dryRun,
              unitsOn: options.unitsOn,
              progress: progressReporter(context),
              source: {
                title: options.source,
                publisher: options.publisher,
                publishedOn: options.publishedOn ?? (isDefaultSource ? SEATS_2025_SOURCE.publishedOn : null),
                url: null,
              },
              ...(options.asOf ? { asOf: options.asOf } : {}),
              ...(options.encoding ? { encoding: options.encoding } : {}),
            },
            systemActor('tripartite import seats'),
          ),
        );
        context.out(`${result.file.file}: ${result.file.rows} rows, units in force on ${options.unitsOn}`);
        context.out(`Seats: ${countsText(result.counts)}`);
        printSample(context, result.changes.map(describeChange), result.dryRun);
        printTotal(context, result.counts, result.dryRun);
      },
    );
}

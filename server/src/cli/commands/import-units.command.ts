import { Command, Option } from 'commander';
import { importUnitLists } from '../../modules/imports/units/units-import.service.js';
import type { UnitChange } from '../../modules/imports/units/units-plan.js';
import { resolveUserPath, systemActor, type CliContext } from '../cli-context.js';
import { progressReporter } from '../progress-reporter.js';
import { encodingOption } from './encoding-option.js';
import { addCounts, countsText, printSample, printTotal } from './import-report.js';

const DESCRIPTION = 'Load official lists of provinces and communes (CSV or XLSX) into the database.';

/** Printed after the options, unwrapped: the formats are tables. */
const FORMATS = `
The kind of list is told from its header:
  code,name,full_name,name_en,kind                            provinces (2024 or 2025 list)
  code,name,full_name,name_en,kind,province_code              communes since 1 July 2025
  code,name,full_name,name_en,kind,district_code,province_code  wards, communes, townships of 2024

Validity: the 2025 lists are in force from 2025-07-01 with no end; the 2024 lists from
2008-08-01 (when their units began is not in the lists) to 2025-06-30. Each row matches the
unit with its code in force on the list's last day (or first day, if it has not ended).
Every row is checked before anything is written; a bad row refuses the whole load.`;

function describeChange(change: UnitChange): string {
  const unit = `${change.level} ${change.code} ${change.name}`;
  if (change.action === 'create') {
    return `create ${unit} (${change.validity.validFrom} – ${change.validity.validTo ?? 'open'})`;
  }
  const fields = Object.keys(change.values).map(
    (field) => `${field} "${change.before[field] ?? ''}" → "${change.values[field] ?? ''}"`,
  );
  return `update ${unit}: ${fields.join(', ')}`;
}

export function importUnitsCommand(context: CliContext): Command {
  return new Command('units')
    .summary('Load official lists of provinces and communes')
    .description(DESCRIPTION)
    .addHelpText('after', FORMATS)
    .argument('<files...>', 'CSV or XLSX files; a provincial list and a commune list may be loaded together')
    .addOption(
      new Option('--list <year>', 'which edition the files are, when the header and file name do not tell').choices([
        '2024',
        '2025',
      ]),
    )
    .option(
      '--valid-from <day>',
      'first day the units are in force (default: 2025-07-01, or 2008-08-01 for 2024 lists)',
    )
    .option('--valid-to <day>', 'last day the units were in force (default: none, or 2025-06-30 for 2024 lists)')
    .option('--dry-run', 'show what would change and write nothing', false)
    .addOption(encodingOption())
    .action(
      async (
        files: string[],
        options: { list?: '2024' | '2025'; validFrom?: string; validTo?: string; dryRun: boolean; encoding?: string },
      ) => {
        const paths = files.map((file) => resolveUserPath(context, file));
        const result = await context.withDatabase((orm) =>
          importUnitLists(
            orm.em.fork(),
            paths,
            {
              dryRun: options.dryRun,
              progress: progressReporter(context),
              ...(options.list ? { edition: options.list } : {}),
              ...(options.validFrom ? { validFrom: options.validFrom } : {}),
              ...(options.validTo ? { validTo: options.validTo } : {}),
              ...(options.encoding ? { encoding: options.encoding } : {}),
            },
            systemActor('tripartite import units'),
          ),
        );
        for (const file of result.files) {
          const { validFrom, validTo } = file.validity;
          context.out(
            `${file.file}: ${file.rows} rows, ${file.kind} list of ${file.edition}, valid ${validFrom} – ${validTo ?? 'open'}`,
          );
        }
        context.out(`Provinces: ${countsText(result.provinces)}`);
        context.out(`Communes and wards: ${countsText(result.wards)}`);
        printSample(context, result.changes.map(describeChange), result.dryRun);
        printTotal(context, addCounts(result.provinces, result.wards), result.dryRun);
      },
    );
}

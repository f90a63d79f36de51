import { Command } from 'commander';
import { importUnitMappings, type MappingChange } from '../../modules/imports/units/mappings-import.service.js';
import { resolveUserPath, systemActor, type CliContext } from '../cli-context.js';
import { encodingOption } from './encoding-option.js';
import { countsText, printSample, printTotal } from './import-report.js';

const DESCRIPTION = 'Load which old units became part of which new ones (CSV or XLSX).';

/** Printed after the options, unwrapped: the formats are tables. */
const FORMATS = `
Two formats, told apart by the header:
  old_code,old_name,new_code,new_name,effective_on   provinces (provinces-mapping-2025.csv)
  old_code,new_code,effective_on                     wards; one row per old and new ward, so a
                                                     ward split between several has several rows
Each old code is the unit in force the day before effective_on; it ends that day and is linked
to the new code's unit in force on effective_on. Both units must already be loaded
(\`import units\`). Every row is checked before anything is written.
Counts: "created" is a new ward link, "updated" an end day set or a province successor set.`;

function describeChange(change: MappingChange): string {
  const ends = change.validTo ? `ends ${change.validTo}, ` : '';
  return `${change.level} ${change.old.code} ${change.old.name}: ${ends}succeeded by ${change.successor.code} ${change.successor.name}`;
}

export function importMappingsCommand(context: CliContext): Command {
  return new Command('mappings')
    .summary('Load old-to-new mappings of units (2025 reorganisation)')
    .description(DESCRIPTION)
    .addHelpText('after', FORMATS)
    .argument('<file>', 'a CSV or XLSX mapping file')
    .option('--dry-run', 'show what would change and write nothing', false)
    .addOption(encodingOption())
    .action(async (file: string, options: { dryRun: boolean; encoding?: string }) => {
      const result = await context.withDatabase((orm) =>
        importUnitMappings(
          orm.em.fork(),
          resolveUserPath(context, file),
          { dryRun: options.dryRun, ...(options.encoding ? { encoding: options.encoding } : {}) },
          systemActor('tripartite import mappings'),
        ),
      );
      for (const loaded of result.files) context.out(`${loaded.file}: ${loaded.rows} rows, ${loaded.level} mappings`);
      context.out(`Mappings: ${countsText(result.counts)}`);
      printSample(context, result.changes.map(describeChange), result.dryRun);
      printTotal(context, result.counts, result.dryRun);
    });
}

import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { actorOf, type RequestContext } from '../../../graphql/request-context.js';
import { validateInput } from '../../../graphql/validate-input.js';
import { MANAGERS, WRITERS } from '../../access/auth-checker.js';
import { readCsvText, readWorkbook } from '../files/read-table.js';
import { AgreementImportService } from './agreement-import.service.js';
import { FigureExportsService } from './figure-exports.service.js';
import { FigureFlagsService } from './figure-flags.service.js';
import { sha256Of } from './import-report.js';
import { ImportKindEnum, ImportResult, ImportTemplateFile } from './import-result.type.js';
import type { ImportFile } from './import-run.js';
import { importTemplate, type TemplateKind } from './import-templates.js';
import { ImportFileInput, importFileRules } from './imports.inputs.js';
import { ParticipationFigureFlag } from './participation-figure-flag.entity.js';
import { ParticipationImportService } from './participation-import.service.js';

async function readInput(input: ImportFileInput): Promise<{ file: ImportFile; dryRun: boolean }> {
  const valid = validateInput(importFileRules, input);
  if (valid.csv) {
    return {
      file: { fileName: valid.fileName, sha256: sha256Of(valid.csv), table: readCsvText(valid.csv, valid.fileName) },
      dryRun: valid.dryRun,
    };
  }
  const content = Buffer.from(valid.xlsxBase64!, 'base64');
  return {
    file: { fileName: valid.fileName, sha256: sha256Of(content), table: await readWorkbook(content, valid.fileName) },
    dryRun: valid.dryRun,
  };
}

const FILE_ARGUMENT = { description: 'The file, its name, and whether this is a dry run.' };

/** Spreadsheets in and out: imports of figures and agreement statuses, their templates, and exports. */
@Resolver()
export class FigureImportsResolver {
  @Authorized(MANAGERS)
  @Mutation(() => ImportResult, {
    description:
      'Imports participation figures from a spreadsheet (see `importTemplate(kind: PARTICIPATION_FIGURES)`). Every row is checked first; with any problem nothing is written and `problems` names each row. Otherwise all rows are recorded in one transaction, each audited, with one audit record for the import; rows equal to what is recorded are left alone. Suspicious figures are recorded and flagged. Directors import for their province only.',
  })
  async importParticipationFigures(
    @Arg('input', () => ImportFileInput, FILE_ARGUMENT) input: ImportFileInput,
    @Ctx() context: RequestContext,
  ): Promise<ImportResult> {
    const { file, dryRun } = await readInput(input);
    return new ParticipationImportService(context.em).import(actorOf(context), file, { dryRun });
  }

  @Authorized(WRITERS)
  @Mutation(() => ImportResult, {
    description:
      'Imports agreement statuses, one ward per row (see `importTemplate(kind: AGREEMENT_STATUSES)`), through the same rules as `createAgreement` and `changeAgreementStatus`: one step of the lifecycle per row, versions checked, one agreement under way per ward. Every row is checked first; with any problem nothing is written. Directors import for their province, coordinators for wards their post office serves.',
  })
  async importAgreementStatuses(
    @Arg('input', () => ImportFileInput, FILE_ARGUMENT) input: ImportFileInput,
    @Ctx() context: RequestContext,
  ): Promise<ImportResult> {
    const { file, dryRun } = await readInput(input);
    return new AgreementImportService(context.em).import(actorOf(context), file, { dryRun });
  }

  @Authorized()
  @Query(() => ImportTemplateFile, {
    description:
      'An import template: the columns and one example row, as CSV (also served at `/templates/participation-figures.csv` and `/templates/agreement-statuses.csv`).',
  })
  importTemplate(
    @Arg('kind', () => ImportKindEnum, { description: 'Which template.' }) kind: TemplateKind,
  ): ImportTemplateFile {
    return importTemplate(kind);
  }

  @Authorized()
  @Query(() => String, {
    description:
      'A province’s participation figures as CSV in the import template’s columns: the figure that counts for each unit and period, of the province, its wards and the units merged into it. Imported again, it changes nothing.',
  })
  participationFiguresCsv(
    @Arg('provinceCode', () => String, { description: 'Two-digit code of a province of today, such as `79`.' })
    provinceCode: string,
    @Arg('year', () => Int, { nullable: true, description: 'Only periods ending in this year.' }) year: number | null,
    @Ctx() context: RequestContext,
  ): Promise<string> {
    return new FigureExportsService(context.em).participationFigures(provinceCode, year);
  }

  @Authorized()
  @Query(() => String, {
    description:
      'A province’s agreements as CSV in the import template’s columns, one row per ward (its agreement under way, else its latest). Imported again, it changes nothing.',
  })
  agreementStatusesCsv(
    @Arg('provinceCode', () => String, { description: 'Two-digit code of a province of today, such as `79`.' })
    provinceCode: string,
    @Ctx() context: RequestContext,
  ): Promise<string> {
    return new FigureExportsService(context.em).agreementStatuses(provinceCode);
  }

  @Authorized(MANAGERS)
  @Query(() => [ParticipationFigureFlag], {
    description:
      'Imported figures that looked suspicious, newest first (at most 1,000), of a province and the provinces merged into it. Directors see their own province’s.',
  })
  participationFigureFlags(
    @Arg('provinceCode', () => String, { description: 'Two-digit code of a province of today, such as `79`.' })
    provinceCode: string,
    @Ctx() context: RequestContext,
  ): Promise<ParticipationFigureFlag[]> {
    return new FigureFlagsService(context.em).ofProvince(actorOf(context).viewer, provinceCode);
  }
}

import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumObject } from '../../../graphql/enum-object.js';
import { FlagKindEnum } from './participation-figure-flag.entity.js';
import type { FlagKind } from './import-report.js';
import { TEMPLATE_KINDS, type TemplateKind } from './import-templates.js';

export const ImportKindEnum = enumObject<TemplateKind>(TEMPLATE_KINDS);
registerEnumType(ImportKindEnum, {
  name: 'ImportKind',
  description: 'What a spreadsheet import or its template holds.',
  valuesConfig: {
    PARTICIPATION_FIGURES: { description: 'Participation figures: one unit, scheme, measure and period per row.' },
    AGREEMENT_STATUSES: { description: 'Agreement statuses: one ward per row.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A row that cannot be imported, and why.' })
export class ImportProblem {
  @Field(() => Int, { description: 'Line in the file (1 is the header; for XLSX, the sheet’s row number).' })
  line!: number;

  @Field(() => String, { nullable: true, description: 'The column at fault, when one is.' })
  column!: string | null;

  @Field(() => String, { description: 'What is wrong, in words for the person fixing the file.' })
  message!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A figure that looks suspicious: imported all the same, and kept for a director to check.',
})
export class ImportFlag {
  @Field(() => Int, { description: 'Line in the file.' })
  line!: number;

  @Field(() => FlagKindEnum, { description: 'What looked wrong.' })
  kind!: FlagKind;

  @Field(() => String, { description: 'What looked wrong, with the numbers compared.' })
  message!: string;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'What an import did or, on a dry run or with problems, would have done. Nothing is written unless every row is valid.',
})
export class ImportResult {
  @Field(() => ImportKindEnum, { description: 'What the file held.' })
  kind!: TemplateKind;

  @Field(() => String, { description: 'The file name given.' })
  fileName!: string;

  @Field(() => String, {
    description: 'SHA-256 of the file’s content, in hexadecimal, as recorded in the audit trail.',
  })
  sha256!: string;

  @Field(() => Boolean, { description: 'True when this was a dry run: nothing was written.' })
  dryRun!: boolean;

  @Field(() => Boolean, {
    description: 'True when the changes were committed; false on a dry run, with problems, or when nothing changed.',
  })
  written!: boolean;

  @Field(() => Int, { description: 'Data rows read (blank lines are not rows).' })
  rows!: number;

  @Field(() => Int, { description: 'Figures recorded, or agreements started (or that would be).' })
  created!: number;

  @Field(() => Int, {
    description: 'Agreements moved to another status (or that would be); figures are never changed.',
  })
  changed!: number;

  @Field(() => Int, {
    description: 'Rows that match what is already recorded: importing a file twice changes nothing.',
  })
  unchanged!: number;

  @Field(() => [ImportProblem], { description: 'Every row that cannot be imported; when any, nothing was written.' })
  problems!: ImportProblem[];

  @Field(() => [ImportFlag], { description: 'Suspicious figures, imported all the same and kept for a director.' })
  flags!: ImportFlag[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'An import template: the header and one example row, CSV in UTF-8 with a byte-order mark.',
})
export class ImportTemplateFile {
  @Field(() => String, { description: 'File name to save it under, such as `participation-figures.csv`.' })
  fileName!: string;

  @Field(() => String, { description: 'The CSV text.' })
  csv!: string;
}

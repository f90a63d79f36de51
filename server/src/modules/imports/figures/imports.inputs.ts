import { Field, InputType } from 'type-graphql';
import { z } from 'zod';

/**
 * The most characters of CSV (or of base64 XLSX) one GraphQL import takes. The API refuses
 * requests over 100 kB before reading them, so this leaves room for the rest of the request;
 * larger files go through the command line, which has no such limit.
 */
export const MAX_GRAPHQL_FILE_CHARS = 90_000;

@InputType({ description: 'A spreadsheet to import: CSV text or an XLSX workbook in base64, never both.' })
export class ImportFileInput {
  @Field(() => String, {
    nullable: true,
    description: `CSV text (UTF-8, a byte-order mark allowed, \`,\` or \`;\` between cells), at most ${MAX_GRAPHQL_FILE_CHARS.toLocaleString('en')} characters.`,
  })
  csv?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `An XLSX workbook, base64-encoded, at most ${MAX_GRAPHQL_FILE_CHARS.toLocaleString('en')} characters; its first sheet is read.`,
  })
  xlsxBase64?: string | null;

  @Field(() => String, { description: 'The file’s name, 1 to 200 characters, recorded in the audit trail.' })
  fileName!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Check and report what would change, writing nothing.' })
  dryRun!: boolean;
}

const fileContent = z
  .string()
  .max(MAX_GRAPHQL_FILE_CHARS, `at most ${MAX_GRAPHQL_FILE_CHARS} characters; import larger files with the CLI`)
  .nullish();

export const importFileRules = z
  .object({
    csv: fileContent,
    xlsxBase64: fileContent.refine((text) => !text || /^[A-Za-z0-9+/=\s]+$/.test(text), 'not base64'),
    fileName: z.string().trim().min(1, 'must not be empty').max(200, 'at most 200 characters'),
    dryRun: z.boolean(),
  })
  .superRefine((input, context) => {
    if (!input.csv === !input.xlsxBase64) {
      context.addIssue({ code: 'custom', path: ['csv'], message: 'give either csv or xlsxBase64, not both' });
    }
  });

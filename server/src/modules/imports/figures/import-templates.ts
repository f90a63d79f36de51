import { AGREEMENT_COLUMNS, AGREEMENT_EXAMPLE } from './agreement-columns.js';
import { csvText } from '../files/write-csv.js';
import { PARTICIPATION_COLUMNS, PARTICIPATION_EXAMPLE } from './participation-columns.js';

export const TEMPLATE_KINDS = ['PARTICIPATION_FIGURES', 'AGREEMENT_STATUSES'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** A template to download: the header and one example row, UTF-8 with a byte-order mark for Excel. */
export type ImportTemplate = { fileName: string; csv: string };

export function importTemplate(kind: TemplateKind): ImportTemplate {
  return kind === 'PARTICIPATION_FIGURES'
    ? { fileName: 'participation-figures.csv', csv: csvText(PARTICIPATION_COLUMNS, [PARTICIPATION_EXAMPLE]) }
    : { fileName: 'agreement-statuses.csv', csv: csvText(AGREEMENT_COLUMNS, [AGREEMENT_EXAMPLE]) };
}

/** The template served at `/templates/<fileName>`, or null for any other name. */
export function templateByFileName(fileName: string): ImportTemplate | null {
  return TEMPLATE_KINDS.map(importTemplate).find((template) => template.fileName === fileName) ?? null;
}

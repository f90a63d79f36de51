import type { EntityManager } from '@mikro-orm/sql';
import { OPEN_AGREEMENT_STATUSES, todayInVietnam, transitionProblem } from '@tripartite/shared';
import type { z } from 'zod';
import { isValidOn, validOn } from '../../../db/validity.js';
import { ForbiddenError } from '../../../errors.js';
import type { AccessScope } from '../../access/access-scope.js';
import type { changeAgreementStatusRules, createAgreementRules } from '@tripartite/shared/write-rules';
import { Agreement } from '../../agreements/agreement.entity.js';
import type { Province } from '../../geography/province.entity.js';
import { Ward } from '../../geography/ward.entity.js';
import { Agency } from '../../organisations/agency.entity.js';
import { PostOffice } from '../../organisations/post-office.entity.js';
import type { TableRow } from '../files/read-table.js';
import { agreementRowRules, type AgreementRow } from './agreement-columns.js';
import type { RowProblem } from './import-report.js';
import { groupByCode, parseRow } from './table-rules.js';

/** What one row does: nothing, start an agreement, or move one, through the agreement write service. */
export type PlannedAgreement = { line: number; province: Province } & (
  | { kind: 'unchanged' }
  | { kind: 'create'; input: z.output<typeof createAgreementRules> }
  | { kind: 'change'; input: z.output<typeof changeAgreementStatusRules> }
);

/** How many ids go into one `in (…)` list: well under every database's parameter limit. */
const CHUNK = 500;

/** Every ward bearing a code of the file (whatever its validity) and their agreements: a few queries in all. */
async function wardsAndAgreements(em: EntityManager, codes: string[]) {
  const wards: Ward[] = [];
  const unique = [...new Set(codes)];
  for (let start = 0; start < unique.length; start += CHUNK) {
    const code = { $in: unique.slice(start, start + CHUNK) };
    wards.push(...(await em.find(Ward, { code }, { populate: ['province'] })));
  }
  const agreements = new Map<string, Agreement[]>();
  for (let start = 0; start < wards.length; start += CHUNK) {
    const ward = { $in: wards.slice(start, start + CHUNK).map((each) => each.id) };
    const found = await em.find(
      Agreement,
      { ward },
      { populate: ['signatories', 'agency', 'postOffice', 'ward.province'], orderBy: { createdAt: 'asc' } },
    );
    for (const agreement of found) {
      (agreements.get(agreement.ward.id) ?? agreements.set(agreement.ward.id, []).get(agreement.ward.id)!).push(
        agreement,
      );
    }
  }
  return { wards: groupByCode(wards), agreements };
}

/** The agreement a row speaks of: the ward's agreement under way, else its latest. */
function currentAgreement(agreements: Agreement[]): Agreement | null {
  return (
    agreements.find((agreement) => OPEN_AGREEMENT_STATUSES.includes(agreement.status)) ?? agreements.at(-1) ?? null
  );
}

function lastSignature(agreement: Agreement): string | null {
  const days = agreement.signatories.getItems().map((signatory) => signatory.signedOn);
  if (days.length < 3 || days.some((day) => day === null)) return null;
  return (days as string[]).sort().at(-1)!;
}

/** Cells that describe the agreement as it stands must agree with it: the import moves statuses only. */
function mismatches(row: AgreementRow, agreement: Agreement, line: number, signedOn: string | null): RowProblem[] {
  const recorded: [keyof AgreementRow, string | null][] = [
    ['effective_from', agreement.effectiveFrom],
    ['effective_to', agreement.effectiveTo],
    ['signed_on', signedOn],
    ['reference_number', agreement.referenceNumber],
    ['agency_code', agreement.agency.code],
    ['post_office_code', agreement.postOffice.code],
  ];
  return recorded
    .filter(([column, value]) => row[column] !== undefined && row[column] !== value)
    .map(([column, value]) => ({
      line,
      column,
      message: `${column}: the agreement has ${value ?? 'none'}, the file ${row[column]}; the import changes statuses, not the agreement’s other details.`,
    }));
}

/** The agency or post office bearing `code` on `day`; undefined when the cell is empty. */
async function unitByCode(
  em: EntityManager,
  entity: typeof Agency | typeof PostOffice,
  code: string | undefined,
  day: string,
): Promise<Agency | PostOffice | null | undefined> {
  if (code === undefined) return undefined;
  return entity === Agency
    ? em.findOne(Agency, { code, ...validOn(day) })
    : em.findOne(PostOffice, { code, ...validOn(day) });
}

async function planNew(em: EntityManager, scope: AccessScope, ward: Ward, row: AgreementRow, line: number) {
  const today = todayInVietnam();
  const problems: RowProblem[] = [];
  if (!isValidOn(ward, today)) {
    problems.push({
      line,
      column: 'ward_code',
      message: `${ward.name} (${ward.code}) is not in force today; new agreements are for today’s wards.`,
    });
  }
  for (const column of ['effective_from', 'effective_to', 'signed_on', 'reference_number'] as const) {
    if (row[column] !== undefined) {
      problems.push({ line, column, message: `${column}: a new agreement has none yet; it is set when signing.` });
    }
  }
  const agency = await unitByCode(em, Agency, row.agency_code, today);
  if (agency === null)
    problems.push({ line, column: 'agency_code', message: `No agency has code ${row.agency_code} today.` });
  const postOffice = await unitByCode(em, PostOffice, row.post_office_code, today);
  if (postOffice === null) {
    problems.push({
      line,
      column: 'post_office_code',
      message: `No post office has code ${row.post_office_code} today.`,
    });
  }
  await scope.assertMayStartAgreementFor(ward);
  const input = {
    wardCode: ward.code,
    agencyId: agency?.id ?? null,
    postOfficeId: postOffice?.id ?? null,
    notes: row.note ?? null,
  };
  return { problems, input };
}

function planChange(agreement: Agreement, row: AgreementRow, line: number) {
  const today = todayInVietnam();
  const signing = row.status === 'SIGNED';
  const lastSigned = lastSignature(agreement);
  const problems = mismatches(
    signing ? { ...row, effective_from: undefined, effective_to: undefined, reference_number: undefined } : row,
    agreement,
    line,
    agreement.status === 'SIGNED' || signing ? (agreement.signedOn ?? lastSigned) : agreement.signedOn,
  );
  if (row.version !== undefined && row.version !== agreement.version) {
    problems.push({
      line,
      column: 'version',
      message: `The agreement has changed since this file was made: it is version ${agreement.version} (${agreement.status}), the file says ${row.version}.`,
    });
  }
  const effectiveFrom = signing ? (row.effective_from ?? agreement.effectiveFrom) : agreement.effectiveFrom;
  const effectiveTo = signing ? (row.effective_to ?? agreement.effectiveTo) : agreement.effectiveTo;
  const signedParties = agreement.signatories
    .getItems()
    .filter((s) => s.signedOn !== null)
    .map((s) => s.party);
  const problem = transitionProblem(
    { status: agreement.status, effectiveFrom, effectiveTo, signedParties },
    row.status,
    today,
  );
  if (problem) problems.push({ line, column: 'status', message: problem });
  if (signing && !problem && lastSigned && effectiveFrom! < lastSigned) {
    problems.push({
      line,
      column: 'effective_from',
      message: `must not be before the last signature (${lastSigned}).`,
    });
  }
  if (row.status === 'TERMINATED' && !row.note) {
    problems.push({ line, column: 'note', message: 'note: say why the agreement is terminated.' });
  }
  const input = {
    agreementId: agreement.id,
    status: row.status,
    expectedVersion: agreement.version,
    note: row.note ?? null,
    ...(signing ? { effectiveFrom, effectiveTo, referenceNumber: row.reference_number ?? null } : {}),
  };
  return { problems, input };
}

/** Checks every row without writing; what each would do, and every problem, with its line. */
export async function planAgreements(
  em: EntityManager,
  scope: AccessScope,
  rows: TableRow[],
  problems: RowProblem[],
  progress: (done: number) => void,
): Promise<PlannedAgreement[]> {
  const parsed: { line: number; row: AgreementRow }[] = [];
  for (const tableRow of rows) {
    const row = parseRow(agreementRowRules, tableRow, problems);
    if (row) parsed.push({ line: tableRow.line, row });
  }
  const known = await wardsAndAgreements(
    em,
    parsed.map((entry) => entry.row.ward_code),
  );
  const plans: PlannedAgreement[] = [];
  const seen = new Map<string, number>();
  for (const [index, { line, row }] of parsed.entries()) {
    progress(index);
    const day = row.as_of ?? todayInVietnam();
    const ward = known.wards.get(row.ward_code)?.find((candidate) => isValidOn(candidate, day));
    if (!ward) {
      problems.push({ line, column: 'ward_code', message: `No ward or commune had code ${row.ward_code} on ${day}.` });
      continue;
    }
    const earlier = seen.get(ward.id);
    if (earlier !== undefined) {
      problems.push({
        line,
        column: 'ward_code',
        message: `Line ${earlier} already gives ${ward.name}’s agreement; one row per ward.`,
      });
      continue;
    }
    seen.set(ward.id, line);
    try {
      const agreement = currentAgreement(known.agreements.get(ward.id) ?? []);
      // DRAFTING for a ward with nothing under way starts an agreement (a renewal, after a signed one).
      const starts = row.status === 'DRAFTING' && (!agreement || !OPEN_AGREEMENT_STATUSES.includes(agreement.status));
      if (agreement && !starts) await scope.assertMayChangeAgreement(agreement);
      if (!agreement && !starts) {
        problems.push({
          line,
          column: 'status',
          message: `${ward.name} (${ward.code}) has no agreement; a new one starts as DRAFTING.`,
        });
      } else if (starts) {
        const planned = await planNew(em, scope, ward, row, line);
        problems.push(...planned.problems);
        plans.push({ line, province: ward.province, kind: 'create', input: planned.input });
      } else if (agreement!.status === row.status) {
        const found = mismatches(row, agreement!, line, agreement!.signedOn);
        problems.push(...found);
        plans.push({ line, province: ward.province, kind: 'unchanged' });
      } else {
        const planned = planChange(agreement!, row, line);
        problems.push(...planned.problems);
        plans.push({ line, province: ward.province, kind: 'change', input: planned.input });
      }
    } catch (error) {
      if (!(error instanceof ForbiddenError)) throw error;
      problems.push({ line, column: 'ward_code', message: error.message });
    }
  }
  return plans;
}

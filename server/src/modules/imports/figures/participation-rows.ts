import type { EntityManager } from '@mikro-orm/sql';
import { todayInVietnam } from '@tripartite/shared';
import { isValidOn } from '../../../db/validity.js';
import { ForbiddenError } from '../../../errors.js';
import type { AccessScope } from '../../access/access-scope.js';
import { Province } from '../../geography/province.entity.js';
import { Ward } from '../../geography/ward.entity.js';
import type { ParticipationFigure } from '../../participation/participation-figure.entity.js';
import type { TableRow } from '../files/read-table.js';
import type { RowProblem } from './import-report.js';
import { participationRowRules, type ParticipationRow } from './participation-columns.js';
import { RecordedFigures, type Unit } from './recorded-figures.js';
import { groupByCode, parseRow } from './table-rules.js';

/** A valid row with its unit found: what the import records, or finds already recorded. */
export type PlannedFigure = {
  line: number;
  row: ParticipationRow;
  province: Province;
  ward: Ward | null;
  /** The figure that counts today for this unit, scheme, measure and period, if any. */
  latest: ParticipationFigure | null;
  unchanged: boolean;
};

/** Identifies a unit's figure for one period: two rows with the same key would contradict. */
export function figureKey(plan: { province: Province; ward: Ward | null; row: ParticipationRow }, measure?: string) {
  const { row } = plan;
  const unit = plan.ward ? `w${plan.ward.id}` : `p${plan.province.id}`;
  return [unit, row.scheme, measure ?? row.measure, row.period_start, row.period_end].join('|');
}

/** Every ward and province bearing a code of the file, whatever their validity: one query each. */
async function unitsByCode(em: EntityManager, rows: ParticipationRow[]) {
  const wardCodes = [...new Set(rows.flatMap((row) => (row.ward_code ? [row.ward_code] : [])))];
  const provinceCodes = [...new Set(rows.flatMap((row) => (row.province_code ? [row.province_code] : [])))];
  const wards: Ward[] = [];
  for (let start = 0; start < wardCodes.length; start += 500) {
    const code = { $in: wardCodes.slice(start, start + 500) };
    wards.push(...(await em.find(Ward, { code }, { populate: ['province'] })));
  }
  const provinces = provinceCodes.length > 0 ? await em.find(Province, { code: { $in: provinceCodes } }) : [];
  return { wards: groupByCode(wards), provinces: groupByCode(provinces) };
}

/** The unit a row names, as it stood on the period's last day (codes were reused in 2025). */
function unitOf(
  known: { wards: Map<string, Ward[]>; provinces: Map<string, Province[]> },
  row: ParticipationRow,
  line: number,
  problems: RowProblem[],
): Unit | null {
  const day = row.period_end;
  if (row.ward_code) {
    const ward = known.wards.get(row.ward_code)?.find((candidate) => isValidOn(candidate, day));
    if (!ward) {
      problems.push({ line, column: 'ward_code', message: `No ward or commune had code ${row.ward_code} on ${day}.` });
      return null;
    }
    if (row.province_code && ward.province.code !== row.province_code) {
      problems.push({
        line,
        column: 'province_code',
        message: `Ward ${row.ward_code} (${ward.name}) belonged to province ${ward.province.code} on ${day}, not ${row.province_code}.`,
      });
      return null;
    }
    return { province: ward.province, ward };
  }
  const province = known.provinces.get(row.province_code!)?.find((candidate) => isValidOn(candidate, day));
  if (!province) {
    problems.push({ line, column: 'province_code', message: `No province had code ${row.province_code} on ${day}.` });
    return null;
  }
  return { province, ward: null };
}

function sameFigure(figure: ParticipationFigure, row: ParticipationRow): boolean {
  return (
    figure.participants === row.participants &&
    figure.source.title === row.source_title &&
    figure.source.publisher === row.source_publisher &&
    figure.source.publishedOn === (row.source_published_on ?? null) &&
    (figure.note ?? '') === (row.note ?? '')
  );
}

/**
 * Checks every row without writing: formats, the unit on the period's last day, the caller's
 * scope, periods in the future and rows that repeat one another. Problems go to `problems`.
 */
export async function planFigures(
  em: EntityManager,
  scope: AccessScope,
  rows: TableRow[],
  problems: RowProblem[],
  progress: (done: number) => void,
): Promise<{ plans: PlannedFigure[]; recorded: RecordedFigures }> {
  const today = todayInVietnam();
  const parsed: { line: number; row: ParticipationRow }[] = [];
  for (const tableRow of rows) {
    const row = parseRow(participationRowRules, tableRow, problems);
    if (!row) continue;
    if (row.period_end > today) {
      problems.push({
        line: tableRow.line,
        column: 'period_end',
        message: `${row.period_end} is in the future (today is ${today}).`,
      });
      continue;
    }
    parsed.push({ line: tableRow.line, row });
  }
  const known = await unitsByCode(
    em,
    parsed.map((entry) => entry.row),
  );
  const found: (Unit & { line: number; row: ParticipationRow })[] = [];
  const seen = new Map<string, number>();
  for (const [index, { line, row }] of parsed.entries()) {
    progress(index);
    const unit = unitOf(known, row, line, problems);
    if (!unit) continue;
    try {
      await scope.assertManagesProvince(unit.province, 'Participation figures');
    } catch (error) {
      if (!(error instanceof ForbiddenError)) throw error;
      problems.push({ line, column: unit.ward ? 'ward_code' : 'province_code', message: error.message });
      continue;
    }
    const key = figureKey({ ...unit, row });
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({
        line,
        column: null,
        message: `Line ${earlier} already gives this unit’s ${row.scheme} ${row.measure} for ${row.period_start} to ${row.period_end}.`,
      });
      continue;
    }
    seen.set(key, line);
    found.push({ ...unit, line, row });
  }
  const recorded = await RecordedFigures.load(em, found);
  const plans = found.map((entry) => {
    const latest = recorded.counting(
      entry,
      entry.row.scheme,
      entry.row.measure,
      entry.row.period_start,
      entry.row.period_end,
    );
    return { ...entry, latest, unchanged: latest !== null && sameFigure(latest, entry.row) };
  });
  return { plans, recorded };
}

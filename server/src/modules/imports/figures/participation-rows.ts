import type { EntityManager } from '@mikro-orm/sql';
import { todayInVietnam } from '@tripartite/shared';
import { validOn } from '../../../db/validity.js';
import { ForbiddenError } from '../../../errors.js';
import type { AccessScope } from '../../access/access-scope.js';
import { Province } from '../../geography/province.entity.js';
import { Ward } from '../../geography/ward.entity.js';
import { ParticipationFigure } from '../../participation/participation-figure.entity.js';
import type { TableRow } from '../files/parse-table.js';
import type { RowProblem } from './import-report.js';
import { participationRowRules, type ParticipationRow } from './participation-columns.js';
import { parseRow } from './table-rules.js';

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

/** The unit a row names, as it stood on the period's last day (codes were reused in 2025). */
async function unitOf(
  em: EntityManager,
  row: ParticipationRow,
  line: number,
  problems: RowProblem[],
): Promise<{ province: Province; ward: Ward | null } | null> {
  const day = row.period_end;
  if (row.ward_code) {
    const ward = await em.findOne(Ward, { code: row.ward_code, ...validOn(day) }, { populate: ['province'] });
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
  const province = await em.findOne(Province, { code: row.province_code!, ...validOn(day) });
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
): Promise<PlannedFigure[]> {
  const today = todayInVietnam();
  const plans: PlannedFigure[] = [];
  const seen = new Map<string, number>();
  for (const [index, tableRow] of rows.entries()) {
    progress(index);
    const { line } = tableRow;
    const row = parseRow(participationRowRules, tableRow, problems);
    if (!row) continue;
    if (row.period_end > today) {
      problems.push({ line, column: 'period_end', message: `${row.period_end} is in the future (today is ${today}).` });
      continue;
    }
    const unit = await unitOf(em, row, line, problems);
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
    const latest = await em.findOne(
      ParticipationFigure,
      {
        ...(unit.ward ? { ward: unit.ward } : { province: unit.province, ward: null }),
        scheme: row.scheme,
        measure: row.measure,
        periodStart: row.period_start,
        periodEnd: row.period_end,
      },
      { orderBy: { recordedAt: 'desc' }, populate: ['source'] },
    );
    plans.push({ line, row, ...unit, latest, unchanged: latest !== null && sameFigure(latest, row) });
  }
  return plans;
}

import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { Ward } from '../geography/ward.entity.js';
import { ParticipationFigure } from '../participation/participation-figure.entity.js';
import { instant, jsonValue } from '../../db/plain-values.js';
import type { StockFigure, WardPeriodTotal } from './achievement.js';

/**
 * A stock figure read for the sums, as a plain row: its scheme, its own unit and (for a ward's
 * figure read toward a province) its ward's province. A city's year of monthly ward figures is
 * thousands of rows; hydrating each as an entity (with its ward) cost Ho Chi Minh City's
 * dashboard most of its time.
 */
export type StockFigureRow = {
  scheme: string;
  /** The province's id for a province's own figure, null for a ward's. */
  ownProvinceId: string | null;
  /** The province the figure's ward belongs to, when it was read toward its province. */
  wardProvinceId: string | null;
  stock: StockFigure;
};

/** Where to look: the figures ending between two days, of provinces (with their wards) and of wards. */
export type StockFigureScope = {
  from: string;
  to: string;
  provinceIds: readonly string[];
  wardIds: readonly string[];
};

type RawRow = {
  id: string;
  scheme: string;
  province_id: string | null;
  ward_id: string | null;
  period_end: string | Date;
  participants: number | string;
  recorded_at: number | string | Date;
  ward_province: string | null;
};

/**
 * The stock figures (`PARTICIPANTS_AT_PERIOD_END`) of the scope, in at most three statements:
 * the provinces' own, their wards' (tagged with the province) and the listed wards' own.
 * The provinces' own figures and their wards' are read apart, each through its own index: one
 * statement with an `or` over both (through the joined ward, or over two id lists) made SQLite
 * read every figure of the year in the country and PostgreSQL all 800,000 of them, to find
 * Ho Chi Minh City's 3,360.
 */
export async function readStockFigureRows(em: EntityManager, scope: StockFigureScope): Promise<StockFigureRow[]> {
  const inPeriod = { measure: 'PARTICIPANTS_AT_PERIOD_END' as const, periodEnd: { $gte: scope.from, $lte: scope.to } };
  const columns = () =>
    em
      .createQueryBuilder(ParticipationFigure, 'f')
      .select(['f.id', 'f.scheme', 'f.periodEnd', 'f.participants', 'f.recordedAt'])
      // Plain foreign keys: selecting the `ward` relation would read the joined ward's id instead.
      .addSelect(raw('f.province_id as province_id'))
      .addSelect(raw('f.ward_id as ward_id'));
  const rows: RawRow[] = [];
  if (scope.provinceIds.length > 0) {
    const provinceIds = [...scope.provinceIds];
    rows.push(
      ...(await columns()
        .addSelect(raw('null as ward_province'))
        .where({ ...inPeriod, province: { $in: provinceIds } })
        .execute<RawRow[]>('all', false)),
      ...(await columns()
        .addSelect(raw('w.province_id as ward_province'))
        .join('f.ward', 'w')
        .where({
          ...inPeriod,
          ward: {
            $in: em
              .createQueryBuilder(Ward, 'pw')
              .select('pw.id')
              .where({ province: { $in: provinceIds } }),
          },
        })
        .execute<RawRow[]>('all', false)),
    );
  }
  if (scope.wardIds.length > 0) {
    rows.push(
      ...(await columns()
        .addSelect(raw('null as ward_province'))
        .where({ ...inPeriod, ward: { $in: [...scope.wardIds] } })
        .execute<RawRow[]>('all', false)),
    );
  }
  return rows.map(stockFigureRowOf);
}

function stockFigureRowOf(row: RawRow): StockFigureRow {
  return {
    scheme: row.scheme,
    ownProvinceId: row.province_id,
    wardProvinceId: row.ward_province,
    stock: {
      id: row.id,
      unitId: (row.ward_id ?? row.province_id)!,
      periodEnd: calendarDay(row.period_end),
      participants: Number(row.participants),
      recordedAt: new Date(row.recorded_at),
    },
  };
}

/** A date column as `YYYY-MM-DD`, whichever way the driver returns it. */
function calendarDay(value: string | Date): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

/** A province's own stock figure as the JSON of `provinceStockFiguresJson` gives it. */
type OwnFigureJson = { id: string; periodEnd: string; participants: number | string; recordedAt: unknown };
type WardTotalJson = { periodEnd: string; participants: number | string; wards: number | string };

/**
 * For a province's target (the dashboard), as two JSON columns of the target's own row: the
 * year's stock figures of the target's province (`own_figures`), and its wards' figures already
 * summed per period in the database (`ward_totals`), both of the target's scheme. Of several
 * figures of one ward and period the one recorded last counts (then the greater id): the rule of
 * `latestRecordedPerPeriod` in achievement.ts, written here in SQL.
 *
 * Measured with `pnpm bench --cpu-prof` (PostgreSQL, Ho Chi Minh City's dashboard): reading the
 * year's 4,000 ward figures into Node (the driver's parsing, a row object each, the garbage) was
 * the largest part of the request's CPU; the sums are a few dozen rows. Correlated to the target
 * row, so the targets and their figures are one statement (bench/RESULTS.md, issue 19: the
 * dashboard 5 → 4 statements). `t` is the target's alias; the period's two days are the
 * parameters, in the order `provinceStockFiguresParams` gives them.
 */
export function provinceStockFiguresJson(postgres: boolean, t: string): string {
  const inPeriod = `f.measure = 'PARTICIPANTS_AT_PERIOD_END' and f.period_end >= ? and f.period_end <= ? and f.scheme = ${t}.scheme`;
  const array = (pairs: string, order: string) =>
    postgres
      ? `coalesce(json_agg(json_build_object(${pairs}) order by ${order}), '[]'::json)`
      : `json_group_array(json_object(${pairs}))`;
  const own = `(select ${array(
    `'id', f.id, 'periodEnd', cast(f.period_end as text), 'participants', f.participants, 'recordedAt', f.recorded_at`,
    'f.id',
  )}
    from participation_figure f where f.province_id = ${t}.province_id and ${inPeriod})`;
  const wardTotals = `(select ${array(`'periodEnd', g.period_end, 'participants', g.participants, 'wards', g.wards`, 'g.period_end')}
    from (
      select l.period_end, sum(l.participants) as participants, count(*) as wards
      from (
        select cast(f.period_end as text) as period_end, f.participants,
          row_number() over (partition by f.ward_id, f.period_end order by f.recorded_at desc, f.id desc) as latest
        from participation_figure f
        -- The province's wards first, then each one's figures by its index (SQLite would otherwise scan them all).
        where f.ward_id in (select pw.id from ward pw where pw.province_id = ${t}.province_id) and ${inPeriod}
      ) l
      where l.latest = 1
      group by l.period_end
    ) g)`;
  return `${own} as own_figures, ${wardTotals} as ward_totals`;
}

/** The parameters of `provinceStockFiguresJson`'s two columns, for the year's figures. */
export function provinceStockFiguresParams(year: number): string[] {
  const period = [`${year}-01-01`, `${year}-12-31`];
  return [...period, ...period];
}

/** The two columns of `provinceStockFiguresJson`, read back: the own figures and the sums by period. */
export function provinceStockFiguresOf(
  row: { own_figures: unknown; ward_totals: unknown },
  provinceId: string,
): { own: StockFigure[]; wardTotals: Map<string, WardPeriodTotal> } {
  const own = jsonValue<OwnFigureJson[]>(row.own_figures).map((figure) => ({
    id: figure.id,
    unitId: provinceId,
    periodEnd: figure.periodEnd,
    participants: Number(figure.participants),
    recordedAt: instant(figure.recordedAt),
  }));
  const wardTotals = new Map(
    jsonValue<WardTotalJson[]>(row.ward_totals).map((total) => [
      total.periodEnd,
      { participants: Number(total.participants), wards: Number(total.wards) },
    ]),
  );
  return { own, wardTotals };
}

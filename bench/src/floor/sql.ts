/**
 * The floor: each read operation as one hand-written SQL statement, written for SQLite and
 * PostgreSQL. Placeholders are named (`:day`) and numbered per dialect by `compile`. The rows are
 * shaped in JavaScript (sorting by Vietnamese name, which SQLite cannot collate) and sent with
 * JSON.stringify: the least work that gives the API's exact answer.
 */
export type Dialect = 'sqlite' | 'postgresql';

const IN_FORCE = (alias: string) =>
  `${alias}.valid_from <= :day and (${alias}.valid_to is null or ${alias}.valid_to >= :day)`;
const SIGNED_IN_EFFECT = (alias: string) =>
  `${alias}.status = 'SIGNED' and ${alias}.effective_from <= :day and (${alias}.effective_to is null or ${alias}.effective_to >= :day)`;
const PARTY_ORDER = `case s.party when 'PEOPLES_COMMITTEE' then 0 when 'SOCIAL_INSURANCE_AGENCY' then 1 else 2 end`;

function jsonObject(dialect: Dialect, pairs: Record<string, string>): string {
  const args = Object.entries(pairs)
    .map(([key, value]) => `'${key}', ${value}`)
    .join(', ');
  return dialect === 'sqlite' ? `json_object(${args})` : `json_build_object(${args})`;
}
function jsonArray(dialect: Dialect, element: string, orderBy: string): string {
  return dialect === 'sqlite'
    ? `json_group_array(${element} order by ${orderBy})`
    : `coalesce(json_agg(${element} order by ${orderBy}), '[]'::json)`;
}
/** An instant as the API writes it, `2025-07-07T02:00:00.060Z` (SQLite keeps epoch milliseconds). */
function isoInstant(dialect: Dialect, column: string): string {
  return dialect === 'sqlite'
    ? `strftime('%Y-%m-%dT%H:%M:%fZ', ${column} / 1000.0, 'unixepoch')`
    : `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

function signatoriesOf(dialect: Dialect, agreement: string): string {
  return `(select ${jsonArray(
    dialect,
    jsonObject(dialect, { party: 's.party', name: 's.name', title: 's.title', signedOn: 's.signed_on' }),
    PARTY_ORDER,
  )} from agreement_signatory s where s.agreement_id = ${agreement})`;
}

/**
 * Each ward's current agreement as `a`: the first by `first` (for the dashboard, signed and in
 * effect), then the newest. PostgreSQL takes it with a lateral subquery, read through the ward's
 * index; joined on a correlated `a.id = (select …)` it hashed every agreement in the country.
 * SQLite has no LATERAL and does well with the correlated form.
 */
function latestAgreementJoin(dialect: Dialect, first: string): string {
  const order = `${first} x.created_at desc, x.id desc`;
  return dialect === 'postgresql'
    ? `left join lateral (select x.* from agreement x where x.ward_id = w.id order by ${order} limit 1) a on true`
    : `left join agreement a on a.id = (select x.id from agreement x where x.ward_id = w.id order by ${order} limit 1)`;
}

/** The headline: wards in force without a signed agreement in effect, each with its latest agreement. */
export function headlineSql(dialect: Dialect): string {
  return `
select w.code, w.name, w.kind,
  a.id as agreement_id, a.status, a.reference_number, a.effective_from, a.effective_to,
  ag.code as agency_code, ag.name as agency_name, po.code as post_office_code, po.name as post_office_name,
  ${signatoriesOf(dialect, 'a.id')} as signatories
from ward w
join province p on p.id = w.province_id and p.code = :provinceCode and ${IN_FORCE('p')}
${latestAgreementJoin(dialect, '')}
left join agency ag on ag.id = a.agency_id
left join post_office po on po.id = a.post_office_id
where ${IN_FORCE('w')}
  and not exists (select 1 from agreement s where s.ward_id = w.id and ${SIGNED_IN_EFFECT('s')})`;
}

/** The director's dashboard: signing progress, target progress from the monthly figures, lacking wards. */
export function dashboardSql(dialect: Dialect): string {
  const standing = `case
    when a.id is null then 'NOT_STARTED'
    when ${SIGNED_IN_EFFECT('a')} then 'SIGNED'
    when a.status = 'SIGNED' and (a.effective_from is null or a.effective_from > :day) then 'SIGNED_NOT_YET_IN_EFFECT'
    when a.status in ('AWAITING_SIGNATURES', 'DRAFTING') then a.status
    else 'NOT_STARTED' end`;
  return `
with p as (select id, code, name from province where code = :provinceCode and ${IN_FORCE('province')}),
standings as (
  select w.code, w.name, ${standing} as status
  from ward w
  join p on p.id = w.province_id
  ${latestAgreementJoin(dialect, `(${SIGNED_IN_EFFECT('x')}) desc,`)}
  where ${IN_FORCE('w')}),
figures as (
  select f.scheme, f.period_end, f.participants,
    row_number() over (partition by f.scheme, f.ward_id, f.period_end order by f.recorded_at desc, f.id desc) as latest
  from participation_figure f
  -- The province's wards first, then each one's figures by index: SQLite would otherwise scan them all.
  where f.ward_id in (select fw.id from ward fw join p on p.id = fw.province_id)
    and f.measure = 'PARTICIPANTS_AT_PERIOD_END' and f.period_end >= :yearStart and f.period_end <= :yearEnd),
periods as (
  select scheme, period_end, sum(participants) as participants, count(*) as wards
  from figures where latest = 1 group by scheme, period_end),
achieved as (
  select scheme, period_end, participants, wards from periods q
  where period_end = (select max(r.period_end) from periods r where r.scheme = q.scheme))
select p.code, p.name,
  (select ${jsonArray(dialect, jsonObject(dialect, { status: 'st.status', count: 'st.n' }), 'st.status')}
     from (select status, count(*) as n from standings group by status) st) as progress,
  (select ${jsonArray(
    dialect,
    jsonObject(dialect, {
      scheme: 't.scheme',
      totalParticipants: 't.total_participants',
      retainedParticipants: 't.retained_participants',
      newParticipants: 't.new_participants',
      achievedParticipants: 'ac.participants',
      achievedOn: 'ac.period_end',
      wardsReporting: 'ac.wards',
    }),
    't.scheme asc, t.total_participants desc',
  )} from target t left join achieved ac on ac.scheme = t.scheme
     where t.province_id = p.id and t.year = :year) as targets,
  (select ${jsonArray(dialect, jsonObject(dialect, { code: 'l.code', name: 'l.name', status: 'l.status' }), 'l.code')}
     from standings l where l.status <> 'SIGNED') as lacking
from p`;
}

/** A page of a province's agreements, newest first, with parties, signatories, history and the total. */
export function agreementsPageSql(dialect: Dialect): string {
  return `
select a.id, a.reference_number, a.status, a.signed_on, a.effective_from, a.effective_to, a.version, a.created_at,
  w.code as ward_code, w.name as ward_name, ag.code as agency_code, ag.name as agency_name,
  po.code as post_office_code, po.name as post_office_name,
  ${signatoriesOf(dialect, 'a.id')} as signatories,
  (select ${jsonArray(
    dialect,
    jsonObject(dialect, {
      sequence: 'h.sequence',
      fromStatus: 'h.from_status',
      toStatus: 'h.to_status',
      changedAt: isoInstant(dialect, 'h.changed_at'),
      changedBy: 'h.changed_by',
      note: 'h.note',
    }),
    'h.sequence',
  )} from agreement_status_change h where h.agreement_id = a.id) as history,
  count(*) over () as total_count
from agreement a
join ward w on w.id = a.ward_id
join province p on p.id = w.province_id and p.code = :provinceCode and ${IN_FORCE('p')}
join agency ag on ag.id = a.agency_id
join post_office po on po.id = a.post_office_id
order by a.created_at desc, a.id desc
limit :limit`;
}

/** Numbers the named placeholders for the dialect: `?` in order for SQLite, `$n` for PostgreSQL. */
export function compile(sql: string, dialect: Dialect): { text: string; names: string[] } {
  const names: string[] = [];
  const text = sql.replace(/(?<!:):([a-z][a-zA-Z]*)/g, (_match, name: string) => {
    if (dialect === 'sqlite') {
      names.push(name);
      return '?';
    }
    let index = names.indexOf(name);
    if (index < 0) index = names.push(name) - 1;
    return `$${index + 1}`;
  });
  return { text, names };
}

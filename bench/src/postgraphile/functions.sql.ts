/**
 * PostGraphile serves tables as they are and takes business rules as SQL functions: computed
 * columns (`ward_signing_status(ward)`) and custom queries (`wards_lacking_signed_agreement`).
 * These are the rules Tripartite implements in its services, written the PostGraphile way, and
 * installed into the benchmark's PostgreSQL database next to Tripartite's own tables, which
 * PostGraphile reads unchanged. Helpers live in `bench_private`, which PostGraphile does not expose.
 */
export const POSTGRAPHILE_FUNCTIONS = `
create schema if not exists bench_private;

create or replace function bench_private.today() returns date language sql stable as $$
  select (now() at time zone 'Asia/Ho_Chi_Minh')::date
$$;

create or replace function bench_private.signed_in_effect(a agreement, day date) returns boolean
language sql immutable as $$
  select a.status = 'SIGNED' and a.effective_from <= day and (a.effective_to is null or a.effective_to >= day)
$$;

-- The agreement that speaks for the ward today: the newest signed one in effect, else the newest.
create or replace function ward_current_agreement(w ward) returns agreement language sql stable as $$
  select a.* from agreement a where a.ward_id = w.id
  order by bench_private.signed_in_effect(a, bench_private.today()) desc, a.created_at desc, a.id desc
  limit 1
$$;

create or replace function bench_private.standing(a agreement, day date) returns text language sql immutable as $$
  select case
    when a.id is null then 'NOT_STARTED'
    when bench_private.signed_in_effect(a, day) then 'SIGNED'
    when a.status = 'SIGNED' and (a.effective_from is null or a.effective_from > day) then 'SIGNED_NOT_YET_IN_EFFECT'
    when a.status in ('AWAITING_SIGNATURES', 'DRAFTING') then a.status
    else 'NOT_STARTED' end
$$;

create or replace function ward_signing_status(w ward) returns text language sql stable as $$
  select bench_private.standing(ward_current_agreement(w), bench_private.today())
$$;

create or replace function agreement_signatories_in_party_order(a agreement) returns setof agreement_signatory
language sql stable as $$
  select s.* from agreement_signatory s where s.agreement_id = a.id
  order by case s.party when 'PEOPLES_COMMITTEE' then 0 when 'SOCIAL_INSURANCE_AGENCY' then 1 else 2 end
$$;

create or replace function province_in_force(province_code text) returns province language sql stable as $$
  select p.* from province p
  where p.code = province_code and p.valid_from <= bench_private.today()
    and (p.valid_to is null or p.valid_to >= bench_private.today())
$$;

create or replace function wards_lacking_signed_agreement(province_code text) returns setof ward
language sql stable as $$
  select w.* from ward w
  join province p on p.id = w.province_id
  where p.id = (province_in_force(province_code)).id
    and w.valid_from <= bench_private.today() and (w.valid_to is null or w.valid_to >= bench_private.today())
    and not exists (
      select 1 from agreement s where s.ward_id = w.id and bench_private.signed_in_effect(s, bench_private.today()))
  order by w.name collate "vi-x-icu"
$$;

drop type if exists signing_progress cascade;
create type signing_progress as (
  total_wards int, signed int, signed_not_yet_in_effect int, awaiting_signatures int, drafting int,
  not_started int, fraction_signed float8);

create or replace function province_signing_progress(p province) returns signing_progress
language sql stable as $$
  with standings as (
    select ward_signing_status(w) as status from ward w
    where w.province_id = p.id and w.valid_from <= bench_private.today()
      and (w.valid_to is null or w.valid_to >= bench_private.today()))
  select count(*)::int,
    count(*) filter (where status = 'SIGNED')::int,
    count(*) filter (where status = 'SIGNED_NOT_YET_IN_EFFECT')::int,
    count(*) filter (where status = 'AWAITING_SIGNATURES')::int,
    count(*) filter (where status = 'DRAFTING')::int,
    count(*) filter (where status = 'NOT_STARTED')::int,
    case when count(*) = 0 then 0 else (count(*) filter (where status = 'SIGNED'))::float8 / count(*) end
  from standings
$$;

drop type if exists target_progress_row cascade;
create type target_progress_row as (
  scheme text, total_participants int, retained_participants int, new_participants int,
  achieved_participants int, achieved_on date, achieved_basis text, wards_reporting int, fraction_reached float8);

create or replace function province_target_progress(p province, year int) returns setof target_progress_row
language sql stable as $$
  with figures as (
    select f.scheme, f.period_end, f.participants,
      row_number() over (partition by f.scheme, f.ward_id, f.period_end order by f.recorded_at desc, f.id desc) as latest
    from participation_figure f join ward w on w.id = f.ward_id
    where w.province_id = p.id and f.measure = 'PARTICIPANTS_AT_PERIOD_END'
      and f.period_end between make_date(year, 1, 1) and make_date(year, 12, 31)),
  periods as (
    select scheme, period_end, sum(participants)::int as participants, count(*)::int as wards
    from figures where latest = 1 group by scheme, period_end),
  achieved as (
    select * from periods q where period_end = (select max(r.period_end) from periods r where r.scheme = q.scheme))
  select t.scheme, t.total_participants, t.retained_participants, t.new_participants,
    a.participants, a.period_end, case when a.participants is null then null else 'SUM_OF_WARD_FIGURES' end,
    a.wards, a.participants::float8 / t.total_participants
  from target t left join achieved a on a.scheme = t.scheme
  where t.province_id = p.id and t.year = province_target_progress.year
  order by t.scheme asc, t.total_participants desc
$$;

create or replace function agreements_of_province(province_code text) returns setof agreement
language sql stable as $$
  select a.* from agreement a join ward w on w.id = a.ward_id
  where w.province_id = (province_in_force(province_code)).id
  order by a.created_at desc, a.id desc
$$;
`;

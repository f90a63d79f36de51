import type { EntityManager } from '@mikro-orm/sql';
import { validOn } from '../../../db/validity.js';
import { appendAuditRecord, type SystemActor } from '../../audit/audit-trail.js';
import { Ward } from '../../geography/ward.entity.js';
import { Publication } from '../../participation/publication.entity.js';
import { WardSeat } from '../../places/ward-seat.entity.js';
import { readTable, type TableReadOptions } from '../files/read-table.js';
import {
  chunked,
  describeFile,
  emptyCounts,
  ImportRejectedError,
  type ChangeCounts,
  type LoadedFile,
  type ProgressSink,
} from '../import-problems.js';
import { readSeatList, type SeatRow } from './seat-list.js';

/** The publication the figures come from; found by title and publisher, created when new. */
export type SeatSource = { title: string; publisher: string; publishedOn: string | null; url: string | null };

/** What `communes-2025-seats.csv` is, when the command is not told otherwise. */
export const SEATS_2025_SOURCE: SeatSource = {
  title: 'Đơn vị hành chính cấp xã sau sắp xếp 2025: trụ sở UBND, diện tích, dân số',
  publisher: 'Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam',
  publishedOn: '2025-07-17',
  url: null,
};

export type SeatsImportOptions = TableReadOptions & {
  dryRun: boolean;
  /** Each code names the unit in force on this day (default 2025-07-01). */
  unitsOn?: string;
  /** The day the figures describe (default: `unitsOn`). */
  asOf?: string;
  source?: SeatSource;
  progress?: ProgressSink;
};

export type SeatChange = {
  action: 'create' | 'update' | 'unchanged';
  line: number;
  ward: Pick<Ward, 'id' | 'code' | 'name'>;
  values: Omit<SeatRow, 'line' | 'code'>;
  /** For an update, the stored values. */
  before: Omit<SeatRow, 'line' | 'code'> | null;
};

export type SeatsImportResult = {
  dryRun: boolean;
  file: LoadedFile & { rows: number };
  counts: ChangeCounts;
  changes: SeatChange[];
};

const BATCH = 500;

/**
 * Loads seats, areas and populations: every row is checked and matched to its unit first, and
 * any problem refuses the whole file; then it is written in one transaction with one audit
 * record. A unit's seat is replaced only when a value differs, so a second load changes nothing.
 */
export async function importSeats(
  em: EntityManager,
  filePath: string,
  options: SeatsImportOptions,
  actor: SystemActor,
): Promise<SeatsImportResult> {
  const unitsOn = options.unitsOn ?? '2025-07-01';
  const asOf = options.asOf ?? unitsOn;
  const sourceFacts = options.source ?? SEATS_2025_SOURCE;
  const { rows, problems } = readSeatList(filePath, await readTable(filePath, options));
  const file = { ...(await describeFile(filePath)), rows: rows.length + problems.length };

  const run = async (tx: EntityManager): Promise<SeatsImportResult> => {
    const wards = new Map<string, Ward>();
    for (const codes of chunked([...new Set(rows.map((row) => row.code))], 1000)) {
      for (const ward of await tx.find(Ward, { code: { $in: codes }, ...validOn(unitsOn) })) wards.set(ward.code, ward);
    }
    for (const row of rows) {
      if (!wards.has(row.code)) {
        problems.push({
          file: file.file,
          line: row.line,
          message: `code ${row.code} names no ward, commune or special zone in force on ${unitsOn}`,
        });
      }
    }
    if (problems.length > 0) throw new ImportRejectedError(problems);

    const source = await tx.findOne(Publication, { title: sourceFacts.title, publisher: sourceFacts.publisher });
    const stored = new Map<string, WardSeat>();
    for (const ids of chunked(
      [...wards.values()].map((ward) => ward.id),
      1000,
    )) {
      for (const seat of await tx.find(WardSeat, { ward: { $in: ids } })) stored.set(seat.ward.id, seat);
    }
    const changes = rows.map((row) =>
      compare(row, wards.get(row.code)!, stored.get(wards.get(row.code)!.id), asOf, source),
    );
    const counts = emptyCounts();
    const countOf = { create: 'created', update: 'updated', unchanged: 'unchanged' } as const;
    for (const change of changes) counts[countOf[change.action]] += 1;
    const result = { dryRun: options.dryRun, file, counts, changes: changes.filter((c) => c.action !== 'unchanged') };
    if (options.dryRun) return result;

    const sourceId = source?.id ?? (await tx.insert(Publication, { id: crypto.randomUUID(), ...sourceFacts }));
    await write(tx, result.changes, String(sourceId), asOf, options.progress);
    appendAuditRecord(tx, actor, {
      action: 'seats.import',
      entityType: 'WardSeat',
      entityId: actor.requestId.slice(0, 60),
      province: null,
      before: null,
      after: { file, unitsOn, asOf, source: sourceFacts, counts },
    });
    return result;
  };
  // The dry run reads only; the fork is dropped with whatever it loaded.
  return options.dryRun ? run(em.fork()) : em.transactional(run);
}

function compare(
  row: SeatRow,
  ward: Ward,
  seat: WardSeat | undefined,
  asOf: string,
  source: Publication | null,
): SeatChange {
  const { line, latitude, longitude, areaKm2, population } = row;
  const values = { latitude, longitude, areaKm2, population };
  const base = { line, ward: { id: ward.id, code: ward.code, name: ward.name }, values };
  if (!seat) return { ...base, action: 'create', before: null };
  const before = {
    latitude: seat.latitude,
    longitude: seat.longitude,
    areaKm2: seat.areaKm2,
    population: seat.population,
  };
  const same =
    (Object.keys(values) as (keyof typeof values)[]).every((key) => values[key] === before[key]) &&
    seat.asOf === asOf &&
    seat.source.id === source?.id;
  return { ...base, action: same ? 'unchanged' : 'update', before };
}

async function write(
  tx: EntityManager,
  changes: SeatChange[],
  sourceId: string,
  asOf: string,
  progress: ProgressSink | undefined,
): Promise<void> {
  let done = 0;
  const fields = (change: SeatChange) => ({ ...change.values, asOf, source: sourceId });
  for (const batch of chunked(
    changes.filter((change) => change.action === 'create'),
    BATCH,
  )) {
    await tx.insertMany(
      WardSeat,
      batch.map((change) => ({ id: crypto.randomUUID(), ward: change.ward.id, ...fields(change) })),
    );
    done += batch.length;
    progress?.('writing seats', done, changes.length);
  }
  for (const change of changes.filter((c) => c.action === 'update')) {
    await tx.nativeUpdate(WardSeat, { ward: change.ward.id }, fields(change));
    progress?.('writing seats', ++done, changes.length);
  }
}

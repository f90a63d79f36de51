import { argon2Sync, createHash } from 'node:crypto';
import { Random } from './random.js';
import type { CommuneRow, ProvinceRow } from './reference-lists.js';
import { TABLES, type Row, type RowSink, type TableName } from './tables.js';

export type GenerateOptions = {
  seed: number;
  /** Today in Vietnam (`YYYY-MM-DD`): histories end before it, figures end with the month before. */
  today: string;
  provinces: ProvinceRow[];
  communes: CommuneRow[];
  /** Monthly figures per ward and scheme, ending with the last full month. */
  months: number;
  /** Years of targets, ending with this year. */
  targetYears: number;
  /** Synthetic provinces for the scaling runs, by number of wards. */
  scalingSizes: number[];
  /** Called after each province, for progress. */
  onProgress?: (done: number, total: number) => void;
};

export type ScalingProvince = { code: string; wards: number };
/** API tokens of the generated accounts: the admin, and the director of each official province. */
export type BenchTokens = { admin: string; directors: Record<string, string> };
export type GenerateSummary = {
  rows: Record<TableName, number>;
  scalingProvinces: ScalingProvince[];
  tokens: BenchTokens;
};

/** Every generated account's password, so a person can also sign in to a kept benchmark database. */
export const BENCH_PASSWORD = 'tripartite-bench';

const DAY = 86_400_000;
const REORGANISED_ON = '2025-07-01';
const SCHEMES = ['VOLUNTARY_SOCIAL_INSURANCE', 'HOUSEHOLD_HEALTH_INSURANCE'] as const;
/** Two-digit codes no provincial unit has ever had: the synthetic provinces never clash with real ones. */
const SCALING_CODES = ['90', '97', '98', '99', '95', '94'];
/** Synthetic wards take five-digit codes above every official one (the highest is in the 32000s). */
const FIRST_SYNTHETIC_WARD_CODE = 40_000;

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Quốc', 'Thanh', 'Hữu', 'Ngọc', 'Đức', 'Thu', 'Hoàng'];
const GIVEN = [
  'An',
  'Bình',
  'Châu',
  'Dũng',
  'Hạnh',
  'Hùng',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Phúc',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trung',
  'Tuấn',
  'Vy',
  'Yến',
];

type Status = 'DRAFTING' | 'AWAITING_SIGNATURES' | 'SIGNED' | 'TERMINATED' | 'EXPIRED';
type WardInfo = {
  id: string;
  code: string;
  fullName: string;
  agencyId: string;
  agencyName: string;
  postOfficeId: string;
};

function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
function msOf(day: string, hourUtc = 2): number {
  return Date.parse(`${day}T${String(hourUtc).padStart(2, '0')}:00:00.000Z`);
}
function lastDayOfMonth(year: number, month: number): string {
  return dayOf(Date.UTC(year, month, 0));
}

/** Buffers rows per table and hands them to the sink in chunks. */
class Writer {
  readonly counts = {} as Record<TableName, number>;
  private readonly buffers = new Map<TableName, Row[]>();
  constructor(
    private readonly sink: RowSink,
    private readonly chunk = 20_000,
  ) {}
  async add(table: TableName, row: Row): Promise<void> {
    let buffer = this.buffers.get(table);
    if (!buffer) this.buffers.set(table, (buffer = []));
    buffer.push(row);
    this.counts[table] = (this.counts[table] ?? 0) + 1;
    if (buffer.length >= this.chunk) await this.flush();
  }
  /** Every table, parents first (the order of TABLES), so foreign keys always find their rows. */
  async flush(): Promise<void> {
    for (const name of Object.keys(TABLES) as TableName[]) {
      const rows = this.buffers.get(name);
      if (rows && rows.length > 0) {
        this.buffers.set(name, []);
        await this.sink.insert(name, rows);
      }
    }
  }
}

/**
 * Generates the country: the official provinces and communes of 2025, their agencies and post
 * offices, agreements in every status with histories of about five changes, five years of
 * targets and ten years of monthly participation figures per ward and scheme; then synthetic
 * provinces of the requested sizes. Rows go to the sink in dependency order (parents first).
 */
export async function generateCountry(sink: RowSink, options: GenerateOptions): Promise<GenerateSummary> {
  const random = new Random(options.seed);
  const writer = new Writer(sink);
  const todayMs = msOf(options.today);
  const year = Number(options.today.slice(0, 4));

  const publicationId = random.uuid();
  await writer.add('publication', [
    publicationId,
    'Báo cáo số liệu phát triển người tham gia (dữ liệu đo hiệu năng)',
    'Tripartite benchmark generator',
    null,
    null,
  ]);

  const scalingProvinces = options.scalingSizes.map((wards, index) => ({
    code: SCALING_CODES[index]!,
    wards,
  }));
  const units: { province: ProvinceRow; communes: CommuneRow[]; synthetic: boolean }[] = options.provinces.map(
    (province) => ({
      province,
      communes: options.communes.filter((commune) => commune.provinceCode === province.code),
      synthetic: false,
    }),
  );
  let nextWardCode = FIRST_SYNTHETIC_WARD_CODE;
  for (const { code, wards } of scalingProvinces) {
    const province: ProvinceRow = {
      code,
      name: `Tỉnh thử ${wards} xã`,
      fullName: `Tỉnh Tỉnh thử ${wards} xã`,
      nameEn: `Synthetic province of ${wards} communes`,
      kind: 'PROVINCE',
    };
    const communes = Array.from({ length: wards }, (_, i) => {
      const number = nextWardCode++;
      const name = `${random.pick(GIVEN)} ${random.pick(GIVEN)} ${i + 1}`;
      return {
        code: String(number),
        name,
        fullName: `Xã ${name}`,
        nameEn: `Commune ${i + 1}`,
        kind: 'COMMUNE' as const,
        provinceCode: code,
      };
    });
    units.push({ province, communes, synthetic: true });
  }

  let agreementSequence = 0;
  const provincialAgencies = new Map<string, string>();
  for (const [unitIndex, { province, communes, synthetic }] of units.entries()) {
    const provinceId = random.uuid();
    await writer.add('province', [
      provinceId,
      province.code,
      province.name,
      province.fullName,
      province.nameEn,
      province.kind,
      REORGANISED_ON,
      null,
      null,
    ]);
    const provincialAgencyId = random.uuid();
    const provincialPostOfficeId = random.uuid();
    if (!synthetic) provincialAgencies.set(province.code, provincialAgencyId);
    await writer.add('agency', [
      provincialAgencyId,
      `BHXH-${province.code}`,
      `Bảo hiểm xã hội ${province.fullName}`,
      provinceId,
      `Toàn ${province.fullName}`,
      REORGANISED_ON,
      null,
      'PROVINCIAL',
      null,
    ]);
    await writer.add('post_office', [
      provincialPostOfficeId,
      `BD-${province.code}`,
      `Bưu điện ${province.fullName}`,
      provinceId,
      `Toàn ${province.fullName}`,
      REORGANISED_ON,
      null,
      'PROVINCIAL',
      null,
    ]);

    // Grassroots agencies serve about twelve wards each, post offices about ten.
    const wards: WardInfo[] = [];
    let agency = { id: '', name: '' };
    let postOfficeId = '';
    for (const [index, commune] of communes.entries()) {
      const wardId = random.uuid();
      await writer.add('ward', [
        wardId,
        commune.code,
        commune.name,
        commune.fullName,
        commune.nameEn,
        commune.kind,
        provinceId,
        REORGANISED_ON,
        null,
      ]);
      if (index % 12 === 0) {
        agency = { id: random.uuid(), name: `Bảo hiểm xã hội cơ sở ${commune.name}` };
        await writer.add('agency', [
          agency.id,
          `BHXH-${province.code}-${index / 12 + 1}`,
          agency.name,
          provinceId,
          `Khu vực ${commune.fullName} và lân cận`,
          REORGANISED_ON,
          null,
          'GRASSROOTS',
          provincialAgencyId,
        ]);
      }
      if (index % 10 === 0) {
        postOfficeId = random.uuid();
        await writer.add('post_office', [
          postOfficeId,
          `BD-${province.code}-${index / 10 + 1}`,
          `Bưu điện ${commune.fullName}`,
          provinceId,
          `Khu vực ${commune.fullName} và lân cận`,
          REORGANISED_ON,
          null,
          'COMMUNE',
          provincialPostOfficeId,
        ]);
      }
      await writer.add('agency_served_ward', [agency.id, wardId]);
      await writer.add('post_office_served_ward', [postOfficeId, wardId]);
      wards.push({
        id: wardId,
        code: commune.code,
        fullName: commune.fullName,
        agencyId: agency.id,
        agencyName: agency.name,
        postOfficeId,
      });
    }

    for (const ward of wards) {
      for (const agreement of agreementsOfWard(random, ward, options.today, todayMs)) {
        agreementSequence += 1;
        // A distinct millisecond per agreement keeps "newest first" free of ties.
        const createdAt = agreement.steps[0]!.at + (agreementSequence % 1000);
        const last = agreement.steps.at(-1)!;
        await writer.add('agreement', [
          agreement.id,
          agreement.status === 'DRAFTING'
            ? null
            : `${agreementSequence}/${dayOf(createdAt).slice(0, 4)}/HĐ-BHXH-BĐ-${ward.code}`,
          ward.id,
          ward.agencyId,
          ward.postOfficeId,
          agreement.status,
          agreement.signedOn,
          agreement.effectiveFrom,
          agreement.effectiveTo,
          random.next() < 0.1 ? 'Ghi chú: phối hợp tuyên truyền tại tổ dân phố.' : null,
          agreement.steps.length,
          createdAt,
          Math.max(createdAt, last.at),
        ]);
        for (const [index, step] of agreement.steps.entries()) {
          await writer.add('agreement_status_change', [
            random.uuid(),
            agreement.id,
            index + 1,
            index === 0 ? null : agreement.steps[index - 1]!.to,
            step.to,
            index === 0 ? createdAt : step.at,
            step.to === 'SIGNED' || step.to === 'AWAITING_SIGNATURES'
              ? `Phòng Quản lý thu, ${ward.agencyName}`
              : `Bưu điện, điều phối viên ${ward.code}`,
            step.note,
          ]);
        }
        const parties = [
          ['PEOPLES_COMMITTEE', `Chủ tịch UBND ${ward.fullName}`],
          ['SOCIAL_INSURANCE_AGENCY', 'Giám đốc'],
          ['POST_OFFICE', 'Giám đốc'],
        ] as const;
        for (const [party, title] of parties) {
          await writer.add('agreement_signatory', [
            random.uuid(),
            agreement.id,
            party,
            `${random.pick(FAMILY)} ${random.pick(MIDDLE)} ${random.pick(GIVEN)}`,
            title,
            agreement.signedOn,
          ]);
        }
      }
    }

    if (!synthetic) await figuresAndTargets(writer, random, { provinceId, wards, publicationId, year, options });
    options.onProgress?.(unitIndex + 1, units.length);
  }
  const tokens = await accountsAndTokens(writer, random, provincialAgencies, msOf(options.today));
  await writer.flush();
  return { rows: writer.counts, scalingProvinces, tokens };
}

/**
 * An admin and one director per province (its provincial agency's), each with an API token, as a
 * national deployment has. The API needs a signed-in viewer for every query; the benchmark reads
 * as the director of the province it asks about and writes as the admin.
 */
async function accountsAndTokens(
  writer: Writer,
  random: Random,
  provincialAgencies: Map<string, string>,
  now: number,
): Promise<BenchTokens> {
  // Node's own argon2id with the server's parameters and format (a fixed salt: deterministic data).
  const salt = Buffer.from(random.uuid().replace(/-/g, ''), 'hex');
  const key = argon2Sync('argon2id', {
    message: BENCH_PASSWORD,
    nonce: salt,
    memory: 19_456,
    passes: 2,
    parallelism: 1,
    tagLength: 32,
  });
  const base64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');
  const passwordHash = `$argon2id$v=19$m=19456,t=2,p=1$${base64(salt)}$${base64(key)}`;
  const tokenOf = async (accountId: string, name: string): Promise<string> => {
    const bytes = Buffer.alloc(32);
    for (let i = 0; i < 32; i++) bytes[i] = random.int(0, 255);
    const token = `trp_${bytes.toString('base64url')}`;
    const secretHash = createHash('sha256').update(token).digest('hex');
    await writer.add('api_token', [
      random.uuid(),
      accountId,
      name,
      token.slice(0, 8),
      secretHash,
      now,
      null,
      null,
      null,
    ]);
    return token;
  };
  const adminId = random.uuid();
  await writer.add('account', [
    adminId,
    'bench.admin@tripartite.local',
    'Quản trị viên (đo hiệu năng)',
    passwordHash,
    'ADMIN',
    null,
    null,
    true,
    now,
    null,
  ]);
  const tokens: BenchTokens = { admin: await tokenOf(adminId, 'benchmark'), directors: {} };
  for (const [code, agencyId] of provincialAgencies) {
    const id = random.uuid();
    await writer.add('account', [
      id,
      `bench.director.${code}@tripartite.local`,
      `Giám đốc BHXH ${code} (đo hiệu năng)`,
      passwordHash,
      'DIRECTOR',
      agencyId,
      null,
      true,
      now,
      null,
    ]);
    tokens.directors[code] = await tokenOf(id, 'benchmark');
  }
  return tokens;
}

type Step = { to: Status; at: number; note: string | null };
type GeneratedAgreement = {
  id: string;
  status: Status;
  signedOn: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  steps: Step[];
};

/**
 * A ward's agreements: about one in five had an earlier one that ended before the 2025
 * reorganisation; today's agreement is signed for most wards and at every other status for the
 * rest (about 38% lack a signed agreement in effect, 4% never had one).
 */
function agreementsOfWard(random: Random, ward: WardInfo, today: string, todayMs: number): GeneratedAgreement[] {
  const result: GeneratedAgreement[] = [];
  if (random.next() < 0.2) {
    const start = msOf('2019-01-01') + random.int(0, 1400) * DAY;
    result.push(agreement(random, random.next() < 0.5 ? 'TERMINATED' : 'EXPIRED', start, msOf('2025-06-30'), today));
  }
  const r = random.next();
  if (r < 0.04) return result;
  const reorganised = msOf(REORGANISED_ON);
  const start = reorganised + random.int(0, Math.max(0, Math.floor((todayMs - reorganised) / DAY) - 120)) * DAY;
  const kind =
    r < 0.66
      ? 'SIGNED'
      : r < 0.69
        ? 'FUTURE'
        : r < 0.71
          ? 'LAPSED'
          : r < 0.83
            ? 'AWAITING_SIGNATURES'
            : r < 0.91
              ? 'DRAFTING'
              : r < 0.96
                ? 'TERMINATED'
                : 'EXPIRED';
  result.push(agreement(random, kind, start, todayMs - DAY, today));
  // Newest first is by creation: the earlier agreement must be older.
  return result;
}

function agreement(
  random: Random,
  kind: Status | 'FUTURE' | 'LAPSED',
  start: number,
  end: number,
  today: string,
): GeneratedAgreement {
  const status: Status = kind === 'FUTURE' || kind === 'LAPSED' ? 'SIGNED' : kind;
  // Drafts go back and forth before signing: 0–2 returns, so histories are about five changes long.
  const returns = random.next() < 0.3 ? 0 : random.next() < 0.6 ? 1 : 2;
  const path: Status[] = ['DRAFTING'];
  for (let i = 0; i < returns; i++) path.push('AWAITING_SIGNATURES', 'DRAFTING');
  if (status !== 'DRAFTING') path.push('AWAITING_SIGNATURES');
  if (status !== 'DRAFTING' && status !== 'AWAITING_SIGNATURES') path.push('SIGNED');
  if (status === 'TERMINATED' || status === 'EXPIRED') path.push(status);

  const span = Math.max(path.length * DAY, end - start);
  const gaps = path.map(() => 1 + random.next() * 4);
  const scale = span / gaps.reduce((a, b) => a + b, 0);
  let at = start;
  const steps: Step[] = path.map((to, index) => {
    if (index > 0) at += Math.max(DAY, Math.floor(gaps[index]! * scale * (status === 'SIGNED' ? 0.25 : 0.9)));
    at = Math.min(at, end);
    const returned = to === 'DRAFTING' && index > 0;
    return { to, at: at + random.int(0, 8) * 3_600_000, note: returned ? 'Trả lại để sửa điều khoản phối hợp.' : null };
  });
  const signedStep = steps.find((step) => step.to === 'SIGNED');
  const signedOn = signedStep ? dayOf(signedStep.at) : null;
  let effectiveFrom = signedOn;
  let effectiveTo: string | null = null;
  if (kind === 'FUTURE') effectiveFrom = dayOf(msOf(today) + random.int(5, 40) * DAY);
  if (kind === 'LAPSED') effectiveTo = dayOf(msOf(today) - random.int(1, 20) * DAY);
  if (status === 'SIGNED' && kind === 'SIGNED' && random.next() < 0.3) {
    effectiveTo = dayOf(msOf(today) + random.int(200, 900) * DAY);
  }
  if (status === 'TERMINATED' || status === 'EXPIRED') effectiveTo = dayOf(steps.at(-1)!.at - DAY);
  if (effectiveTo !== null && effectiveFrom !== null && effectiveTo < effectiveFrom) effectiveTo = effectiveFrom;
  return { id: random.uuid(), status, signedOn, effectiveFrom, effectiveTo, steps };
}

/** Ten years of monthly stock figures per ward and scheme, and five years of targets. */
async function figuresAndTargets(
  writer: Writer,
  random: Random,
  context: { provinceId: string; wards: WardInfo[]; publicationId: string; year: number; options: GenerateOptions },
): Promise<void> {
  const { options, year } = context;
  const todayYear = Number(options.today.slice(0, 4));
  const todayMonth = Number(options.today.slice(5, 7));
  // Months from oldest to the last full one, as [year, month 1–12].
  const months: [number, number][] = [];
  for (let i = options.months; i >= 1; i--) {
    const index = todayYear * 12 + (todayMonth - 1) - i;
    months.push([Math.floor(index / 12), (index % 12) + 1]);
  }
  const firstTargetYear = year - options.targetYears + 1;
  const provinceTargets = new Map<string, number>();
  for (const ward of context.wards) {
    for (const scheme of SCHEMES) {
      let stock = scheme === 'VOLUNTARY_SOCIAL_INSURANCE' ? random.int(30, 600) : random.int(1500, 15000);
      const yearEnd = new Map<number, number>();
      for (const [y, m] of months) {
        stock = Math.max(0, Math.round(stock * (1 + (random.next() - 0.35) * 0.03)));
        const periodEnd = lastDayOfMonth(y, m);
        yearEnd.set(y, stock);
        await writer.add('participation_figure', [
          random.uuid(),
          scheme,
          'PARTICIPANTS_AT_PERIOD_END',
          null,
          ward.id,
          `${y}-${String(m).padStart(2, '0')}-01`,
          periodEnd,
          stock,
          null,
          context.publicationId,
          msOf(periodEnd) + random.int(5, 12) * DAY,
          null,
        ]);
      }
      for (let y = firstTargetYear; y <= year; y++) {
        const base = yearEnd.get(y - 1) ?? yearEnd.get(y) ?? stock;
        const total = Math.max(1, Math.round(base * (1.05 + random.next() * 0.2)));
        const retained = scheme === 'HOUSEHOLD_HEALTH_INSURANCE' ? Math.round(total * 0.9) : null;
        await writer.add('target', [
          random.uuid(),
          scheme,
          y,
          null,
          ward.id,
          total,
          retained,
          retained === null ? null : total - retained,
          context.publicationId,
        ]);
        const key = `${scheme}|${y}`;
        provinceTargets.set(key, (provinceTargets.get(key) ?? 0) + total);
      }
    }
  }
  for (const [key, sum] of provinceTargets) {
    const [scheme, y] = key.split('|') as [string, string];
    const total = Math.max(100, Math.round(sum / 100) * 100);
    const retained = scheme === 'HOUSEHOLD_HEALTH_INSURANCE' ? Math.round(total * 0.9) : null;
    await writer.add('target', [
      random.uuid(),
      scheme,
      Number(y),
      context.provinceId,
      null,
      total,
      retained,
      retained === null ? null : total - retained,
      context.publicationId,
    ]);
  }
}

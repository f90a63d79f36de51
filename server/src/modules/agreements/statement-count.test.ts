import { AGREEMENTS_PAGE_QUERY, DASHBOARD_QUERY } from '@tripartite/bench/tripartite-documents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { testDialects } from '../../test-support/test-databases.js';
import { DEFAULT_QUERY_LIMITS } from '../../http/query-limits.js';
import { createSyntheticProvince } from '../../test-support/synthetic-province.js';
import { createMergedProvinceAtScale } from '../../test-support/merged-units.js';
import {
  GENERAL_HEADLINE,
  GENERAL_PROVINCE_WARDS,
  PLAIN_HEADLINE,
  PLAIN_PROVINCE_WARDS,
} from '../../test-support/plain-read-queries.js';

const HEADLINE = `query ($code: String!) {
  wardsLackingSignedAgreement(provinceCode: $code) {
    code name signingStatus
    currentAgreement { status agency { name } postOffice { name } signatories { name } }
  }
}`;

const NESTED = `query ($code: String!) {
  province(code: $code) {
    signingProgress { signed }
    predecessors { code }
    targets(year: 2026) { achievedParticipants wardsReporting }
    wards {
      code
      province { code }
      servingAgency { name level }
      servingPostOffice { name level }
      currentAgreement {
        status
        agency { name parent { name } }
        postOffice { name }
        history { sequence toStatus changedAt }
        signatories { party name }
      }
    }
  }
}`;

/** The same on a past day, when standing is read from each agreement's status history. */
const NESTED_PAST = `query ($code: String!) {
  province(code: $code) {
    signingProgress(asOf: "2026-01-01") { signed drafting }
    wards(asOf: "2026-01-01", signingStatus: [DRAFTING, AWAITING_SIGNATURES, SIGNED]) {
      code
      signingStatus(asOf: "2026-01-01")
      currentAgreement(asOf: "2026-01-01") { status history { toStatus } }
    }
  }
}`;

/** The headline query where wards were merged: statuses, predecessors' agreements and their parties. */
const HEADLINE_MERGED = `query ($code: String!) {
  wardsLackingSignedAgreement(provinceCode: $code) {
    code signingStatus
    currentAgreement { status }
    predecessorAgreements { status ward { code } agency { name } postOffice { name } signatories { name } }
  }
}`;

const WORKLIST = `query ($code: String!) {
  resigningWorklist(provinceCode: $code) {
    code signingStatus predecessorAgreements { ward { code } signatories { name } }
  }
}`;

/** Every ward's figures and targets summed through the wards merged into it. */
const THROUGH_MERGES = `query ($code: String!) {
  province(code: $code) {
    wards {
      participationTotals(year: 2025) { participants }
      targets(year: 2025) { scheme }
      predecessors { code }
    }
  }
}`;

/** The year's forecast of each target, from every ward's monthly figures. */
const FORECAST = `query ($code: String!) {
  province(code: $code) {
    targets(year: 2026) { target { forecast { achieved projected low high monthly { participants } } } }
  }
}`;

/** Every open agreement (idle 0 days or more), with its ward and who changed it last. */
const STALLED = `query ($code: String!) {
  stalledAgreements(provinceCode: $code, idleDays: 0) { status daysIdle lastChangedBy ward { code } agreement { id } }
}`;

/** The drive week by week, replayed from every agreement's history. */
const OVER_TIME = `query ($code: String!) {
  province(code: $code) { signingOverTime { since totalWards weeks { weekStart signings wardsLacking } } }
}`;

const MERGED_SMALL = { current: '94', old: ['95', '96'] as [string, string], wardCount: 10 };
const MERGED_LARGE = { current: '97', old: ['98', '99'] as [string, string], wardCount: 1_000 };

const SMALL = { code: '90', wardCount: 10 };
const LARGE = { code: '91', wardCount: 1_000 };

/**
 * No N+1: the number of SQL statements a query costs must not grow with the number of wards.
 * Each query is measured on a 10-ward and a 1,000-ward province and the counts compared.
 */
describe.each(testDialects)('SQL statements per query do not grow with the number of wards, on %s', (dialect) => {
  let api: TestServer;
  const statements: string[] = [];
  const lacking = new Map<string, number>();

  beforeAll(async () => {
    api = await startTestServer(dialect, {
      seedDemoData: false,
      statementSink: (statement) => statements.push(statement),
      // Statements, not the cost limit, are under test: every ward's totals and targets through
      // merges is priced at about 440,000 rows (600 wards, each up to 8 predecessors' figures).
      guards: { limits: { ...DEFAULT_QUERY_LIMITS, maxCost: 1_000_000 } },
    });
    const em = api.database.orm.em.fork();
    for (const options of [SMALL, LARGE]) {
      lacking.set(options.code, (await createSyntheticProvince(em, options)).lackingCount);
    }
    for (const { wardCount, ...codes } of [MERGED_SMALL, MERGED_LARGE]) {
      await createMergedProvinceAtScale(em, codes, wardCount);
    }
  }, 180_000);
  afterAll(async () => {
    await api.close();
  });

  async function countStatements(
    query: string,
    code: string,
    variables: Record<string, unknown> = {},
  ): Promise<{ count: number; data: unknown }> {
    statements.length = 0;
    const result = await api.graphql(query, code ? { code, ...variables } : variables);
    expect(result.errors).toBeUndefined();
    return { count: statements.filter((statement) => /\b(select|with)\b/i.test(statement)).length, data: result.data };
  }

  it('the headline query costs the same few statements for 10 wards as for 1,000', async () => {
    const small = await countStatements(HEADLINE, SMALL.code);
    const large = await countStatements(HEADLINE, LARGE.code);
    const lackingLarge = (large.data as { wardsLackingSignedAgreement: unknown[] }).wardsLackingSignedAgreement;
    expect(lackingLarge).toHaveLength(lacking.get(LARGE.code)!);
    expect(lackingLarge).toHaveLength(800);
    expect(large.count).toBe(small.count);
    // Who asks (the API token), then one statement: the lacking wards with exactly the selected
    // columns of their current agreements, parties and signatories (ward-standing-rows.ts).
    expect(small.count).toBe(2);
  });

  it('the headline query from plain rows answers exactly what the general path answers', async () => {
    for (const code of [SMALL.code, LARGE.code, MERGED_SMALL.current, MERGED_LARGE.current]) {
      const plain = await countStatements(PLAIN_HEADLINE, code);
      const general = await countStatements(GENERAL_HEADLINE, code);
      const { wardsLackingSignedAgreement: wards } = general.data as { wardsLackingSignedAgreement: object[] };
      expect(wards.length).toBeGreaterThan(0);
      expect(plain.data).toEqual({
        wardsLackingSignedAgreement: wards.map((ward) => {
          const { __typename, ...fields } = ward as { __typename: string };
          expect(__typename).toBe('Ward');
          return fields;
        }),
      });
      expect(plain.count).toBe(2);
      expect(general.count).toBeGreaterThan(2);
    }
  });

  it('a province’s wards from plain rows answer exactly what the general path answers, filters included', async () => {
    const filters = [
      {},
      { search: 'xa thu 1' },
      { statuses: ['NOT_STARTED', 'NEEDS_RESIGNING', 'DRAFTING'] },
      { search: 'THỬ 2', statuses: ['SIGNED', 'AWAITING_SIGNATURES'] },
    ];
    // Every filter on the small provinces; on the 1,000-ward ones (slow on the general path) two.
    const cases = [SMALL.code, MERGED_SMALL.current, LARGE.code, MERGED_LARGE.current].flatMap((code, index) =>
      (index < 2 ? filters : [filters[0]!, filters[3]!]).map((filter) => ({ code, filter })),
    );
    for (const { code, filter } of cases) {
      const plain = await countStatements(PLAIN_PROVINCE_WARDS, code, filter);
      const general = await countStatements(GENERAL_PROVINCE_WARDS, code, filter);
      const { wards } = (general.data as { province: { wards: object[] } }).province;
      if (Object.keys(filter).length === 0) {
        expect(wards.length).toBeGreaterThan(0);
        expect(general.count).toBeGreaterThan(3);
      }
      expect(plain.data).toEqual({
        province: {
          wards: wards.map((ward) => {
            const { __typename, ...fields } = ward as { __typename: string };
            expect(__typename).toBe('Ward');
            return fields;
          }),
        },
      });
      // Who asks, province, its wards with their agreements, parties and signatories.
      expect(plain.count).toBe(3);
    }
  }, 120_000);

  it('every province’s wards cost the same few statements however many provinces and wards there are', async () => {
    // Only columns: every province's wards with their signing status is priced above the cost limit.
    const all = await countStatements('{ provinces { code wards { code name kind } } }', '');
    const { provinces } = all.data as { provinces: { code: string; wards: unknown[] }[] };
    expect(provinces.find((province) => province.code === LARGE.code)?.wards).toHaveLength(LARGE.wardCount);
    expect(provinces.find((province) => province.code === SMALL.code)?.wards).toHaveLength(SMALL.wardCount);
    // Who asks, the provinces, then one statement for all their wards.
    expect(all.count).toBe(3);
  });

  it('the director’s dashboard costs the same few statements for 10 wards as for 1,000', async () => {
    // The director's dashboard as the bench sends it.
    const asked = (code: string) => countStatements(DASHBOARD_QUERY, '', { provinceCode: code, year: 2026 });
    const small = await asked(SMALL.code);
    const large = await asked(LARGE.code);
    type Dashboard = {
      province: { signingProgress: { totalWards: number }; targets: { achievedParticipants: number }[] };
      wardsLackingSignedAgreement: unknown[];
    };
    const dashboard = large.data as Dashboard;
    expect(dashboard.province.signingProgress.totalWards).toBe(LARGE.wardCount);
    expect(dashboard.province.targets[0]!.achievedParticipants).toBe(5 * LARGE.wardCount);
    expect(dashboard.wardsLackingSignedAgreement).toHaveLength(lacking.get(LARGE.code)!);
    expect(large.count).toBe(small.count);
    // Who asks, province, its wards' standings (one read for the lacking wards and the signing
    // progress: shared-province-standings.ts), its targets with the units merged into it and each
    // target's stock figures of the year (its province's own, its wards' summed per period in the
    // database: provinceStockFiguresJson).
    expect(small.count).toBe(4);
  });

  it('the dashboard’s shared read of the wards answers exactly what two reads answer', async () => {
    // `@include(if: true)` on the province turns the look-ahead off: the progress reads its own rows.
    const apart = DASHBOARD_QUERY.replace(
      'province(code: $provinceCode)',
      'province(code: $provinceCode) @include(if: true)',
    );
    expect(apart).not.toBe(DASHBOARD_QUERY);
    for (const code of [SMALL.code, LARGE.code, MERGED_SMALL.current, MERGED_LARGE.current]) {
      const shared = await countStatements(DASHBOARD_QUERY, '', { provinceCode: code, year: 2026 });
      const separate = await countStatements(apart, '', { provinceCode: code, year: 2026 });
      const { province } = separate.data as { province: { signingProgress: { totalWards: number } } };
      expect(province.signingProgress.totalWards).toBeGreaterThan(0);
      expect(shared.data).toEqual(separate.data);
      expect(separate.count).toBe(shared.count + 1);
    }
  });

  it('a page of 50 agreements with parties, signatories and history costs the same for 10 agreements as for 1,000', async () => {
    // The page as the bench sends it.
    const asked = (code: string) => countStatements(AGREEMENTS_PAGE_QUERY, '', { provinceCode: code, first: 50 });
    const small = await asked(SMALL.code);
    const large = await asked(LARGE.code);
    type Page = {
      agreements: { totalCount: number; edges: { node: { history: unknown[]; signatories: unknown[] } }[] };
    };
    const page = (large.data as Page).agreements;
    expect(page.totalCount).toBe(LARGE.wardCount);
    expect(page.edges).toHaveLength(50);
    expect(page.edges.every(({ node }) => node.history.length >= 1 && node.signatories.length === 3)).toBe(true);
    expect((small.data as Page).agreements.edges).toHaveLength(SMALL.wardCount);
    expect(large.count).toBe(small.count);
    // Who asks (the API token), then one statement: the page with its ward, parties, signatories,
    // history and the total count (agreement-page-rows.ts).
    expect(small.count).toBe(2);
  });

  it('province → wards → agreement → agency, post office, history costs the same for 10 wards as for 1,000', async () => {
    const small = await countStatements(NESTED, SMALL.code);
    const large = await countStatements(NESTED, LARGE.code);
    const wards = (large.data as { province: { wards: { currentAgreement: { history: unknown[] } }[] } }).province
      .wards;
    expect(wards).toHaveLength(1_000);
    expect(wards.every((ward) => ward.currentAgreement.history.length >= 1)).toBe(true);
    expect(large.count).toBe(small.count);
    // One query per kind of row, never per ward: who asks (the API token), province, predecessors,
    // targets with the units merged into it and their stock figures of the year (the province's own
    // and its wards' sums, one statement), signingProgress (one statement of plain
    // rows), wards, agreements, signing agencies and post offices, history, signatories, and for the
    // serving agency and post office each: the offices given the wards, those offices, the provincial units.
    expect(small.count).toBe(17);
  });

  it('judging a past day from status history costs the same for 10 wards as for 1,000', async () => {
    const small = await countStatements(NESTED_PAST, SMALL.code);
    const large = await countStatements(NESTED_PAST, LARGE.code);
    const { wards } = (large.data as { province: { wards: unknown[] } }).province;
    expect(wards.length).toBeGreaterThan(0);
    expect(large.count).toBe(small.count);
    // Who asks, province, wards, agreements, their histories.
    expect(small.count).toBe(5);
  });

  it('target forecasts cost the same few statements for 10 wards as for 1,000', async () => {
    const small = await countStatements(FORECAST, SMALL.code);
    const large = await countStatements(FORECAST, LARGE.code);
    type Forecasts = { province: { targets: { target: { forecast: { achieved: number; monthly: unknown[] } } }[] } };
    const [target] = (large.data as Forecasts).province.targets;
    expect(target!.target.forecast.achieved).toBe(5 * LARGE.wardCount);
    expect(target!.target.forecast.monthly).toHaveLength(2);
    expect(large.count).toBe(small.count);
    // Who asks, province, targets with the units merged into it and their stock figures of the year
    // (for the progress: the province's own and its wards' sums, one statement), then the
    // forecast's own two.
    expect(small.count).toBe(5);
  });

  it('stalled agreements cost the same few statements for 10 wards as for 1,000', async () => {
    const small = await countStatements(STALLED, SMALL.code);
    const large = await countStatements(STALLED, LARGE.code);
    const rows = (large.data as { stalledAgreements: { status: string }[] }).stalledAgreements;
    expect(rows).toHaveLength((LARGE.wardCount * 2) / 5);
    expect(large.count).toBe(small.count);
    // Who asks, province, open agreements with their wards, their histories, their audit records.
    expect(small.count).toBe(5);
  });

  it('the signing drive over time costs the same few statements for 10 wards as for 1,000', async () => {
    const small = await countStatements(OVER_TIME, SMALL.code);
    const large = await countStatements(OVER_TIME, LARGE.code);
    type OverTime = { province: { signingOverTime: { totalWards: number; weeks: unknown[] } } };
    const overTime = (large.data as OverTime).province.signingOverTime;
    expect(overTime.totalWards).toBe(LARGE.wardCount);
    expect(overTime.weeks.length).toBeGreaterThan(0);
    expect(large.count).toBe(small.count);
    // Who asks, province, its wards, every status change of their agreements.
    expect(small.count).toBe(4);
  });

  it('the headline query with merged wards and their predecessors’ agreements costs the same for 10 wards as for 1,000', async () => {
    const small = await countStatements(HEADLINE_MERGED, MERGED_SMALL.current);
    const large = await countStatements(HEADLINE_MERGED, MERGED_LARGE.current);
    type Lacking = { signingStatus: string; predecessorAgreements: { signatories: unknown[] }[] };
    const wards = (large.data as { wardsLackingSignedAgreement: Lacking[] }).wardsLackingSignedAgreement;
    expect(wards).toHaveLength(1_000);
    expect(wards.filter((ward) => ward.signingStatus === 'NEEDS_RESIGNING')).toHaveLength(666);
    expect(wards.every((ward) => ward.predecessorAgreements.length === 2)).toBe(true);
    expect(wards[0]!.predecessorAgreements[0]!.signatories).toHaveLength(1);
    expect(large.count).toBe(small.count);
    // Who asks, province, lacking wards, their agreements, their predecessors (one join over the
    // succession table), the predecessors' agreements, their agencies, post offices and signatories.
    expect(small.count).toBe(9);
  });

  it('the re-signing worklist costs the same for 10 wards as for 1,000', async () => {
    const small = await countStatements(WORKLIST, MERGED_SMALL.current);
    const large = await countStatements(WORKLIST, MERGED_LARGE.current);
    expect((large.data as { resigningWorklist: unknown[] }).resigningWorklist).toHaveLength(1_000);
    expect(large.count).toBe(small.count);
    // Who asks, province, its wards, their agreements, their predecessors, the predecessors' agreements, signatories.
    expect(small.count).toBe(7);
  });

  it('figures and targets summed through merged wards cost the same for 10 wards as for 1,000', async () => {
    const small = await countStatements(THROUGH_MERGES, MERGED_SMALL.current);
    const large = await countStatements(THROUGH_MERGES, MERGED_LARGE.current);
    type Wards = { province: { wards: { predecessors: unknown[] }[] } };
    const wards = (large.data as Wards).province.wards;
    expect(wards).toHaveLength(1_000);
    expect(wards.every((ward) => ward.predecessors.length === 2)).toBe(true);
    expect(large.count).toBe(small.count);
    // Who asks, province, wards, their predecessors (shared by the three fields), the predecessors'
    // predecessors (none: the walk stops), figures, targets.
    expect(small.count).toBe(7);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { testDialects } from '../../test-support/test-databases.js';
import { GENERAL_PAGE, PLAIN_PAGE } from '../../test-support/plain-page-queries.js';

type Page = {
  agreements: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; status: string; ward: { code: string } } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
};

const PAGE = `query ($filter: AgreementFilter, $first: Int, $after: String) {
  agreements(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { id status ward { code } } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

describe.each(testDialects)('the agreements connection, on %s', (dialect) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(dialect);
  });
  afterAll(async () => {
    await api.close();
  });

  it('pages through every agreement of a province exactly once, with the total count', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const result: { data?: Page | null } = await api.graphql<Page>(PAGE, {
        filter: { provinceCode: '79' },
        first: 50,
        after,
      });
      const connection = result.data!.agreements;
      // 168 wards, two of which have no agreement yet.
      expect(connection.totalCount).toBe(166);
      expect(connection.pageInfo.hasPreviousPage).toBe(pages > 0);
      seen.push(...connection.edges.map((edge) => edge.node.id));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(4);
    expect(seen).toHaveLength(166);
    expect(new Set(seen).size).toBe(166);
  });

  it('filters by status, agency and post office', async () => {
    const byStatus = await api.graphql<Page>(PAGE, { filter: { statuses: ['AWAITING_SIGNATURES', 'DRAFTING'] } });
    expect(byStatus.data?.agreements.totalCount).toBe(8);
    expect(new Set(byStatus.data?.agreements.edges.map((edge) => edge.node.status))).toEqual(
      new Set(['AWAITING_SIGNATURES', 'DRAFTING']),
    );

    const ids = await api.graphql<{ ward: { agreements: { agency: { id: string }; postOffice: { id: string } }[] } }>(
      '{ ward(code: "26743") { agreements { agency { id } postOffice { id } } } }',
    );
    const first = ids.data!.ward.agreements[0]!;
    const byParties = await api.graphql<Page>(PAGE, {
      filter: { agencyId: first.agency.id, postOfficeId: first.postOffice.id, statuses: ['SIGNED'] },
    });
    expect(byParties.data?.agreements.totalCount).toBe(156);
    const nobody = await api.graphql<Page>(PAGE, { filter: { agencyId: '00000000-0000-4000-8000-000000000000' } });
    expect(nobody.data?.agreements.totalCount).toBe(0);
    expect(nobody.data?.agreements.edges).toEqual([]);
  });

  it('refuses a page size out of range, a mangled cursor and a malformed id, naming the argument', async () => {
    const tooMany = await api.graphql(PAGE, { first: 101 });
    expect(tooMany.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    const mangled = await api.graphql(PAGE, { after: 'not-a-cursor' });
    expect(mangled.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    // Well-formed but forged: the right encoding, the wrong values.
    const forged = Buffer.from(JSON.stringify(['x', 'y'])).toString('base64url');
    const forgedResult = await api.graphql(PAGE, { after: forged });
    expect(forgedResult.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    const badId = await api.graphql(PAGE, { filter: { agencyId: 'BHXH-79' } });
    expect(badId.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.agencyId' });
    const badProvince = await api.graphql(PAGE, { filter: { provinceCode: '7' } });
    expect(badProvince.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.provinceCode' });
  });

  it('reads one agreement with its ordered history, and says NOT_FOUND for an unknown id', async () => {
    const list = await api.graphql<Page>(PAGE, { filter: { statuses: ['TERMINATED'] } });
    const id = list.data!.agreements.edges[0]!.node.id;
    const result = await api.graphql<{
      agreement: {
        status: string;
        version: number;
        inEffect: boolean;
        history: { sequence: number; fromStatus: string | null; toStatus: string }[];
      };
    }>(`{ agreement(id: "${id}") { status version inEffect history { sequence fromStatus toStatus } } }`);
    expect(result.data?.agreement).toEqual({
      status: 'TERMINATED',
      version: 1, // one write: the seed recorded its whole history at once
      inEffect: false,
      history: [
        { sequence: 1, fromStatus: null, toStatus: 'DRAFTING' },
        { sequence: 2, fromStatus: 'DRAFTING', toStatus: 'AWAITING_SIGNATURES' },
        { sequence: 3, fromStatus: 'AWAITING_SIGNATURES', toStatus: 'SIGNED' },
        { sequence: 4, fromStatus: 'SIGNED', toStatus: 'TERMINATED' },
      ],
    });
    const unknown = await api.graphql('{ agreement(id: "00000000-0000-4000-8000-000000000000") { id } }');
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});

type FullPage = {
  agreements: {
    __typename?: string;
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: unknown[];
  };
};

describe.each(testDialects)('a page of agreements from plain rows, on %s', (dialect) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(dialect);
  });
  afterAll(async () => {
    await api.close();
  });

  /** Walks every page of a filter both ways and compares each answer field for field. */
  async function compareEveryPage(filter: Record<string, unknown> | null, first: number): Promise<number> {
    let after: string | null = null;
    let pages = 0;
    do {
      const variables: Record<string, unknown> = { filter, first, after };
      const plain: { data?: FullPage | null; errors?: unknown } = await api.graphql<FullPage>(PLAIN_PAGE, variables);
      const general = await api.graphql<FullPage>(GENERAL_PAGE, variables);
      expect(plain.errors).toBeUndefined();
      expect(general.errors).toBeUndefined();
      const { __typename, ...generalPage } = general.data!.agreements;
      expect(__typename).toBe('AgreementConnection');
      expect(plain.data!.agreements).toEqual(generalPage);
      after = plain.data!.agreements.pageInfo.hasNextPage ? plain.data!.agreements.pageInfo.endCursor : null;
      pages++;
    } while (after);
    return pages;
  }

  it('answers exactly what the general path answers, page after page, for each filter', async () => {
    expect(await compareEveryPage({ provinceCode: '79' }, 50)).toBe(4);
    expect(await compareEveryPage(null, 100)).toBeGreaterThan(1);
    expect(await compareEveryPage({ statuses: ['TERMINATED', 'EXPIRED', 'DRAFTING'] }, 3)).toBeGreaterThan(1);
    expect(await compareEveryPage({ statuses: [] }, 10)).toBe(1);
    const { data } = await api.graphql<{
      agreements: { nodes: { agency: { id: string }; postOffice: { id: string } }[] };
    }>('{ agreements(first: 1) { nodes { agency { id } postOffice { id } } } }');
    const [{ agency, postOffice }] = data!.agreements.nodes as [{ agency: { id: string }; postOffice: { id: string } }];
    expect(
      await compareEveryPage({ provinceCode: '79', agencyId: agency.id, postOfficeId: postOffice.id }, 40),
    ).toBeGreaterThan(1);
  });

  it('says the same errors as the general path: an unknown province, a malformed one', async () => {
    for (const provinceCode of ['00', '7']) {
      const plain = await api.graphql(PLAIN_PAGE, { filter: { provinceCode }, first: 5 });
      const general = await api.graphql(GENERAL_PAGE, { filter: { provinceCode }, first: 5 });
      expect(plain.errors?.[0]?.extensions).toEqual(general.errors?.[0]?.extensions);
      expect(plain.errors?.[0]?.message).toBe(general.errors?.[0]?.message);
    }
  });
});

/**
 * Shapes the floor's rows into the API's exact answer. Kept to what SQL cannot do well on both
 * databases: Vietnamese alphabetical order, and dates and JSON as each driver returns them.
 */
const vietnamese = new Intl.Collator('vi');
const byName = (a: { name: string }, b: { name: string }) => vietnamese.compare(a.name, b.name);

type SqlRow = Record<string, unknown>;
const json = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);
const instant = (value: unknown): string =>
  value instanceof Date ? value.toISOString() : new Date(Number(value)).toISOString();

export function signingStatusOf(row: SqlRow, day: string): string {
  if (row['agreement_id'] == null) return 'NOT_STARTED';
  // Only wards without a signed agreement in effect reach here.
  if (row['status'] === 'SIGNED' && (row['effective_from'] == null || (row['effective_from'] as string) > day)) {
    return 'SIGNED_NOT_YET_IN_EFFECT';
  }
  if (row['status'] === 'AWAITING_SIGNATURES' || row['status'] === 'DRAFTING') return row['status'] as string;
  return 'NOT_STARTED';
}

export function headlineAnswer(rows: SqlRow[], day: string): unknown {
  const wards = rows.map((row) => ({
    code: row['code'],
    name: row['name'] as string,
    kind: row['kind'],
    signingStatus: signingStatusOf(row, day),
    currentAgreement:
      row['agreement_id'] == null
        ? null
        : {
            status: row['status'],
            referenceNumber: row['reference_number'],
            effectiveFrom: row['effective_from'],
            effectiveTo: row['effective_to'],
            agency: { code: row['agency_code'], name: row['agency_name'] },
            postOffice: { code: row['post_office_code'], name: row['post_office_name'] },
            signatories: json(row['signatories']),
          },
  }));
  return { data: { wardsLackingSignedAgreement: wards.sort(byName) } };
}

export function dashboardAnswer(rows: SqlRow[]): unknown {
  const row = rows[0];
  if (!row) return { data: null };
  const counts = new Map(
    (json(row['progress']) as { status: string; count: number }[]).map((c) => [c.status, Number(c.count)]),
  );
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const signed = counts.get('SIGNED') ?? 0;
  const targets = (json(row['targets']) as Record<string, number | string | null>[]).map((t) => {
    const achieved = t['achievedParticipants'] == null ? null : Number(t['achievedParticipants']);
    return {
      scheme: t['scheme'],
      target: {
        totalParticipants: t['totalParticipants'],
        retainedParticipants: t['retainedParticipants'],
        newParticipants: t['newParticipants'],
      },
      achievedParticipants: achieved,
      achievedOn: t['achievedOn'] ?? null,
      achievedBasis: achieved === null ? null : 'SUM_OF_WARD_FIGURES',
      wardsReporting: t['wardsReporting'] == null ? null : Number(t['wardsReporting']),
      fractionReached: achieved === null ? null : achieved / (t['totalParticipants'] as number),
    };
  });
  const lacking = (json(row['lacking']) as { code: string; name: string; status: string }[])
    .map((ward) => ({ code: ward.code, name: ward.name, signingStatus: ward.status }))
    .sort(byName);
  return {
    data: {
      province: {
        code: row['code'],
        name: row['name'],
        signingProgress: {
          totalWards: total,
          signed,
          signedNotYetInEffect: counts.get('SIGNED_NOT_YET_IN_EFFECT') ?? 0,
          awaitingSignatures: counts.get('AWAITING_SIGNATURES') ?? 0,
          drafting: counts.get('DRAFTING') ?? 0,
          notStarted: counts.get('NOT_STARTED') ?? 0,
          fractionSigned: total === 0 ? 0 : signed / total,
        },
        targets,
      },
      wardsLackingSignedAgreement: lacking,
    },
  };
}

export function agreementsPageAnswer(rows: SqlRow[], first: number): unknown {
  const page = rows.slice(0, first);
  return {
    data: {
      agreements: {
        totalCount: rows.length === 0 ? 0 : Number(rows[0]!['total_count']),
        pageInfo: { hasNextPage: rows.length > first },
        edges: page.map((row) => ({
          node: {
            id: row['id'],
            referenceNumber: row['reference_number'],
            status: row['status'],
            signedOn: row['signed_on'],
            effectiveFrom: row['effective_from'],
            effectiveTo: row['effective_to'],
            version: row['version'],
            createdAt: instant(row['created_at']),
            ward: { code: row['ward_code'], name: row['ward_name'] },
            agency: { code: row['agency_code'], name: row['agency_name'] },
            postOffice: { code: row['post_office_code'], name: row['post_office_name'] },
            signatories: json(row['signatories']),
            history: json(row['history']),
          },
        })),
      },
    },
  };
}

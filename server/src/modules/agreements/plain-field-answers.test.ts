import { GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../../graphql/build-schema.js';
import { PLAIN_STANDING, type PlainAgreement, type PlainWard } from './ward-standing-rows.js';

/*
 * The hot reads' plain rows answer their signing fields and relations at once, without
 * TypeGraphQL (which built an entity from every row and answered with a promise): graphql-js then
 * completes a 10,000-ward answer synchronously. Measured: allocation per 10,000-ward headline
 * 318–420 → 119–132 MiB on PostgreSQL.
 */
describe('fields of plain rows', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildApiSchema();
  });
  const resolverOf = (type: string, field: string) => {
    const object = schema.getType(type);
    if (!(object instanceof GraphQLObjectType)) throw new Error(type);
    const resolve = object.getFields()[field]!.resolve!;
    return (root: object, args: Record<string, unknown> = {}) =>
      resolve(root, args, {}, {} as GraphQLResolveInfo) as unknown;
  };
  const agency = { code: '79001', name: 'BHXH Thành phố Hồ Chí Minh' };
  const signatories = [{ party: 'PEOPLES_COMMITTEE', name: 'Nguyễn Văn A', title: 'Chủ tịch', signedOn: null }];
  const agreement = {
    [PLAIN_STANDING]: true,
    id: 'a1',
    status: 'SIGNED',
    signedOn: '2025-08-01',
    effectiveFrom: '2025-08-01',
    effectiveTo: null,
    agency,
    signatories,
  } as PlainAgreement;
  const ward = {
    id: 'w1',
    name: 'Phường Sài Gòn',
    validFrom: '2025-07-01',
    validTo: null,
    [PLAIN_STANDING]: { status: 'SIGNED', current: agreement, provinceId: 'p79' },
  } as PlainWard;

  it('answers a plain ward’s signing status and current agreement as they are, not as promises', () => {
    expect(resolverOf('Ward', 'signingStatus')(ward)).toBe('SIGNED');
    expect(resolverOf('Ward', 'currentAgreement')(ward)).toBe(agreement);
  });

  it('answers a plain agreement’s parties and signatories from its row', () => {
    expect(resolverOf('Agreement', 'agency')(agreement)).toBe(agency);
    expect(resolverOf('Agreement', 'signatories')(agreement)).toBe(signatories);
    expect(resolverOf('Agreement', 'history')(agreement)).toEqual([]);
  });

  it('leaves a past day to the resolver, which judges it from the agreements', async () => {
    const answer = resolverOf('Ward', 'signingStatus')(ward, { asOf: '2025-01-01' });
    expect(answer).toBeInstanceOf(Promise);
    // Without a request's context the resolver cannot read the agreements; that it tried is the point.
    await (answer as Promise<unknown>).catch(() => undefined);
  });
});

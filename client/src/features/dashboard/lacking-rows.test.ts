import { describe, expect, it } from 'vitest';
import { filterRows, sharedOffices, toRows } from './lacking-rows';

const agreement = (status: 'DRAFTING' | 'AWAITING_SIGNATURES' | 'SIGNED', updatedAt: string) => ({
  id: `a-${status}`,
  status,
  updatedAt,
  agency: { id: 'g', name: 'Bảo hiểm xã hội Thành phố Hồ Chí Minh' },
  postOffice: { id: 'p', name: 'Bưu điện Thành phố Hồ Chí Minh' },
});

const rows = toRows(
  [
    {
      id: '1',
      code: '26743',
      name: 'Bến Thành',
      kind: 'WARD',
      signingStatus: 'AWAITING_SIGNATURES',
      population: { inhabitants: 71_875 },
      currentAgreement: agreement('AWAITING_SIGNATURES', '2026-11-20T12:00:00Z'),
    },
    {
      id: '2',
      code: '27664',
      name: 'Cần Giờ',
      kind: 'COMMUNE',
      signingStatus: 'DRAFTING',
      population: { inhabitants: 27_130 },
      currentAgreement: agreement('DRAFTING', '2026-11-25T11:00:00Z'),
    },
    {
      id: '3',
      code: '26732',
      name: 'Côn Đảo',
      kind: 'SPECIAL_ZONE',
      signingStatus: 'NOT_STARTED',
      population: null,
      currentAgreement: null,
    },
    // Formed by a merger: the wards merged into it had signed; it has not signed its own.
    {
      id: '4',
      code: '26734',
      name: 'Sài Gòn',
      kind: 'WARD',
      signingStatus: 'NEEDS_RESIGNING',
      population: null,
      currentAgreement: null,
    },
  ],
  new Date('2026-11-25T12:00:00Z'),
);

describe('lacking-wards rows', () => {
  it('takes status, parties and days since the last change from the current agreement', () => {
    expect(rows.map((row) => [row.status, row.days, row.postOffice])).toEqual([
      ['AWAITING_SIGNATURES', 5, 'Bưu điện Thành phố Hồ Chí Minh'],
      ['DRAFTING', 0, 'Bưu điện Thành phố Hồ Chí Minh'],
      ['NOT_STARTED', null, null],
      ['NEEDS_RESIGNING', null, null],
    ]);
  });

  it('carries each ward’s population, unknown where none is recorded', () => {
    expect(rows.map((row) => row.population)).toEqual([71_875, 27_130, null, null]);
  });

  it('names a signed agreement not in effect today: not yet, or lapsed', () => {
    const signed = agreement('SIGNED', '2026-11-20T12:00:00Z');
    const [notYet, lapsed] = toRows([
      {
        id: '5',
        code: '1',
        name: 'A',
        kind: 'WARD',
        signingStatus: 'SIGNED_NOT_YET_IN_EFFECT',
        population: null,
        currentAgreement: signed,
      },
      {
        id: '6',
        code: '2',
        name: 'B',
        kind: 'WARD',
        signingStatus: 'NOT_STARTED',
        population: null,
        currentAgreement: signed,
      },
    ]);
    expect([notYet?.status, lapsed?.status]).toEqual(['SIGNED_NOT_YET_IN_EFFECT', 'EXPIRED']);
  });

  it('finds names typed without diacritics or in another case', () => {
    expect(filterRows(rows, 'BEN thanh', null).map((row) => row.name)).toEqual(['Bến Thành']);
    expect(filterRows(rows, 'con dao', null).map((row) => row.name)).toEqual(['Côn Đảo']);
    expect(filterRows(rows, 'c', null)).toHaveLength(2);
  });

  it('finds wards by the start of their code', () => {
    expect(filterRows(rows, '26743', null).map((row) => row.name)).toEqual(['Bến Thành']);
    expect(filterRows(rows, ' 2673', null).map((row) => row.name)).toEqual(['Côn Đảo', 'Sài Gòn']);
    expect(filterRows(rows, '99', null)).toEqual([]);
  });

  it('narrows by status, together with the search', () => {
    expect(filterRows(rows, '', 'NOT_STARTED').map((row) => row.name)).toEqual(['Côn Đảo']);
    expect(filterRows(rows, '', 'NEEDS_RESIGNING').map((row) => row.name)).toEqual(['Sài Gòn']);
    expect(filterRows(rows, 'can', 'AWAITING_SIGNATURES')).toEqual([]);
  });

  it('names the agency and the post office once when every agreement listed has the same', () => {
    expect(sharedOffices(rows)).toEqual({
      agency: 'Bảo hiểm xã hội Thành phố Hồ Chí Minh',
      postOffice: 'Bưu điện Thành phố Hồ Chí Minh',
    });
  });

  it('keeps a party that differs from row to row, or that no agreement names, for the rows to say', () => {
    const otherPostOffice = { ...rows[0]!, postOffice: 'Bưu điện Quận 1' };
    expect(sharedOffices([...rows, otherPostOffice])).toEqual({
      agency: 'Bảo hiểm xã hội Thành phố Hồ Chí Minh',
      postOffice: null,
    });
    expect(sharedOffices(rows.filter((row) => row.agency === null))).toEqual({ agency: null, postOffice: null });
  });
});

import { describe, expect, it } from 'vitest';
import { rowsAsRecorded, rowsUnderCurrentProvinces, sortRows, sumOfRows } from './campaign-rows';

const HCM_2020 = { id: 'p79-2020', code: '79', name: 'Hồ Chí Minh', nameEn: 'Ho Chi Minh' };
const BINH_DUONG = { id: 'p74', code: '74', name: 'Bình Dương', nameEn: 'Binh Duong' };
const SOC_TRANG = { id: 'p94', code: '94', name: 'Sóc Trăng', nameEn: 'Soc Trang' };
const HCM_TODAY = { id: 'p79-2025', code: '79', name: 'Hồ Chí Minh', nameEn: 'Ho Chi Minh' };

describe('campaign rows', () => {
  const recorded = rowsAsRecorded([
    { scheme: 'VOLUNTARY_SOCIAL_INSURANCE', participants: 1221, province: HCM_2020 },
    { scheme: 'HOUSEHOLD_HEALTH_INSURANCE', participants: 9821, province: HCM_2020 },
    { scheme: 'VOLUNTARY_SOCIAL_INSURANCE', participants: 1152, province: BINH_DUONG, note: 'as published' },
    { scheme: 'HOUSEHOLD_HEALTH_INSURANCE', participants: 2774, province: SOC_TRANG },
    // A national total is not a province's row.
    { scheme: 'VOLUNTARY_SOCIAL_INSURANCE', participants: 30269, province: null },
  ]);

  it('puts both schemes of a province on one row, leaving a scheme it has no figure for empty', () => {
    expect(recorded.map((row) => [row.name, row.voluntary, row.household, row.notes])).toEqual([
      ['Hồ Chí Minh', 1221, 9821, []],
      ['Bình Dương', 1152, null, ['as published']],
      ['Sóc Trăng', null, 2774, []],
    ]);
    expect(sumOfRows(recorded)).toEqual({ voluntary: 2373, household: 12595 });
  });

  it('sorts by name in Vietnamese collation, and by figures with empty ones last', () => {
    const byName = sortRows(recorded, { column: 'province', direction: 'ascending' }, (row) => row.name);
    expect(byName.map((row) => row.name)).toEqual(['Bình Dương', 'Hồ Chí Minh', 'Sóc Trăng']);
    // Đ after D in both languages (an English collation puts Đắk Lắk before Dương).
    const withD = [
      ...recorded,
      { ...recorded[0]!, key: 'dl', name: 'Đắk Lắk' },
      { ...recorded[0]!, key: 'dt', name: 'Dương Tơ' },
    ];
    const names = sortRows(withD, { column: 'province', direction: 'ascending' }, (row) => row.name).map((r) => r.name);
    expect(names.indexOf('Dương Tơ')).toBeLessThan(names.indexOf('Đắk Lắk'));
    const byVoluntary = sortRows(recorded, { column: 'voluntary', direction: 'ascending' }, (row) => row.name);
    expect(byVoluntary.map((row) => row.voluntary)).toEqual([1152, 1221, null]);
    const byHousehold = sortRows(recorded, { column: 'household', direction: 'descending' }, (row) => row.name);
    expect(byHousehold.map((row) => row.household)).toEqual([9821, 2774, null]);
  });

  it('keeps, under today’s provinces, which 2020 provinces a row sums', () => {
    const current = rowsUnderCurrentProvinces([
      {
        scheme: 'VOLUNTARY_SOCIAL_INSURANCE',
        participants: 2373,
        province: HCM_TODAY,
        figures: [{ province: HCM_2020 }, { province: BINH_DUONG, note: 'as published' }],
      },
      {
        scheme: 'HOUSEHOLD_HEALTH_INSURANCE',
        participants: 9821,
        province: HCM_TODAY,
        figures: [{ province: HCM_2020 }],
      },
      { scheme: 'HOUSEHOLD_HEALTH_INSURANCE', participants: 5, province: null, figures: [] },
    ]);
    expect(current.map((row) => [row.code, row.voluntary, row.household])).toEqual([
      ['79', 2373, 9821],
      [null, null, 5],
    ]);
    expect(current[0]?.formerProvinces.map((former) => former.name)).toEqual(['Hồ Chí Minh', 'Bình Dương']);
    expect(current[0]?.notes).toEqual(['as published']);
  });
});

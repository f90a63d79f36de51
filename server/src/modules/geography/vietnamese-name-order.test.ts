import { describe, expect, it } from 'vitest';
import { byVietnameseName, MAX_RANKED_NAMES, sortByVietnameseName } from './vietnamese-name-order.js';

const named = (names: string[]) => names.map((name, index) => ({ name, index }));

/** What sorting with the collator, pair by pair, gives: the order the ranks must reproduce. */
const collated = (items: { name: string; index: number }[]) => [...items].sort(byVietnameseName);

const NAMES = [
  'Bến Thành',
  'Bàn Cờ',
  'Cần Giờ',
  'Đa Kao',
  'Dĩ An',
  'An Khánh',
  'Ăn Khê',
  'Âu Cơ',
  'phường 10',
  'Phường 1',
  'Phường 2',
  'Phường 1',
  'Hoà Bình',
  'Hòa Bình',
  // The same name in decomposed form: the collator holds it equal to the composed one.
  'Hòa Bình'.normalize('NFD'),
  'Ô Chợ Dừa',
  'Ơ Chợ',
  'Ưu Điềm',
  'Uyên Hưng',
  'Thủ Đức',
  'Thủ Dầu Một',
  'Xã Đảo Thạnh An',
];

describe('sortByVietnameseName', () => {
  it('gives exactly the collator’s order, ties kept in the order given', () => {
    const items = named(NAMES);
    expect(sortByVietnameseName([...items]).map(({ index }) => index)).toEqual(
      collated(items).map(({ index }) => index),
    );
    // The decomposed and composed forms are different strings the collator holds equal.
    expect(byVietnameseName({ name: 'Hòa Bình' }, { name: 'Hòa Bình'.normalize('NFD') })).toBe(0);
  });

  it('stays exact as names are first seen over several requests, in any order', () => {
    const items = named(NAMES);
    for (let shift = 1; shift < items.length; shift += 5) {
      const batch = [...items.slice(shift), ...items.slice(0, shift)];
      const fresh = named(batch.map(({ name }) => `${name} ${shift}`));
      const mixed = [...batch, ...fresh].reverse();
      expect(sortByVietnameseName([...mixed]).map(({ name }) => name)).toEqual(collated(mixed).map(({ name }) => name));
    }
  });

  it('starts over past its bound and still sorts right', () => {
    const many = named(Array.from({ length: MAX_RANKED_NAMES + 10 }, (_, index) => `Phường ${index}`));
    sortByVietnameseName([...many]);
    const items = named(NAMES);
    expect(sortByVietnameseName([...items]).map(({ index }) => index)).toEqual(
      collated(items).map(({ index }) => index),
    );
  }, 30_000);
});

import { describe, expect, it } from 'vitest';
import { foldVietnamese, matchesVietnameseSearch } from './vietnamese-text.js';

describe('foldVietnamese', () => {
  it('removes tone and vowel marks and reads đ as d', () => {
    expect(foldVietnamese('Bến Thành')).toBe('ben thanh');
    expect(foldVietnamese('Đồng Nai')).toBe('dong nai');
    expect(foldVietnamese('Thủ Đức')).toBe('thu duc');
  });

  it('treats decomposed and precomposed spellings alike', () => {
    // `Hoà` with the tone mark on a, decomposed, against `Hòa` precomposed.
    expect(foldVietnamese('Kha\u0301nh Hoa\u0300')).toBe(foldVietnamese('Khánh Hòa'));
  });

  it('collapses white space', () => {
    expect(foldVietnamese('  Sài   Gòn ')).toBe('sai gon');
  });
});

describe('matchesVietnameseSearch', () => {
  it('finds a ward typed without diacritics', () => {
    expect(matchesVietnameseSearch('Phường Bến Thành', 'ben thanh')).toBe(true);
    expect(matchesVietnameseSearch('Phường Sài Gòn', 'ben thanh')).toBe(false);
  });

  it('matches everything on an empty query', () => {
    expect(matchesVietnameseSearch('Côn Đảo', '  ')).toBe(true);
  });
});

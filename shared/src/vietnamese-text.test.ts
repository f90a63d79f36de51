import { describe, expect, it, vi } from 'vitest';
import { compareVietnameseNames, foldVietnamese, matchesVietnameseSearch } from './vietnamese-text.js';

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

  it('matches every word of the query, in any order', () => {
    expect(matchesVietnameseSearch('Phường Bến Thành', 'thanh ben')).toBe(true);
    expect(matchesVietnameseSearch('Phường Bến Thành', '  Thành   phuong ')).toBe(true);
    expect(matchesVietnameseSearch('Phường Bến Thành', 'ben nghe')).toBe(false);
    expect(matchesVietnameseSearch('Xã Đông Thạnh', 'dong xa')).toBe(true);
  });

  it('matches everything on an empty query', () => {
    expect(matchesVietnameseSearch('Côn Đảo', '  ')).toBe(true);
  });
});

describe('compareVietnameseNames', () => {
  it('orders names the Vietnamese way, not by base letters', () => {
    const names = [
      'Đồng Nai',
      'Ân Thi',
      'Dầu Tiếng',
      'Bình Dương',
      'Ấp Bắc',
      'An Giang',
      'Bến Cát',
      'Phường 10',
      'Phường 2',
    ];
    expect([...names].sort(compareVietnameseNames)).toEqual([
      'An Giang',
      'Ân Thi',
      'Ấp Bắc',
      'Bến Cát',
      'Bình Dương',
      'Dầu Tiếng',
      'Đồng Nai',
      'Phường 2',
      'Phường 10',
    ]);
  });

  it('differs from an English collation, which puts Đ among the Ds', () => {
    const english = ['Đồng Nai', 'Dầu Tiếng', 'Duy Xuyên'].sort(new Intl.Collator('en').compare);
    const vietnamese = ['Đồng Nai', 'Dầu Tiếng', 'Duy Xuyên'].sort(compareVietnameseNames);
    expect(vietnamese).toEqual(['Dầu Tiếng', 'Duy Xuyên', 'Đồng Nai']);
    expect(english).not.toEqual(vietnamese);
  });
});

describe('the collators', () => {
  it('are built on the first comparison, not when the module loads, and then kept', async () => {
    const built = vi.spyOn(Intl, 'Collator');
    try {
      vi.resetModules();
      const text = await import('./vietnamese-text.js');
      expect(built).not.toHaveBeenCalled();
      expect(['Phường 10', 'Đồng Nai', 'Phường 2', 'Dầu Tiếng'].sort(text.compareVietnameseNames)).toEqual([
        'Dầu Tiếng',
        'Đồng Nai',
        'Phường 2',
        'Phường 10',
      ]);
      expect(built).toHaveBeenCalledTimes(1);
      const byKind = text.collatorOnFirstUse('en-GB', { sensitivity: 'base' });
      expect(built).toHaveBeenCalledTimes(1);
      expect(byKind.compare('ward', 'Ward')).toBe(0);
      expect(byKind.compare('commune', 'ward')).toBeLessThan(0);
      expect(built).toHaveBeenCalledTimes(2);
    } finally {
      vi.restoreAllMocks();
    }
  });
});

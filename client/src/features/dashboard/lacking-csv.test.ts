import { describe, expect, it } from 'vitest';
import { csvFileName, toCsv, UTF8_BOM } from './lacking-csv';

describe('toCsv', () => {
  it('starts with the UTF-8 byte-order mark and keeps Vietnamese text as written', () => {
    const csv = toCsv(['Phường/xã', 'Tình trạng'], [['Bến Thành', 'Chờ ký']]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('Phường/xã,Tình trạng\r\nBến Thành,Chờ ký\r\n');
    // The bytes a file gets: EF BB BF, then ế as E1 BA BF.
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(bytes).toString('utf8')).toContain('Bến Thành');
  });

  it('quotes commas, quotes and line breaks, doubling quotes inside', () => {
    const csv = toCsv(['a', 'b', 'c'], [['Bưu điện Sài Gòn, Quận 1', 'Trung tâm "Bến Thành"', 'hai\ndòng']]);
    expect(csv.slice(1).split('\r\n')[1]).toBe('"Bưu điện Sài Gòn, Quận 1","Trung tâm ""Bến Thành""","hai\ndòng"');
  });

  it('writes empty cells for missing values and numbers as digits', () => {
    const csv = toCsv(
      ['Tên', 'Số ngày'],
      [
        ['Côn Đảo', null],
        ['Cần Giờ', 1221],
      ],
    );
    expect(csv.slice(1)).toBe('Tên,Số ngày\r\nCôn Đảo,\r\nCần Giờ,1221\r\n');
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    const csv = toCsv(['x'], [['=HYPERLINK("http://example.com")']]);
    expect(csv.slice(1).split('\r\n')[1]).toBe('"\'=HYPERLINK(""http://example.com"")"');
  });
});

describe('csvFileName', () => {
  it('names the file after the list, the province and the day', () => {
    expect(csvFileName('phuong-xa-chua-ky', '79', new Date(2026, 10, 25, 9, 30))).toBe(
      'phuong-xa-chua-ky-79-2026-11-25.csv',
    );
  });
});

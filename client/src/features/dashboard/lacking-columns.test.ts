import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../lib/format';
import { lackingColumns } from './lacking-columns';
import { LACKING_COLUMNS, PHONE_COLUMN_ORDER, readLackingView } from './lacking-url';

const t = ((key: string) => key) as unknown as TFunction<['dashboard', 'geography']>;
const columnIds = lackingColumns(t, createFormatter('vi')).map((column) => column.accessorKey);

describe("the lacking list's columns", () => {
  it('are all named in LACKING_COLUMNS, in the order shown: the address and the CSV cover every column', () => {
    expect([...LACKING_COLUMNS]).toEqual(columnIds);
  });

  it('keep a sort by population in the address', () => {
    expect(readLackingView(new URLSearchParams('sort=-population')).sorting).toEqual([
      { id: 'population', desc: true },
    ]);
  });

  it('on a phone start with the ward, its status and its days, and lose none', () => {
    expect(PHONE_COLUMN_ORDER.slice(0, 3)).toEqual(['name', 'status', 'days']);
    expect([...PHONE_COLUMN_ORDER].sort()).toEqual([...columnIds].sort());
  });
});

import { describe, expect, it } from 'vitest';
import { readLackingView, writeLackingView } from './lacking-url';

describe('the lacking list in the address', () => {
  it('reads search, status and sort', () => {
    expect(readLackingView(new URLSearchParams('q=bến&status=DRAFTING&sort=-days'))).toEqual({
      search: 'bến',
      status: 'DRAFTING',
      sorting: [{ id: 'days', desc: true }],
    });
    expect(readLackingView(new URLSearchParams('sort=name')).sorting).toEqual([{ id: 'name', desc: false }]);
  });

  it('ignores what it does not know', () => {
    expect(readLackingView(new URLSearchParams('status=SIGNED&sort=-password&x=1'))).toEqual({
      search: '',
      status: null,
      sorting: [],
    });
  });

  it('writes changes back, dropping empty values and keeping other parameters', () => {
    const start = new URLSearchParams('lang=en&q=ben');
    expect(writeLackingView(start, { status: 'NOT_STARTED', sorting: [{ id: 'days', desc: true }] }).toString()).toBe(
      'lang=en&q=ben&status=NOT_STARTED&sort=-days',
    );
    expect(writeLackingView(start, { search: '', status: null, sorting: [] }).toString()).toBe('lang=en');
  });

  it('round-trips', () => {
    const view = {
      search: '26743',
      status: 'AWAITING_SIGNATURES' as const,
      sorting: [{ id: 'postOffice', desc: false }],
    };
    expect(readLackingView(writeLackingView(new URLSearchParams(), view))).toEqual(view);
  });
});

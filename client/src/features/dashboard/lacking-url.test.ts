import { describe, expect, it } from 'vitest';
import { PendingAddressWrites, readLackingView, writeLackingView } from './lacking-url';

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

describe("the list's writes the router shows late", () => {
  /** The hook's bookkeeping, as lacking-wards.tsx does it: what the next change builds on. */
  function listAddress() {
    const pending = new PendingAddressWrites();
    let latest = new URLSearchParams();
    return {
      change(next: Parameters<typeof writeLackingView>[1]) {
        latest = writeLackingView(latest, next);
        pending.wrote(latest);
        return latest;
      },
      routerShows(address: URLSearchParams) {
        if (pending.shown(address)) latest = address;
      },
      get base() {
        return latest.toString();
      },
    };
  }

  it('keeps a cleared search cleared when the router shows the older search after it (the lost clear)', () => {
    const list = listAddress();
    const typed = list.change({ search: '2674' });
    list.change({ search: '' });
    // The router catches up with the first write only now, after the second was written.
    list.routerShows(typed);
    expect(list.change({ status: 'AWAITING_SIGNATURES' }).toString()).toBe('status=AWAITING_SIGNATURES');
  });

  it('builds on the last write once the router has shown it, or on a move made elsewhere', () => {
    const list = listAddress();
    const last = list.change({ search: 'ben' });
    list.routerShows(last);
    expect(list.base).toBe('q=ben');
    // Back, or a shared link: an address the list did not write is the new base.
    list.routerShows(new URLSearchParams('status=DRAFTING'));
    expect(list.change({ search: 'x' }).toString()).toBe('status=DRAFTING&q=x');
  });

  it('takes the router skipping to the last write as having shown the ones before it', () => {
    const list = listAddress();
    list.change({ search: 'a' });
    const last = list.change({ search: 'ab' });
    list.routerShows(last);
    // Nothing left pending: an address from elsewhere now counts again.
    list.routerShows(new URLSearchParams('q=zz'));
    expect(list.base).toBe('q=zz');
  });
});

import type { SortingState } from '@tanstack/react-table';
import { ROW_STATUSES, type RowStatus } from './lacking-rows';

/** The lacking list's columns, as the table names them and in its order: what `?sort=` may name, and the CSV's columns. */
export const LACKING_COLUMNS = [
  'code',
  'name',
  'kind',
  'status',
  'population',
  'agency',
  'postOffice',
  'days',
] as const;
type LackingColumn = (typeof LACKING_COLUMNS)[number];

/**
 * The table's columns on a phone, where only the first three fit the screen: the ward, how far its
 * agreement has got and how long it has been stuck come first; the rest are a sideways scroll away.
 */
export const PHONE_COLUMN_ORDER: readonly LackingColumn[] = [
  'name',
  'status',
  'days',
  'population',
  'code',
  'kind',
  'agency',
  'postOffice',
];

/**
 * What the lacking list shows, kept in the address (`?q=ben&status=DRAFTING&sort=-days`) so a
 * director can bookmark or send it, and Back returns to it. Anything unknown in the address is
 * ignored, never an error.
 */
export type LackingView = { search: string; status: RowStatus | null; sorting: SortingState };

function isColumn(value: string): value is LackingColumn {
  return (LACKING_COLUMNS as readonly string[]).includes(value);
}

function isRowStatus(value: string | null): value is RowStatus {
  return value !== null && (ROW_STATUSES as readonly string[]).includes(value);
}

export function readLackingView(params: URLSearchParams): LackingView {
  const status = params.get('status');
  const sort = params.get('sort') ?? '';
  const column = sort.replace(/^-/, '');
  return {
    search: params.get('q') ?? '',
    status: isRowStatus(status) ? status : null,
    sorting: isColumn(column) ? [{ id: column, desc: sort.startsWith('-') }] : [],
  };
}

/** `params` with `change` applied; empty values leave the address. Other parameters are kept. */
export function writeLackingView(params: URLSearchParams, change: Partial<LackingView>): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string) => (value ? next.set(key, value) : next.delete(key));
  if (change.search !== undefined) set('q', change.search);
  if (change.status !== undefined) set('status', change.status ?? '');
  if (change.sorting !== undefined) {
    const first = change.sorting[0];
    set('sort', first ? `${first.desc ? '-' : ''}${first.id}` : '');
  }
  return next;
}

/**
 * The list's own writes to the address that the router has not shown yet. Under load the router
 * shows them a render or more late, one by one: an older one shown after a newer one was written
 * must not become the base of the next change, or a cleared search comes back when a status is
 * picked right after (seen as q=2674 kept with status=AWAITING_SIGNATURES).
 */
export class PendingAddressWrites {
  private pending: string[] = [];

  wrote(address: URLSearchParams): void {
    this.pending.push(address.toString());
  }

  /**
   * The router shows `address`: true when it is the newest state to build on (our last write, or
   * a move made elsewhere such as Back or a link), false when later writes of ours are still coming.
   */
  shown(address: URLSearchParams): boolean {
    const index = this.pending.indexOf(address.toString());
    if (index === -1) {
      this.pending = [];
      return true;
    }
    this.pending = this.pending.slice(index + 1);
    return this.pending.length === 0;
  }
}

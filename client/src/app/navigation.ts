import type { Role } from '@tripartite/shared';

/** The translation keys of the navigation labels (common namespace, `nav.*`). */
export type NavLabel = 'dashboard' | 'provinces' | 'plan' | 'workspace' | 'campaigns' | 'developers' | 'accounts';

export type NavItem = {
  to: string;
  label: NavLabel;
  roles: readonly Role[];
  /** Other addresses the item stands for (`/plan` leads to `/provinces/79/plan`). */
  activeOn?: RegExp;
};

/**
 * The main navigation, by role. The server stays the authority: hiding a link only spares people
 * pages that would answer FORBIDDEN.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  // Directors see their city; admins and viewers choose a province there.
  { to: '/', label: 'dashboard', roles: ['ADMIN', 'DIRECTOR', 'VIEWER'] },
  { to: '/provinces', label: 'provinces', roles: ['ADMIN', 'VIEWER'] },
  // Their province's forecast, stalled agreements and weekly signings (issue 17).
  { to: '/plan', label: 'plan', roles: ['DIRECTOR'], activeOn: /^\/provinces\/[^/]+\/plan$/ },
  // The wards a coordinator's post office serves; a director's province, ward by ward.
  { to: '/workspace', label: 'workspace', roles: ['DIRECTOR', 'COORDINATOR'] },
  { to: '/campaigns', label: 'campaigns', roles: ['ADMIN', 'DIRECTOR', 'COORDINATOR', 'VIEWER'] },
  { to: '/developers', label: 'developers', roles: ['ADMIN', 'DIRECTOR', 'COORDINATOR', 'VIEWER'] },
  // Creating, disabling and enabling accounts (issue 17).
  { to: '/accounts', label: 'accounts', roles: ['ADMIN'] },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role));
}

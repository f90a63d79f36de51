import type { Role } from '@tripartite/shared';

/** The translation keys of the navigation labels (common namespace, `nav.*`). */
export type NavLabel = 'dashboard' | 'provinces' | 'workspace' | 'campaigns' | 'developers';

export type NavItem = { to: string; label: NavLabel; roles: readonly Role[] };

/**
 * The main navigation, by role. The server stays the authority: hiding a link only spares people
 * pages that would answer FORBIDDEN.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  // Directors see their city; admins and viewers choose a province there.
  { to: '/', label: 'dashboard', roles: ['ADMIN', 'DIRECTOR', 'VIEWER'] },
  { to: '/provinces', label: 'provinces', roles: ['ADMIN', 'VIEWER'] },
  // The wards a coordinator's post office serves; a director's province, ward by ward.
  { to: '/workspace', label: 'workspace', roles: ['DIRECTOR', 'COORDINATOR'] },
  { to: '/campaigns', label: 'campaigns', roles: ['ADMIN', 'DIRECTOR', 'COORDINATOR', 'VIEWER'] },
  { to: '/developers', label: 'developers', roles: ['ADMIN', 'DIRECTOR', 'COORDINATOR', 'VIEWER'] },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role));
}

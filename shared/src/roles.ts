/**
 * Who may do what in Tripartite.
 * - ADMIN: everything, everywhere, including accounts.
 * - DIRECTOR: a social-insurance agency's director: every write within the agency's province
 *   (agreements, targets, participation figures) and its audit trail.
 * - COORDINATOR: a post office's coordinator: creates and advances agreements for the wards its
 *   post office serves, nothing else.
 * - VIEWER: reads, never writes.
 */
export const ROLES = ['ADMIN', 'DIRECTOR', 'COORDINATOR', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

/** The shortest password accepted (NIST SP 800-63B asks at least 8; we ask more for shared offices). */
export const MIN_PASSWORD_LENGTH = 12;
/** Long enough for any passphrase, short enough that hashing it cannot be used to exhaust the server. */
export const MAX_PASSWORD_LENGTH = 200;

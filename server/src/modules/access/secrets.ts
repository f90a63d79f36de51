import { createHash, randomBytes } from 'node:crypto';

/** Session cookies and API tokens carry 256 random bits; the database keeps only their SHA-256. */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** API tokens start with this, so secret scanners and people can recognise a leaked one. */
export const API_TOKEN_PREFIX = 'trp_';

import { DRAFT_PREFIX } from '../../lib/device-data';

/**
 * What a person has typed for an agreement, kept in localStorage until the server accepts it:
 * it survives a failed request, a conflict, going offline, a reload and closing the tab. Keyed by
 * agreement and form, so two agreements' drafts never mix.
 */
const PREFIX = DRAFT_PREFIX;

export function draftKey(form: string, agreementId: string): string {
  return `${PREFIX}.${form}.${agreementId}`;
}

export function readDraft<T extends object>(key: string, fallback: T): T {
  try {
    const stored = localStorage.getItem(key);
    if (!stored) return fallback;
    const parsed: unknown = JSON.parse(stored);
    // Only the fields the form knows, so an old draft of another shape cannot break it.
    return parsed && typeof parsed === 'object' ? { ...fallback, ...pick(parsed, Object.keys(fallback)) } : fallback;
  } catch {
    return fallback;
  }
}

export function saveDraft(key: string, values: object, empty: object): void {
  try {
    if (JSON.stringify(values) === JSON.stringify(empty)) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(values));
  } catch {
    // Storage can be full or disabled: the form still works, the draft only lives in memory.
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // See saveDraft.
  }
}

function pick(source: object, keys: string[]): Record<string, unknown> {
  const entries = Object.entries(source).filter(([key, value]) => keys.includes(key) && typeof value === 'string');
  return Object.fromEntries(entries);
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = join(import.meta.dirname, 'locales');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Resource = { [key: string]: string | Resource };

function read(language: string, namespace: string): Resource {
  return JSON.parse(readFileSync(join(LOCALES, language, namespace), 'utf8')) as Resource;
}

/** Every leaf key with its text; plural forms differ by language (Vietnamese has one), so they fold into the base key. */
function leaves(resource: Resource, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(resource)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') found.set(path.replace(PLURAL_SUFFIX, ''), value);
    else for (const [inner, text] of leaves(value, `${path}.`)) found.set(inner, text);
  }
  return found;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1] ?? '').sort();
}

const namespaces = readdirSync(join(LOCALES, 'vi')).filter((file) => file.endsWith('.json'));

describe('translations', () => {
  it('has the same namespaces in Vietnamese and English', () => {
    expect(readdirSync(join(LOCALES, 'en')).sort()).toEqual([...namespaces].sort());
    expect(namespaces.length).toBeGreaterThan(5);
  });

  it.each(namespaces)('%s: the same keys in both languages, each with the same placeholders, none empty', (file) => {
    const vi = leaves(read('vi', file));
    const en = leaves(read('en', file));
    expect([...en.keys()].sort()).toEqual([...vi.keys()].sort());
    for (const [key, text] of vi) {
      expect(text.trim(), `vi ${file} ${key}`).not.toBe('');
      expect(en.get(key)?.trim(), `en ${file} ${key}`).not.toBe('');
      expect(placeholders(en.get(key) ?? ''), `placeholders of ${file} ${key}`).toEqual(placeholders(text));
    }
  });
});

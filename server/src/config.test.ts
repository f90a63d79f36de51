import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SQLITE_FILE,
  defaultSqliteFile,
  EARLIER_DEFAULT_SQLITE_FILE,
  earlierSqliteLocationWarning,
  loadConfig,
  parseDatabaseUrl,
} from './config.js';

describe('DATABASE_URL', () => {
  it('defaults to the embedded SQLite file under server/data/', () => {
    expect(parseDatabaseUrl(undefined)).toEqual({ dialect: 'sqlite', file: defaultSqliteFile() });
    expect(DEFAULT_SQLITE_FILE).toMatch(/[/\\]server[/\\]data[/\\]tripartite\.sqlite$/);
    expect(defaultSqliteFile(() => false)).toBe(DEFAULT_SQLITE_FILE);
  });

  it('goes on using the file where earlier versions kept it, until it is moved', () => {
    expect(EARLIER_DEFAULT_SQLITE_FILE).not.toBe(DEFAULT_SQLITE_FILE);
    expect(defaultSqliteFile((file) => file === EARLIER_DEFAULT_SQLITE_FILE)).toBe(EARLIER_DEFAULT_SQLITE_FILE);
    // Once both exist (moved, or a new one made since), the new place wins.
    expect(defaultSqliteFile(() => true)).toBe(DEFAULT_SQLITE_FILE);
  });

  it('says how to move a file left where earlier versions kept it, and only then', () => {
    const warning = earlierSqliteLocationWarning({ dialect: 'sqlite', file: EARLIER_DEFAULT_SQLITE_FILE });
    expect(warning).toContain(`to ${DEFAULT_SQLITE_FILE}`);
    expect(warning).toContain(`DATABASE_URL=sqlite:${EARLIER_DEFAULT_SQLITE_FILE}`);
    expect(warning).toMatch(/-wal and -shm/);
    expect(earlierSqliteLocationWarning({ dialect: 'sqlite', file: DEFAULT_SQLITE_FILE })).toBeUndefined();
    expect(earlierSqliteLocationWarning({ dialect: 'sqlite', file: '/tmp/elsewhere.sqlite' })).toBeUndefined();
    expect(earlierSqliteLocationWarning({ dialect: 'postgresql', url: 'postgres://db/x' })).toBeUndefined();
  });

  it('selects PostgreSQL by its URL scheme', () => {
    const url = 'postgres://postgres@127.0.0.1:5432/tripartite';
    expect(parseDatabaseUrl(url)).toEqual({ dialect: 'postgresql', url });
    expect(parseDatabaseUrl('postgresql://db/x').dialect).toBe('postgresql');
  });

  it('accepts sqlite: paths and refuses unknown schemes', () => {
    expect(parseDatabaseUrl('sqlite::memory:')).toEqual({ dialect: 'sqlite', file: ':memory:' });
    expect(parseDatabaseUrl('sqlite:/tmp/x.sqlite')).toEqual({ dialect: 'sqlite', file: '/tmp/x.sqlite' });
    expect(() => parseDatabaseUrl('mysql://localhost/x')).toThrow(/unsupported scheme/);
  });
});

describe('loadConfig', () => {
  it('uses sane defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 4000, seedDemoData: true, environment: 'development' });
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
  });

  it('never seeds demo data in production or by default on PostgreSQL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/x' }).seedDemoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).seedDemoData).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'production', SEED_DEMO_DATA: 'true' })).toThrow(/SEED_DEMO_DATA/);
  });
});

describe('configuration that would expose the server', () => {
  it('refuses TRUST_PROXY=true, which would let clients name their own address', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: false, a hop count/);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({}).trustProxy).toBe(false);
  });

  it('needs NODE_ENV said out loud before listening on a network address', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/NODE_ENV: must be set when HOST \(0\.0\.0\.0\)/);
    expect(loadConfig({ HOST: '0.0.0.0', NODE_ENV: 'development' }).environment).toBe('development');
    expect(loadConfig({ HOST: '127.0.0.1' }).environment).toBe('development');
  });
});

describe('the reminder emails’ settings', () => {
  it('read SMTP_URL and SMTP_FROM, treat an empty SMTP_URL as unset and refuse one without smtp://', () => {
    expect(loadConfig({}).mail).toEqual({ smtpUrl: null, from: 'Tripartite <tripartite@localhost>' });
    expect(loadConfig({ SMTP_URL: '' }).mail.smtpUrl).toBeNull();
    expect(
      loadConfig({ SMTP_URL: 'smtps://nhac:bi%40mat@mail.example.vn:465', SMTP_FROM: 'BHXH <a@example.vn>' }).mail,
    ).toEqual({ smtpUrl: 'smtps://nhac:bi%40mat@mail.example.vn:465', from: 'BHXH <a@example.vn>' });
    expect(() => loadConfig({ SMTP_URL: 'mail.example.vn:587' })).toThrow(/SMTP_URL: an SMTP server as smtp:/);
    expect(() => loadConfig({ SMTP_FROM: 'nobody' })).toThrow(/SMTP_FROM/);
  });
});

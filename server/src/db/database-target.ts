/** Which database to open: a SQLite file (or `:memory:`) or a PostgreSQL server (`DATABASE_URL`, config.ts). */
export type DatabaseTarget = { dialect: 'sqlite'; file: string } | { dialect: 'postgresql'; url: string };

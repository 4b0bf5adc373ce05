/**
 * Opening the store: one SQLite file in WAL mode (readers never block the writer; a killed process leaves the
 * last committed transaction intact), with a busy timeout so two `ingest` processes take turns instead of failing.
 */
import Database from 'better-sqlite3';
import envPaths from 'env-paths';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { migrate } from './migrations.js';

/** `--store`, else `CORROBORATE_STORE`, else `corroborate/store.db` in the user's data folder. */
export function storePath(flag?: string | null): string {
  if (flag) return resolve(flag);
  if (process.env.CORROBORATE_STORE) return resolve(process.env.CORROBORATE_STORE);
  return join(envPaths('corroborate', { suffix: '' }).data, 'store.db');
}

export function openDatabase(path: string, options: { readonly?: boolean } = {}): Database.Database {
  if (!options.readonly) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  db.pragma('busy_timeout = 30000');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a commit survives a killed process; only a power cut may lose the last commits.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // 32 MB of page cache: report ids are hashes, so inserts land all over the indexes; with the default 2 MB
    // a store of 100k reports reads most pages back from disk for every insert.
    db.pragma('cache_size = -32768');
    migrate(db);
  }
  return db;
}

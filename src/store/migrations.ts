/**
 * The store's schema, as ordered migrations. A migration is never edited once released: a change is a new
 * function at the end. `schema_migrations` records which ran, so opening an older store upgrades it in place.
 */
import type Database from 'better-sqlite3';

export type Migration = (db: Database.Database) => void;

export const MIGRATIONS: Migration[] = [
  // 1: reports with versions, stories, grouping features and signatures, feed polling state.
  (db) => {
    db.exec(`
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      -- One row per report (a URL or a file path); its text lives in versions.
      CREATE TABLE reports (
        id TEXT PRIMARY KEY,
        input TEXT NOT NULL,
        url TEXT,
        identity TEXT NOT NULL UNIQUE,
        story TEXT,
        copy_of TEXT,
        copy_score REAL,
        time INTEGER,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        versions INTEGER NOT NULL DEFAULT 1
      );
      CREATE INDEX reports_story ON reports(story);
      CREATE INDEX reports_first_seen ON reports(first_seen);
      -- Every distinct content a report had; n = 1 is the first.
      CREATE TABLE versions (
        report TEXT NOT NULL REFERENCES reports(id),
        n INTEGER NOT NULL,
        hash TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        title TEXT,
        outlet TEXT,
        published_at TEXT,
        article TEXT NOT NULL,
        PRIMARY KEY (report, n)
      );
      CREATE INDEX versions_hash ON versions(hash);
      -- Other names (URLs, paths) under which the same content arrived.
      CREATE TABLE aliases (identity TEXT PRIMARY KEY, report TEXT NOT NULL REFERENCES reports(id));
      CREATE TABLE features (report TEXT PRIMARY KEY REFERENCES reports(id), keys TEXT NOT NULL, minhash BLOB NOT NULL);
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        first_time INTEGER,
        last_time INTEGER,
        size INTEGER NOT NULL,
        merged_into TEXT,
        rev INTEGER NOT NULL
      );
      CREATE INDEX stories_rev ON stories(rev);
      CREATE INDEX stories_last_seen ON stories(last_seen);
      CREATE TABLE df (key TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE fetch_state (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, checked_at TEXT NOT NULL);
      INSERT INTO meta VALUES ('rev', '0'), ('story_seq', '0'), ('df_total', '0');
    `);
  },
  // 2: a report a user moved by hand stays where it was put (the refinement no longer moves it).
  (db) => {
    db.exec('ALTER TABLE reports ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0');
  },
  // 3: fewer pages written per report. In WAL mode every page a transaction changes is written again at its
  // commit, one per index touched, so an index is paid on every report. `reports` gets an integer key `seq`
  // (arrival order; copy detection breaks ties on it) and loses its UNIQUE index on `identity` (the id is a hash
  // of the identity: a look-up by id finds it) and the unused index on `first_seen`; `features` is keyed by
  // `seq` (appended, no index of its own); `stories` loses the index on `last_seen` (listings sort a few
  // thousand rows); the store's revision is the highest `stories.rev` (read from its index), no longer a `meta`
  // row rewritten by every report. `versions` and `aliases` keep referencing reports(id), which stays unique.
  (db) => {
    db.exec(`
      CREATE TABLE reports_v3 (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        input TEXT NOT NULL,
        url TEXT,
        identity TEXT NOT NULL,
        story TEXT,
        copy_of TEXT,
        copy_score REAL,
        time INTEGER,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        versions INTEGER NOT NULL DEFAULT 1,
        pinned INTEGER NOT NULL DEFAULT 0
      );
      INSERT INTO reports_v3 (seq, id, input, url, identity, story, copy_of, copy_score, time, first_seen, last_seen, versions, pinned)
        SELECT rowid, id, input, url, identity, story, copy_of, copy_score, time, first_seen, last_seen, versions, pinned FROM reports ORDER BY rowid;
      CREATE TABLE features_v3 (seq INTEGER PRIMARY KEY, keys TEXT NOT NULL, minhash BLOB NOT NULL);
      INSERT INTO features_v3 (seq, keys, minhash)
        SELECT r.seq, f.keys, f.minhash FROM features f JOIN reports_v3 r ON r.id = f.report ORDER BY r.seq;
      DROP TABLE features;
      DROP TABLE reports;
      ALTER TABLE reports_v3 RENAME TO reports;
      ALTER TABLE features_v3 RENAME TO features;
      CREATE INDEX reports_story ON reports(story);
      DROP INDEX stories_last_seen;
      DELETE FROM meta WHERE key = 'rev';
    `);
  },
];

/**
 * Runs the migrations the store has not seen yet, each in its own transaction. Foreign keys are off meanwhile,
 * as SQLite's procedure for rebuilding a table asks (dropping a parent table would otherwise check, and fail
 * on, the children that the rebuilt table serves again); each migration checks them before it commits.
 */
export function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const done = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  if (MIGRATIONS.every((_, i) => done.has(i + 1))) return;
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) === 1;
  db.pragma('foreign_keys = OFF');
  try {
    runPending(db, done);
  } finally {
    if (foreignKeys) db.pragma('foreign_keys = ON');
  }
}

function runPending(db: Database.Database, done: Set<number>): void {
  MIGRATIONS.forEach((run, i) => {
    const version = i + 1;
    if (done.has(version)) return;
    db.transaction(() => {
      // Another process may have run it between our read and our write lock.
      if (db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(version)) return;
      run(db);
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) throw new Error(`store migration ${version}: ${broken.length} rows break a foreign key`);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?)').run(version, new Date().toISOString());
    }).immediate();
  });
}

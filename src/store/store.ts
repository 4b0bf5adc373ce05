/**
 * The store: reports (with every version of their text), their grouping into stories and their copies, in one
 * SQLite file. Each report is added in one IMMEDIATE transaction, so a killed process loses nothing committed
 * and two processes writing at once take turns. The grouping index lives in memory (src/stories) and is brought
 * up to date from the `rev` counter at the start of each transaction, so it sees what another process wrote.
 */
import type Database from 'better-sqlite3';
import type { Article } from '../doc/types.js';
import { DocumentFrequencies, StoryIndex, type Assignment, type GroupingOptions, type Move, type StoryProfile } from '../stories/index-state.js';
import { COPY_THRESHOLD, bufferToSignature, signatureToBuffer, similarity } from '../stories/minhash.js';
import { CopyIndex } from '../stories/copies.js';
import { openDatabase } from './open.js';
import { prepareReport, type PreparedReport } from './prepare.js';

export type AddStatus = 'new' | 'version' | 'duplicate';

export interface AddResult {
  status: AddStatus;
  report: string;
  story: string | null;
  copyOf: string | null;
}

export interface StoredReport {
  id: string;
  input: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  story: string | null;
  copyOf: string | null;
  firstSeen: string;
  lastSeen: string;
  versions: number;
}

export interface StoryListing {
  id: string;
  title: string | null;
  reports: { id: string; input: string; url: string | null; title: string | null; outlet: string | null; publishedAt: string | null }[];
  firstSeen: string;
  lastSeen: string;
}

export interface StoredVersion {
  n: number;
  seenAt: string;
  article: Article;
}

export { identityOf } from './ids.js';

/** The report's publication time, NaN when it has none: its arrival time says nothing about its event. */
function timeOf(publishedAt: string | null): number {
  return publishedAt ? Date.parse(publishedAt) : NaN;
}

export interface StoreOptions {
  grouping?: Partial<GroupingOptions>;
  readonly?: boolean;
  /** Report document-frequency increments to the file every this many reports (and on close). */
  flushEvery?: number;
}

/** The stories a grouping step wrote to: where reports moved from and to, what stories merged into, and `more`. */
function touchedBy(moved: Move[], merged: { from: string; into: string }[], more: string[] = []): Set<string> {
  const touched = new Set(more);
  for (const m of moved) {
    touched.add(m.from);
    touched.add(m.to);
  }
  for (const m of merged) touched.add(m.into);
  return touched;
}

export class Store {
  readonly db: Database.Database;
  readonly index: StoryIndex;
  private rev = 0;
  private sinceFlush = 0;
  private readonly flushEvery: number;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly copies = new CopyIndex();
  private lastSignature = 0;
  /** Days (since epoch) whose stories were reloaded for an old report, with the index's sweep count then. */
  private readonly loadedDays = new Map<number, number>();

  private constructor(db: Database.Database, options: StoreOptions) {
    this.db = db;
    // The WAL is copied back into the file (and both are synced) every this many pages. At SQLite's default of
    // 1,000 pages that happened every few dozen reports, and the hot pages (meta, story rows, index roots) were
    // written back again each time; 10,000 pages (~40 MB of WAL) syncs ten times less often.
    if (!db.readonly) db.pragma('wal_autocheckpoint = 10000');
    this.runImmediate = db.transaction((fn: () => unknown) => fn());
    this.flushEvery = options.flushEvery ?? 500;
    const df = new DocumentFrequencies();
    this.index = new StoryIndex(options.grouping ?? {}, () => this.nextStoryId(), df);
    this.loadIndex();
  }

  /**
   * Runs `fn` in one BEGIN IMMEDIATE transaction: the write lock is taken first, so the index refresh inside sees
   * every commit of other processes, and a busy store is waited for (busy_timeout) instead of failing midway.
   * The wrapper is built once: better-sqlite3 compiles its BEGIN/COMMIT statements per wrapper.
   */
  private readonly runImmediate: Database.Transaction<(fn: () => unknown) => unknown>;
  private immediate<T>(fn: () => T): T {
    return this.runImmediate.immediate(fn) as T;
  }

  /** A prepared statement, compiled once per store. */
  private q(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) this.statements.set(sql, (st = this.db.prepare(sql)));
    return st;
  }

  static open(path: string, options: StoreOptions = {}): Store {
    return new Store(openDatabase(path, { readonly: options.readonly ?? false }), options);
  }

  private meta(key: string): string {
    return (this.q('SELECT value FROM meta WHERE key = ?').get(key) as { value: string }).value;
  }

  private nextStoryId(): string {
    const n = Number(this.meta('story_seq')) + 1;
    this.q("UPDATE meta SET value = ? WHERE key = 'story_seq'").run(String(n));
    return `s${n}`;
  }

  private loadIndex(): void {
    const df = this.index.df;
    for (const r of this.q('SELECT key, n FROM df').iterate() as Iterable<{ key: string; n: number }>) df.load(r.key, r.n);
    df.total = Number(this.meta('df_total'));
    this.rev = this.storedRev();
    // The most recently active stories, as many as the index keeps in memory.
    const rows = this
      .q('SELECT id FROM stories WHERE merged_into IS NULL AND size > 0 ORDER BY last_seen DESC, id LIMIT ?')
      .all(this.index.options.maxActive) as { id: string }[];
    for (const r of rows.reverse()) this.loadStory(r.id);
    // The stories left in the store: a report dated within the window of one of them reloads its day's stories.
    const left = this
      .q('SELECT max(last_time) AS last FROM (SELECT last_time FROM stories WHERE merged_into IS NULL AND size > 0 ORDER BY last_seen DESC, id LIMIT -1 OFFSET ?)')
      .get(this.index.options.maxActive) as { last: number | null };
    if (left.last !== null) this.index.forgotten(left.last);
    this.loadSignatures(this.copies.capacity);
  }

  private loadStory(id: string): void {
    const row = this.q('SELECT first_time, last_time FROM stories WHERE id = ?').get(id) as { first_time: number | null; last_time: number | null } | undefined;
    if (!row) return;
    const profile: StoryProfile = { id, keys: new Map(), unit: new Map(), members: new Map(), first: row.first_time ?? Infinity, last: row.last_time ?? -Infinity };
    const members = this
      .q('SELECT r.id, r.time, r.pinned, f.keys FROM reports r JOIN features f ON f.seq = r.seq WHERE r.story = ? ORDER BY r.seq')
      .all(id) as { id: string; time: number | null; pinned: number; keys: string }[];
    this.index.drop(id);
    for (const m of members) {
      // The same strongest keys a member keeps when it is grouped in memory, so a reloaded story scores alike.
      const keys = this.index.memberOf({ keys: new Map(Object.entries(JSON.parse(m.keys) as Record<string, number>)), words: 0 });
      this.index.addMember(profile, { id: m.id, keys, time: m.time ?? NaN });
      if (m.pinned) this.index.pinned.add(m.id);
    }
    if (profile.members.size > 0) this.index.put(profile);
  }

  /**
   * A report older than the index's horizon may belong to a story that left memory for its age: the stories
   * active around its time come back from the store first (once per day of such reports until the next sweep).
   */
  private loadTime(time: number): void {
    if (!(time < this.index.horizon)) return;
    const day = Math.floor(time / 86_400_000);
    if (this.loadedDays.get(day) === this.index.sweeps) return;
    this.loadedDays.set(day, this.index.sweeps);
    const { window } = this.index.options;
    const rows = this
      .q('SELECT id FROM stories WHERE merged_into IS NULL AND size > 0 AND last_time >= ? AND first_time <= ? ORDER BY id')
      .all(day * 86_400_000 - window, (day + 1) * 86_400_000 + window) as { id: string }[];
    for (const r of rows) if (!this.index.stories.has(r.id)) this.loadStory(r.id);
  }

  /** Brings the in-memory index up to date with what other processes committed. Call inside a write transaction. */
  private refresh(): boolean {
    const rev = this.storedRev();
    if (rev === this.rev) return false;
    const changed = this.q('SELECT id, merged_into FROM stories WHERE rev > ? ORDER BY rev').all(this.rev) as { id: string; merged_into: string | null }[];
    for (const s of changed) {
      if (s.merged_into) this.index.drop(s.id);
      else this.loadStory(s.id);
    }
    this.rev = rev;
    return true;
  }

  /**
   * The store's revision: the highest `rev` of a story row, read from the end of the `stories_rev` index. Every
   * change to stories writes at least one story row with a new, higher rev, so this moves whenever they change;
   * kept in `meta` it cost one more page written per report.
   */
  private storedRev(): number {
    return (this.q('SELECT coalesce(max(rev), 0) AS rev FROM stories').get() as { rev: number }).rev;
  }

  /** Call after `refresh()` in the same write transaction: `this.rev` is then the stored one. */
  private bumpRev(): number {
    return ++this.rev;
  }

  /** Writes the stories an assignment touched, and the reports it moved. */
  private persistStories(ids: Set<string>, title: string | null, merged: { from: string; into: string }[], moved: Move[] = []): void {
    const rev = this.bumpRev();
    // A story merged into one that was itself merged later ends in the last one.
    const into = new Map(merged.map((m) => [m.from, m.into]));
    const finalOf = (id: string): string => {
      let x = id;
      for (let i = 0; i < merged.length && into.has(x); i++) x = into.get(x)!;
      return x;
    };
    for (const m of merged) {
      this.q('UPDATE reports SET story = ? WHERE story = ?').run(finalOf(m.from), m.from);
      this.q('UPDATE stories SET merged_into = ?, size = 0, rev = ? WHERE id = ?').run(m.into, rev, m.from);
    }
    // First every moved report to the story it ended in, then the counts: a count taken between two moves
    // would be stale.
    for (const m of moved) {
      const now = this.index.storyOf.get(m.report);
      if (now) this.q('UPDATE reports SET story = ? WHERE id = ?').run(now, m.report);
    }
    for (const id of ids) {
      const p = this.index.stories.get(id);
      const agg = this.q('SELECT count(*) AS n, min(first_seen) AS a, max(last_seen) AS b FROM reports WHERE story = ?').get(id) as { n: number; a: string | null; b: string | null };
      if (agg.n === 0) {
        this.q('UPDATE stories SET size = 0, merged_into = coalesce(merged_into, ?), rev = ? WHERE id = ?').run(id, rev, id);
        continue;
      }
      if (!p) {
        this.q('UPDATE stories SET size = ?, first_seen = ?, last_seen = ?, rev = ? WHERE id = ?').run(agg.n, agg.a, agg.b, rev, id);
        continue;
      }
      const first = Number.isFinite(p.first) ? p.first : null;
      const last = Number.isFinite(p.last) ? p.last : null;
      this
        .q(
          `INSERT INTO stories (id, title, first_seen, last_seen, first_time, last_time, size, merged_into, rev)
           VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)
           ON CONFLICT(id) DO UPDATE SET first_seen = excluded.first_seen, last_seen = excluded.last_seen,
             first_time = excluded.first_time, last_time = excluded.last_time, size = excluded.size, merged_into = NULL, rev = excluded.rev`,
        )
        .run(id, title ?? this.firstTitle(id), agg.a, agg.b, first, last, agg.n, rev);
    }
  }

  /** The title of a story's earliest report, for a story that a settle or split made (no report arrived with it). */
  private firstTitle(story: string): string | null {
    const row = this.q('SELECT v.title FROM reports r JOIN versions v ON v.report = r.id AND v.n = 1 WHERE r.story = ? ORDER BY r.seq LIMIT 1').get(story) as
      | { title: string | null }
      | undefined;
    return row?.title ?? null;
  }

  private flushDf(): void {
    const { total, counts } = this.index.df.takePending();
    if (total === 0) return;
    const up = this.q('INSERT INTO df (key, n) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET n = n + excluded.n');
    this.immediate(() => {
      for (const [k, n] of counts) up.run(k, n);
      this.q("UPDATE meta SET value = CAST(value AS INTEGER) + ? WHERE key = 'df_total'").run(total);
    });
    this.sinceFlush = 0;
  }

  private findCopy(sig: Uint32Array): { report: string; story: string | null; score: number } | null {
    let best: { report: string; story: string | null; score: number; ref: number } | null = null;
    for (const ref of this.copies.candidates(sig)) {
      const row = this.q('SELECT r.id, f.minhash, r.story, r.copy_of FROM features f JOIN reports r ON r.seq = f.seq WHERE f.seq = ?').get(ref) as
        | { id: string; minhash: Buffer; story: string | null; copy_of: string | null }
        | undefined;
      if (!row) continue;
      const score = similarity(sig, bufferToSignature(row.minhash));
      if (score < COPY_THRESHOLD) continue;
      // Point at the original, not at another copy of it.
      const report = row.copy_of ?? row.id;
      // Equal scores go to the report stored first: arrival order (`seq`), not the clock, which two reports
      // read within one millisecond share.
      if (!best || score > best.score || (score === best.score && ref < best.ref)) best = { report, story: row.story, score, ref };
    }
    return best && { report: best.report, story: best.story, score: best.score };
  }

  /** Signatures stored since the copy index last looked (by this or another process). */
  private loadSignatures(limit = -1): void {
    const rows = this.q('SELECT seq AS ref, minhash FROM features WHERE seq > ? ORDER BY seq DESC LIMIT ?').all(this.lastSignature, limit) as { ref: number; minhash: Buffer }[];
    for (const r of rows.reverse()) {
      this.copies.add(r.ref, bufferToSignature(r.minhash));
      this.lastSignature = Math.max(this.lastSignature, r.ref);
    }
  }

  /**
   * Adds one extracted article: a duplicate of stored content changes nothing, new content under a known
   * identity becomes a new version, anything else is a new report assigned to a story. One transaction.
   */
  add(article: Article, seenAt = new Date().toISOString()): AddResult {
    return this.addPrepared(prepareReport(article), seenAt);
  }

  /** `add` of a report prepared beforehand (on another thread: src/store/prepare-pool.ts). */
  addPrepared(prepared: PreparedReport, seenAt = new Date().toISOString()): AddResult {
    const { article, hash, identity, id, features, keysJson, signature: sig, json: articleJson } = prepared;
    const result = this.immediate((): AddResult => {
        const same = this.q('SELECT report FROM versions WHERE hash = ? LIMIT 1').get(hash) as { report: string } | undefined;
        if (same) {
          this.q('INSERT OR IGNORE INTO aliases (identity, report) VALUES (?, ?)').run(identity, same.report);
          const story = this.q('SELECT story FROM reports WHERE id = ?').get(same.report) as { story: string | null };
          return { status: 'duplicate', report: same.report, story: story.story, copyOf: null };
        }
        // The id is a hash of the identity, so the look-up goes by id (one index less to write per report).
        const known = this.q('SELECT id, identity, versions, story, copy_of FROM reports WHERE id = ?').get(id) as
          | { id: string; identity: string; versions: number; story: string | null; copy_of: string | null }
          | undefined;
        if (known && known.identity !== identity) throw new Error(`report id ${id} is taken by ${known.identity} (hash collision)`);
        if (known) {
          const n = known.versions + 1;
          this
            .q('INSERT INTO versions (report, n, hash, seen_at, title, outlet, published_at, article) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
            .run(known.id, n, hash, seenAt, article.title, article.outlet, article.publishedAt, articleJson);
          this.q('UPDATE reports SET versions = ?, last_seen = ? WHERE id = ?').run(n, seenAt, known.id);
          if (known.story) this.q('UPDATE stories SET last_seen = max(last_seen, ?) WHERE id = ?').run(seenAt, known.story);
          return { status: 'version', report: known.id, story: known.story, copyOf: known.copy_of };
        }
        // Every new report bumps `rev` in its transaction: an unchanged `rev` means no other process stored a
        // signature since this one last looked, and the look-up is skipped.
        if (this.refresh()) this.loadSignatures();
        const time = timeOf(article.publishedAt);
        this.loadTime(time);
        const copy = this.findCopy(sig);
        let assignment: Assignment;
        if (copy?.story && this.index.attach(id, features, time, copy.story)) {
          assignment = { story: copy.story, created: false, score: copy.score, merged: [], moved: [] };
        } else {
          assignment = this.index.assign(id, features, time);
        }
        const touched = touchedBy(assignment.moved, assignment.merged, [assignment.story]);
        // Stored once grouped, with its story: no second write of the row.
        const ref = Number(
          this
            .q('INSERT INTO reports (id, input, url, identity, story, copy_of, copy_score, time, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
            .run(id, article.input, article.url, identity, this.index.storyOf.get(id) ?? assignment.story, copy?.report ?? null, copy?.score ?? null, Number.isFinite(time) ? time : null, seenAt, seenAt)
            .lastInsertRowid,
        );
        this
          .q('INSERT INTO versions (report, n, hash, seen_at, title, outlet, published_at, article) VALUES (?, 1, ?, ?, ?, ?, ?, ?)')
          .run(id, hash, seenAt, article.title, article.outlet, article.publishedAt, articleJson);
        this.q('INSERT INTO features (seq, keys, minhash) VALUES (?, ?, ?)').run(ref, keysJson, signatureToBuffer(sig));
        this.copies.add(ref, sig);
        this.lastSignature = ref;
        this.persistStories(touched, prepared.storyTitle, assignment.merged, assignment.moved);
        return { status: 'new', report: id, story: this.index.storyOf.get(id) ?? assignment.story, copyOf: copy?.report ?? null };
    });
    if (result.status === 'new' && ++this.sinceFlush >= this.flushEvery) this.flushDf();
    return result;
  }

  /**
   * Settles the stories that changed since grouping last settled them (`StoryIndex.settle`: merges the fragments
   * of one event, splits two mixed events) and stores what moved, in one transaction. Grouping settles by itself
   * every `settleEvery` reports; a batch ends with this so that its last reports are settled too.
   */
  settle(): { moved: number; merged: number } {
    return this.immediate(() => {
      this.refresh();
      const { moved, merged } = this.index.settle();
      if (moved.length === 0 && merged.length === 0) return { moved: 0, merged: 0 };
      this.persistStories(touchedBy(moved, merged), null, merged, moved);
      return { moved: moved.length, merged: merged.length };
    });
  }

  /** Moves a report to another story (a user's correction) and pins it there: the grouping will not move it back. */
  move(report: string, story: string): void {
    this.immediate(() => {
        this.refresh();
        const row = this.q('SELECT story FROM reports WHERE id = ?').get(report) as { story: string | null } | undefined;
        if (!row) throw new Error(`no report ${report} in the store`);
        const target = this.q('SELECT id FROM stories WHERE id = ? AND merged_into IS NULL').get(story);
        if (!target) throw new Error(`no story ${story} in the store`);
        if (!this.index.stories.has(story)) this.loadStory(story);
        if (row.story && !this.index.stories.has(row.story)) this.loadStory(row.story);
        this.index.move(report, story);
        this.index.pinned.add(report);
        this.q('UPDATE reports SET story = ?, pinned = 1 WHERE id = ?').run(story, report);
        this.persistStories(new Set([story, ...(row.story ? [row.story] : [])]), null, [], []);
    });
  }

  /** Stories with their reports, newest activity first; `since` (ISO) keeps stories active since then. */
  stories(options: { since?: string | null; limit?: number } = {}): StoryListing[] {
    const rows = this
      .q(`SELECT id, title, first_seen, last_seen FROM stories WHERE merged_into IS NULL AND size > 0 AND last_seen >= ? ORDER BY last_seen DESC, id LIMIT ?`)
      .all(options.since ?? '', options.limit ?? -1) as { id: string; title: string | null; first_seen: string; last_seen: string }[];
    return rows.map((s) => ({
      id: s.id,
      title: s.title,
      reports: this.reports(s.id).map((r) => ({ id: r.id, input: r.input, url: r.url, title: r.title, outlet: r.outlet, publishedAt: r.publishedAt })),
      firstSeen: s.first_seen,
      lastSeen: s.last_seen,
    }));
  }

  /** The reports of a story (latest version's metadata), in the order they were first seen. */
  reports(story: string): StoredReport[] {
    const rows = this
      .q(
        `SELECT r.id, r.input, r.url, r.story, r.copy_of, r.first_seen, r.last_seen, r.versions, v.title, v.outlet, v.published_at
         FROM reports r JOIN versions v ON v.report = r.id AND v.n = r.versions WHERE r.story = ? ORDER BY r.first_seen, r.seq`,
      )
      .all(story) as { id: string; input: string; url: string | null; story: string; copy_of: string | null; first_seen: string; last_seen: string; versions: number; title: string | null; outlet: string | null; published_at: string | null }[];
    return rows.map((r) => ({
      id: r.id,
      input: r.input,
      url: r.url,
      title: r.title,
      outlet: r.outlet,
      publishedAt: r.published_at,
      story: r.story,
      copyOf: r.copy_of,
      firstSeen: r.first_seen,
      lastSeen: r.last_seen,
      versions: r.versions,
    }));
  }

  versions(report: string): StoredVersion[] {
    const rows = this.q('SELECT n, seen_at, article FROM versions WHERE report = ? ORDER BY n').all(report) as { n: number; seen_at: string; article: string }[];
    return rows.map((r) => ({ n: r.n, seenAt: r.seen_at, article: JSON.parse(r.article) as Article }));
  }

  hasReport(report: string): boolean {
    return this.q('SELECT 1 FROM reports WHERE id = ?').get(report) !== undefined;
  }

  /** The story holding a report, or null. */
  storyOfReport(report: string): string | null {
    const row = this.q('SELECT story FROM reports WHERE id = ?').get(report) as { story: string | null } | undefined;
    return row?.story ?? null;
  }

  /** The story a (possibly merged-away) story id now lives in. */
  resolveStory(id: string): string | null {
    let current = id;
    for (let i = 0; i < 100; i++) {
      const row = this.q('SELECT merged_into FROM stories WHERE id = ?').get(current) as { merged_into: string | null } | undefined;
      if (!row) return null;
      if (!row.merged_into || row.merged_into === current) return row.merged_into === current ? null : current;
      current = row.merged_into;
    }
    return null;
  }

  /**
   * Moves whenever stories change (a report added, moved or merged: `rev`) or a stored report gets a new version
   * (which leaves `rev` alone; the newest version's rowid, since versions are never deleted — one index look-up
   * per poll, not a count): both only grow, so their sum changes whenever either does. Read from the file, so
   * what a concurrent process stored shows up too.
   */
  revision(): number {
    return (this.q('SELECT (SELECT coalesce(max(rev), 0) FROM stories) + (SELECT coalesce(max(rowid), 0) FROM versions) AS n').get() as { n: number }).n;
  }

  /**
   * Stories with a report whose latest text contains `words` (ASCII case-insensitive, as LIKE is). A LIKE over the
   * stored article JSON, which holds the text verbatim apart from JSON escapes: good enough for words.
   */
  storiesMentioning(words: string): Set<string> {
    const pattern = '%' + words.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
    const rows = this
      .q(
        `SELECT DISTINCT r.story AS story FROM reports r JOIN versions v ON v.report = r.id AND v.n = r.versions
         WHERE r.story IS NOT NULL AND v.article LIKE ? ESCAPE '\\'`,
      )
      .all(pattern) as { story: string }[];
    return new Set(rows.map((r) => r.story));
  }

  /** Live stories (for progress lines; cheaper than `counts`). */
  storyCount(): number {
    return (this.q('SELECT count(*) AS n FROM stories WHERE merged_into IS NULL AND size > 0').get() as { n: number }).n;
  }

  counts(): { reports: number; versions: number; stories: number } {
    const q = (sql: string): number => (this.q(sql).get() as { n: number }).n;
    return {
      reports: q('SELECT count(*) AS n FROM reports'),
      versions: q('SELECT count(*) AS n FROM versions'),
      stories: q('SELECT count(*) AS n FROM stories WHERE merged_into IS NULL AND size > 0'),
    };
  }

  /** Conditional-GET state of a polled URL. */
  fetchState(url: string): { etag: string | null; lastModified: string | null } | null {
    const row = this.q('SELECT etag, last_modified FROM fetch_state WHERE url = ?').get(url) as { etag: string | null; last_modified: string | null } | undefined;
    return row ? { etag: row.etag, lastModified: row.last_modified } : null;
  }

  saveFetchState(url: string, etag: string | null, lastModified: string | null, checkedAt = new Date().toISOString()): void {
    this
      .q('INSERT INTO fetch_state (url, etag, last_modified, checked_at) VALUES (?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, checked_at = excluded.checked_at')
      .run(url, etag, lastModified, checkedAt);
  }

  close(): void {
    if (!this.db.readonly) this.flushDf();
    this.db.close();
  }
}

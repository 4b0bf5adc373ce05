/** The store: idempotent and versioned ingestion, migrations, story listing, moving a report, a story's brief. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractPlainText } from '../src/extract/index.js';
import { Store } from '../src/store/store.js';
import { MIGRATIONS } from '../src/store/migrations.js';
import { storyBrief } from '../src/stories/brief.js';
import { validateBrief } from '../src/brief/validate.js';
import { generateStream } from '../bench/generate.js';
import { spawnSync } from 'node:child_process';
import { EXAMPLE, ROOT } from './helpers.js';
import { parseSince } from '../src/store/since.js';
import Database from 'better-sqlite3';
import { prepareReport } from '../src/store/prepare.js';
import { signatureToBuffer } from '../src/stories/minhash.js';
import { addAll } from '../src/store/add-all.js';
import type { RawInput } from '../src/doc/types.js';

function tempStore(): { path: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-'));
  return { path: join(dir, 'store.db'), done: () => rmSync(dir, { recursive: true, force: true }) };
}

const FERRY_1 = `Ferry runs aground off Kestrel Point
Tidewater Herald

The passenger ferry Marlow Star ran aground off Kestrel Point on Sunday evening with 212 people on board, the coastguard said.
All passengers were taken off by lifeboats and nobody was hurt, according to coastguard spokesman Idris Penhale.
The operator, Gullwing Lines, said the ship would be towed to Brannock harbour on Monday.`;

const FERRY_2 = FERRY_1.replace('with 212 people on board', 'with 198 people on board') + '\nAn inquiry into the grounding will open next week, the harbour master said.';

const FERRY_OTHER = `Marlow Star aground: coastguard praises lifeboat crews
Brannock Evening News

Lifeboat crews from Kestrel Point and Brannock brought passengers of the Marlow Star ashore after the ferry hit rocks on Sunday.
Idris Penhale of the coastguard said the evacuation of the Gullwing Lines vessel took under two hours.
Divers will inspect the hull before the tow to Brannock harbour.`;

const ORCHARD = `Frost ruins apple blossom across the Vell valley
Countryside Weekly

Growers in the Vell valley say a late frost destroyed most of this year's apple blossom.
The growers' cooperative chair, Marta Quillon, said losses could pass 40 percent.`;

test('the same URL or content twice is stored once; changed content is a new version with sentence-level changes', () => {
  const t = tempStore();
  try {
    const store = Store.open(t.path);
    const url = 'https://tidewater.example/ferry';
    const first = store.add(extractPlainText(FERRY_1, { input: url, url }));
    assert.equal(first.status, 'new');
    assert.equal(store.add(extractPlainText(FERRY_1, { input: url, url })).status, 'duplicate');
    // The same text under another address is the same content: stored once.
    assert.equal(store.add(extractPlainText(FERRY_1, { input: 'https://mirror.example/a', url: 'https://mirror.example/a' })).status, 'duplicate');
    const second = store.add(extractPlainText(FERRY_2, { input: url, url }));
    assert.equal(second.status, 'version');
    assert.equal(second.report, first.report);
    const other = store.add(extractPlainText(FERRY_OTHER, { input: 'https://brannock.example/f', url: 'https://brannock.example/f' }));
    const orchard = store.add(extractPlainText(ORCHARD, { input: 'https://weekly.example/frost', url: 'https://weekly.example/frost' }));
    assert.deepEqual(store.counts(), { reports: 3, versions: 4, stories: 2 });
    assert.equal(other.story, first.story, 'two reports of the grounding share a story');
    assert.notEqual(orchard.story, first.story);

    const brief = storyBrief(store, first.story!);
    assert.deepEqual(validateBrief(brief), []);
    const changes = brief.sources.find((s) => s.id === first.report)!.changes ?? [];
    assert.deepEqual(
      changes.map((c) => c.kind),
      ['edited', 'added'],
    );
    assert.match(changes[0]!.before!, /212 people/);
    assert.match(changes[0]!.after!, /198 people/);
    assert.match(changes[1]!.after!, /inquiry/);
    store.close();
  } finally {
    t.done();
  }
});

test('reopening runs no migration twice; listing, --since and moving a report', () => {
  const t = tempStore();
  try {
    let store = Store.open(t.path);
    const a = store.add(extractPlainText(FERRY_1, { input: 'a.txt' }), '2026-01-01T10:00:00.000Z');
    const b = store.add(extractPlainText(ORCHARD, { input: 'b.txt' }), '2026-01-03T10:00:00.000Z');
    store.close();
    store = Store.open(t.path);
    const applied = store.db.prepare('SELECT count(*) AS n FROM schema_migrations').get() as { n: number };
    assert.equal(applied.n, MIGRATIONS.length);
    assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
    const all = store.stories();
    assert.deepEqual(all.map((s) => s.id), [b.story, a.story], 'newest activity first');
    assert.deepEqual(Object.keys(all[0]!).sort(), ['firstSeen', 'id', 'lastSeen', 'reports', 'title']);
    assert.deepEqual(Object.keys(all[0]!.reports[0]!).sort(), ['id', 'input', 'outlet', 'publishedAt', 'title', 'url']);
    assert.deepEqual(store.stories({ since: '2026-01-02T00:00:00.000Z' }).map((s) => s.id), [b.story]);
    store.move(b.report, a.story!);
    assert.equal(store.storyOfReport(b.report), a.story);
    assert.equal((store.db.prepare('SELECT pinned FROM reports WHERE id = ?').get(b.report) as { pinned: number }).pinned, 1);
    assert.deepEqual(store.stories().map((s) => [s.id, s.reports.length]), [[a.story, 2]]);
    store.close();
  } finally {
    t.done();
  }
});

test('a store of the schema before migration 3 upgrades in place: ids, stories, versions, features and signatures kept', () => {
  const t = tempStore();
  try {
    // The released schema (migrations 1–2), filled as the code of that time filled it.
    const old = new Database(t.path);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    MIGRATIONS.slice(0, 2).forEach((run, i) => {
      run(old);
      old.prepare('INSERT INTO schema_migrations VALUES (?, ?)').run(i + 1, '2026-01-01T00:00:00.000Z');
    });
    const rows = [
      { p: prepareReport(extractPlainText(FERRY_1, { input: 'a.txt' })), story: 's1', seen: '2026-01-01T10:00:00.000Z' },
      { p: prepareReport(extractPlainText(ORCHARD, { input: 'b.txt' })), story: 's2', seen: '2026-01-01T11:00:00.000Z' },
    ];
    for (const { p, story, seen } of rows) {
      old
        .prepare('INSERT INTO reports (id, input, url, identity, story, time, first_seen, last_seen) VALUES (?, ?, NULL, ?, ?, NULL, ?, ?)')
        .run(p.id, p.article.input, p.identity, story, seen, seen);
      old.prepare('INSERT INTO versions (report, n, hash, seen_at, title, outlet, published_at, article) VALUES (?, 1, ?, ?, ?, ?, NULL, ?)').run(p.id, p.hash, seen, p.article.title, p.article.outlet, p.json);
      old.prepare('INSERT INTO features (report, keys, minhash) VALUES (?, ?, ?)').run(p.id, JSON.stringify(Object.fromEntries(p.features.keys)), signatureToBuffer(p.signature));
      old.prepare('INSERT INTO stories (id, title, first_seen, last_seen, size, rev) VALUES (?, ?, ?, ?, 1, 1)').run(story, p.article.title, seen, seen);
    }
    old.exec("UPDATE meta SET value = '2' WHERE key = 'story_seq'; UPDATE meta SET value = '1' WHERE key = 'rev'");
    old.close();

    const store = Store.open(t.path);
    const applied = store.db.prepare('SELECT count(*) AS n FROM schema_migrations').get() as { n: number };
    assert.equal(applied.n, MIGRATIONS.length);
    assert.equal(store.db.pragma('integrity_check', { simple: true }), 'ok');
    assert.deepEqual(store.db.pragma('foreign_key_check'), []);
    const [ferry, orchard] = rows.map((r) => r.p);
    assert.equal(store.storyOfReport(ferry!.id), 's1');
    assert.equal(store.versions(orchard!.id)[0]!.article.text, extractPlainText(ORCHARD, { input: 'b.txt' }).text);
    // The same path again is recognised (by id now, not by the dropped identity index); changed text is a version.
    assert.equal(store.add(extractPlainText(FERRY_1, { input: 'a.txt' })).status, 'duplicate');
    assert.equal(store.add(extractPlainText(FERRY_2, { input: 'a.txt' })).status, 'version');
    // The migrated features and signatures still group and find copies.
    assert.equal(store.add(extractPlainText(FERRY_OTHER, { input: 'c.txt' })).story, 's1');
    const copy = store.add(extractPlainText(ORCHARD.replace('40 percent', 'forty percent'), { input: 'd.txt' }));
    assert.equal(copy.copyOf, orchard!.id);
    assert.equal(copy.story, 's2');
    assert.deepEqual(store.stories().map((s) => [s.id, s.reports.length]).sort(), [['s1', 2], ['s2', 2]]);
    store.close();
  } finally {
    t.done();
  }
});

test('preparing on a worker thread stores exactly what preparing in place stores, in input order, errors in place', async () => {
  const raws: RawInput[] = generateStream(300, 4).map((g) => ({ input: `gen/${g.id}.txt`, url: null, body: Buffer.from(g.text), contentType: 'text/plain', publishedAt: g.publishedAt }));
  raws.splice(150, 0, { input: 'gen/empty.txt', url: null, body: new Uint8Array(0), contentType: 'text/plain', publishedAt: null });
  const runs = [];
  for (const threads of [1, 0]) {
    const t = tempStore();
    try {
      const store = Store.open(t.path);
      const outcomes: string[] = [];
      for await (const o of addAll(store, raws, { threads })) outcomes.push('error' in o ? o.error.message : `${o.article.input} ${o.result.status}`);
      // Story ids, copies and their order: every grouping and copy decision, which ties must not decide by the clock.
      const rows = store.db.prepare('SELECT seq, id, input, story, copy_of FROM reports ORDER BY seq').all();
      runs.push({ outcomes, rows });
      store.close();
    } finally {
      t.done();
    }
  }
  assert.equal(runs[0]!.outcomes.length, raws.length);
  assert.match(runs[0]!.outcomes[150]!, /^gen\/empty\.txt: /);
  assert.deepEqual(runs[0]!.outcomes.slice(0, 3), ['gen/rep1.txt new', 'gen/rep2.txt new', 'gen/rep3.txt new']);
  assert.deepEqual(runs[0]!.outcomes, runs[1]!.outcomes);
  assert.deepEqual(runs[0]!.rows, runs[1]!.rows);
});

test('stories older than the grouping window leave memory and come back for a late (backfilled) report', () => {
  const t = tempStore();
  try {
    const hour = 3600_000;
    // A 6-hour window over a stream of about 30 hours, so most stories leave memory for their age.
    const grouping = { window: 6 * hour, lateness: 2 * hour };
    let store = Store.open(t.path, { grouping });
    const stream = generateStream(2500, 5);
    const sizes = new Map<string, number>();
    for (const g of stream) sizes.set(g.story, (sizes.get(g.story) ?? 0) + 1);
    // Held back: one report of an early story told by several outlets; later, a near-copy of an early report.
    // (Not one a wire copy repeats word for word: that would be stored as a duplicate, not grouped.)
    const late = stream.find((g) => !g.copyOf && sizes.get(g.story)! >= 5 && !stream.some((o) => o !== g && o.text === g.text))!;
    const original = stream.find((g) => !g.copyOf && g.story !== late.story && sizes.get(g.story)! >= 3)!;
    const idOf = new Map<string, string>();
    for (const g of stream) {
      if (g === late) continue;
      idOf.set(g.id, store.add(extractPlainText(g.text, { input: `gen/${g.id}.txt`, publishedAt: g.publishedAt })).report);
    }
    const storyOf = (g: { id: string }): string => store.storyOfReport(idOf.get(g.id)!)!;
    // The stories holding the other reports of its event (a 6-hour window splits a 2-day event in several).
    const homes = new Set(stream.filter((g) => g.story === late.story && g !== late).map(storyOf));
    assert.ok(store.index.stories.size < store.counts().stories / 2, `${store.index.stories.size} of ${store.counts().stories} stories in memory`);
    assert.ok([...homes, storyOf(original)].every((h) => !store.index.stories.has(h)), 'the early stories left memory');
    // In the same process: the late near-copy reloads its day, finds its original and joins its story.
    const copy = store.add(extractPlainText(original.text.replace(/\n[^\n]*$/, '\nThe desk will update this report.'), { input: 'gen/late-copy.txt', publishedAt: original.publishedAt }));
    assert.equal(copy.copyOf, idOf.get(original.id));
    assert.equal(copy.story, storyOf(original));
    store.close();
    // In a new process that loads only 100 stories: the late report still finds its event in the store.
    store = Store.open(t.path, { grouping: { ...grouping, maxActive: 100 } });
    assert.ok([...homes].every((h) => !store.index.stories.has(h)), 'not loaded at open');
    const back = store.add(extractPlainText(late.text, { input: `gen/${late.id}.txt`, publishedAt: late.publishedAt }));
    assert.equal(back.status, 'new');
    assert.ok(homes.has(back.story!), `the late report joins its event, reloaded from the store (${back.story}; ${[...homes].join(', ')})`);
    store.close();
  } finally {
    t.done();
  }
});

test('copies are detected and point at the original; listings never show empty or merged stories', () => {
  const t = tempStore();
  try {
    const store = Store.open(t.path);
    const stream = generateStream(400, 9);
    const idOf = new Map<string, string>();
    let copies = 0;
    for (const g of stream) {
      const r = store.add(extractPlainText(g.text, { input: `gen/${g.id}.txt`, publishedAt: g.publishedAt }));
      idOf.set(g.id, r.report);
      if (r.copyOf) copies++;
    }
    const listed = store.stories();
    assert.ok(listed.every((s) => s.reports.length > 0));
    assert.equal(listed.reduce((n, s) => n + s.reports.length, 0), store.counts().reports);
    // Every near-copy the generator made (a changed last line) is found, pointing at an earlier report.
    const near = stream.filter((g) => g.copyOf && g.text !== stream.find((o) => o.id === g.copyOf)!.text);
    assert.ok(near.length > 5);
    for (const g of near) {
      const row = store.db.prepare('SELECT copy_of FROM reports WHERE id = ?').get(idOf.get(g.id)!) as { copy_of: string | null };
      assert.ok(row.copy_of, `${g.id} copies ${g.copyOf}`);
    }
    assert.ok(copies >= near.length);
    store.close();
  } finally {
    t.done();
  }
});

test('what settling moves is stored: every report where the index has it, listings whole, a reopened store agrees', () => {
  const t = tempStore();
  try {
    // Settling every 20 reports instead of 100, and young stories that take a report only at similarity 0.5: events
    // start in fragments, and settling has merging to do.
    const grouping = { settleEvery: 20, youngJoin: 0.5 };
    let store = Store.open(t.path, { grouping });
    let changes = 0;
    const settle = store.index.settle.bind(store.index);
    store.index.settle = () => {
      const r = settle();
      changes += r.moved.length + r.merged.length;
      return r;
    };
    const ids: string[] = [];
    for (const g of generateStream(800, 13)) {
      const r = store.add(extractPlainText(g.text, { input: `gen/${g.id}.txt`, publishedAt: g.publishedAt }));
      if (r.status === 'new') ids.push(r.report);
    }
    store.settle();
    assert.ok(changes > 0, 'settling merged or split some stories');
    const stored = (id: string): string | null => (store.db.prepare('SELECT story FROM reports WHERE id = ?').get(id) as { story: string | null }).story;
    for (const id of ids) {
      const inMemory = store.index.storyOf.get(id);
      if (inMemory) assert.equal(stored(id), inMemory, id);
    }
    const listed = store.stories();
    assert.equal(listed.reduce((n, s) => n + s.reports.length, 0), ids.length);
    assert.equal(new Set(listed.flatMap((s) => s.reports.map((r) => r.id))).size, ids.length);
    assert.ok(listed.every((s) => s.reports.length > 0 && s.title !== null));
    store.close();
    // Reopened: the stories it loads hold the reports the store says they hold, and loading settles nothing again.
    store = Store.open(t.path, { grouping });
    let loaded = 0;
    for (const id of ids) {
      const inMemory = store.index.storyOf.get(id);
      if (inMemory) assert.equal(inMemory, stored(id), id);
      if (inMemory) loaded++;
    }
    assert.ok(loaded > ids.length / 2, `${loaded} of ${ids.length} reports loaded`);
    assert.deepEqual(store.index.settle(), { moved: [], merged: [] });
    store.close();
  } finally {
    t.done();
  }
});

test('CLI: ingest a folder, list stories as JSON, brief a stored story', () => {
  const t = tempStore();
  try {
    const cli = (...args: string[]): ReturnType<typeof spawnSync> =>
      spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'src', 'cli', 'main.ts'), ...args], {
        encoding: 'utf8',
        env: { ...process.env, CI: '1', CORROBORATE_STORE: t.path },
      });
    const ingest = cli('ingest', EXAMPLE, '--date', '2025-03-05');
    assert.equal(ingest.status, 0, String(ingest.stderr));
    assert.match(String(ingest.stdout), /^6 new, 0 new versions, 0 already stored/);
    assert.match(String(cli('ingest', EXAMPLE, '--date', '2025-03-05').stdout), /^0 new, 0 new versions, 6 already stored/);
    const stories = JSON.parse(String(cli('stories', '--json').stdout)) as { id: string; reports: unknown[] }[];
    assert.equal(stories.length, 1, 'six reports of one fictional event are one story');
    assert.equal(stories[0]!.reports.length, 6);
    const brief = cli('brief', '--story', stories[0]!.id, '--json');
    assert.equal(brief.status, 0, String(brief.stderr));
    const parsed = JSON.parse(String(brief.stdout)) as { sources: unknown[] };
    assert.deepEqual(validateBrief(parsed), []);
    assert.equal(parsed.sources.length, 6);
    const bad = cli('brief', '--story', 's999');
    assert.notEqual(bad.status, 0);
    assert.match(String(bad.stderr), /no story s999/);
  } finally {
    t.done();
  }
});

test('--since takes 30m, 12h, 2d, 1w or a date', () => {
  const now = new Date('2026-03-10T12:00:00.000Z');
  assert.equal(parseSince('2d', now), '2026-03-08T12:00:00.000Z');
  assert.equal(parseSince('12h', now), '2026-03-10T00:00:00.000Z');
  assert.equal(parseSince('2026-03-01', now), '2026-03-01T00:00:00.000Z');
  assert.equal(parseSince('yesterday', now), undefined);
  assert.equal(parseSince(undefined, now), null);
});

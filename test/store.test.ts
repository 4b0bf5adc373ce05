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

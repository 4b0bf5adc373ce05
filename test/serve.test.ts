import { spawn } from 'node:child_process';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, BODY_LIMIT } from '../src/serve/app.js';
import { MemoryLibrary } from '../src/serve/memory-library.js';
import { StoreLibrary } from '../src/serve/store-library.js';
import { Store } from '../src/store/store.js';
import { validateBrief, type Brief } from '../src/index.js';
import type { AddResult, StorySummary } from '../src/serve/library.js';
import { EXAMPLE, ROOT, corpusFiles } from './helpers.js';
import { generateStory } from '../bench/generate-story.js';

function withStore<T>(fn: (library: StoreLibrary, dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-serve-'));
  const library = new StoreLibrary(Store.open(join(dir, 'store.db')), { date: '2025-03-05' });
  return fn(library, dir).finally(() => rmSync(dir, { recursive: true, force: true }));
}

test('API: security headers, OpenAPI, one-line errors, size limits, 404s', async () => {
  const app = createApp(new MemoryLibrary([]));
  const res = await app.inject({ method: 'GET', url: '/api/stories' });
  assert.equal(res.statusCode, 200);
  assert.deepEqual(res.json(), []);
  assert.match(String(res.headers['content-security-policy']), /default-src 'none'; script-src 'self'/);
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
  const page = await app.inject({ method: 'GET', url: '/' });
  assert.match(String(page.headers['content-security-policy']), /script-src 'self'/);

  const spec = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  assert.equal(spec.openapi, '3.1.0');
  for (const path of ['/api/stories', '/api/stories/{id}/brief', '/api/stories/{id}/reports/{report}', '/api/reports', '/api/revision']) assert.ok(spec.paths[path], path);

  const bad = await app.inject({ method: 'POST', url: '/api/reports', payload: { texts: 'nope' } });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.json().error, /arrays/);
  const badUrl = await app.inject({ method: 'POST', url: '/api/reports', payload: { urls: ['javascript:alert(1)'] } });
  assert.equal(badUrl.statusCode, 400);
  assert.match(badUrl.json().error, /javascript:alert\(1\): not an http\(s\) URL/);
  const empty = await app.inject({ method: 'POST', url: '/api/reports', payload: {} });
  assert.match(empty.json().error, /nothing to add/);
  const huge = await app.inject({ method: 'POST', url: '/api/reports', payload: { texts: [{ name: 'x', text: 'a'.repeat(BODY_LIMIT + 10) }] } });
  assert.equal(huge.statusCode, 413);
  assert.match(huge.json().error, /too large/);
  const missing = await app.inject({ method: 'GET', url: '/api/stories/nope/brief' });
  assert.equal(missing.statusCode, 404);
  assert.match(missing.json().error, /story nope: not found/);
  await app.close();
});

test('store library: dropped files and pasted text become stored stories, newest first, searchable, with a brief', async () => {
  await withStore(async (library, dir) => {
    const app = createApp(library);
    const rev0 = (await app.inject({ method: 'GET', url: '/api/revision' })).json().revision as number;
    // The project's own fictional story, dropped as files (names only; one with a path in its name).
    const texts = corpusFiles(EXAMPLE).map((f, i) => ({ name: i === 0 ? '../../etc/passwd' : f.split('/').pop()!, text: readFileSync(f, 'utf8') }));
    const added = (await app.inject({ method: 'POST', url: '/api/reports', payload: { texts } })).json() as AddResult;
    assert.equal(added.added, texts.length);
    assert.deepEqual(added.errors, []);
    // How the store groups them is the store's business (tested in stories.test.ts); all six are in its stories.
    const grouped = (await app.inject({ method: 'GET', url: '/api/stories' })).json() as StorySummary[];
    assert.deepEqual(new Set(grouped.map((s) => s.id)), new Set(added.stories));
    assert.equal(grouped.reduce((n, s) => n + s.reports.length, 0), texts.length);
    assert.ok(grouped.some((s) => s.reports.some((r) => r.input === '.._.._etc_passwd')), 'a client file name is a label, never a path');
    const rev1 = (await app.inject({ method: 'GET', url: '/api/revision' })).json().revision as number;
    assert.notEqual(rev1, rev0);

    // A pasted text about something else is its own story, and the newest one.
    const pasted = 'Library opens late\n\nThe town library in Elmsworth opened two hours late on Friday because a pipe burst in its reading room, the librarian said.';
    const second = (await app.inject({ method: 'POST', url: '/api/reports', payload: { texts: [{ name: '', text: pasted }] } })).json() as AddResult;
    assert.equal(second.added, 1);
    const stories = (await app.inject({ method: 'GET', url: '/api/stories' })).json() as StorySummary[];
    assert.equal(stories.length, grouped.length + 1);
    assert.equal(stories[0]!.id, second.stories[0]);
    assert.ok(!added.stories.includes(second.stories[0]!));
    assert.match(stories[0]!.reports[0]!.input, /^pasted-/);
    // The same paste again is one report, not two.
    const again = (await app.inject({ method: 'POST', url: '/api/reports', payload: { texts: [{ name: '', text: pasted }] } })).json() as AddResult;
    assert.equal(again.added, 0);

    // Search reads titles and text; since filters by activity.
    const found = (await app.inject({ method: 'GET', url: '/api/stories?q=reading%20room' })).json() as StorySummary[];
    assert.deepEqual(found.map((s) => s.id), second.stories);
    assert.equal(((await app.inject({ method: 'GET', url: '/api/stories?q=no-such-words-here' })).json() as StorySummary[]).length, 0);
    assert.equal(((await app.inject({ method: 'GET', url: '/api/stories?since=1d' })).json() as StorySummary[]).length, stories.length);
    const badSince = await app.inject({ method: 'GET', url: '/api/stories?since=yesterday' });
    assert.equal(badSince.statusCode, 400);
    assert.match(badSince.json().error, /since yesterday/);

    const biggest = [...grouped].sort((a, b) => b.reports.length - a.reports.length)[0]!;
    const storyId = biggest.id;
    const brief = (await app.inject({ method: 'GET', url: `/api/stories/${storyId}/brief` })).json() as Brief;
    assert.deepEqual(validateBrief(brief), []);
    assert.deepEqual(brief.sources.map((s) => s.id).sort(), biggest.reports.map((r) => r.id).sort());
    const report = (await app.inject({ method: 'GET', url: `/api/stories/${storyId}/reports/${brief.sources[1]!.id}` })).json();
    assert.equal(report.number, 2);
    assert.ok(report.highlights.length > 0);
    for (const hl of report.highlights) assert.ok(hl.end <= report.source.text.length);

    // A URL that may not be fetched (loopback) is a one-line error naming it; nothing else fails.
    const refused = (await app.inject({ method: 'POST', url: '/api/reports', payload: { urls: ['http://127.0.0.1:9/article'] } })).json() as AddResult;
    assert.equal(refused.added, 0);
    assert.equal(refused.errors.length, 1);
    assert.match(refused.errors[0]!, /^http:\/\/127\.0\.0\.1:9\/article: /);

    // Nothing was written next to the store but the store itself.
    assert.deepEqual(readdirSync(dir).filter((f) => !f.startsWith('store.db')), []);
    await app.close();
  });
});

test('exports: JSON, Markdown and a self-contained HTML file keep hostile text inert', async () => {
  await withStore(async (library) => {
    const app = createApp(library);
    const page = (n: number, extra: string): string =>
      `<html><head><title>Pier closed &lt;script&gt;alert(${n})&lt;/script&gt;</title></head><body><article><h1>Pier closed</h1><p>The council closed the old pier on Tuesday after inspectors found cracks in its deck, officials said. ${extra}</p><p>Repairs to the old pier will cost 2 million pounds, the council said on Tuesday.</p><script>alert(9)</script></article></body></html>`;
    const texts = [
      { name: 'a.html', text: page(1, 'The cracks were &lt;img src=x onerror=alert(2)&gt; wide.') },
      { name: 'b.html', text: page(3, 'Inspectors found the cracks on Monday.') },
    ];
    const added = (await app.inject({ method: 'POST', url: '/api/reports', payload: { texts } })).json() as AddResult;
    assert.equal(added.added, 2);
    const id = added.stories[0]!;
    const html = await app.inject({ method: 'GET', url: `/api/stories/${id}/brief?format=html` });
    assert.match(String(html.headers['content-disposition']), /attachment; filename="brief-[\w-]+\.html"/);
    assert.doesNotMatch(html.body, /<script|<img/);
    assert.match(html.body, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html.body, /Content-Security-Policy" content="default-src 'none'/);
    const md = await app.inject({ method: 'GET', url: `/api/stories/${id}/brief?format=markdown` });
    assert.match(String(md.headers['content-type']), /text\/markdown/);
    assert.doesNotMatch(md.body, /<script>/);
    const json = await app.inject({ method: 'GET', url: `/api/stories/${id}/brief?format=json` });
    assert.deepEqual(validateBrief(json.json()), []);
    const bad = await app.inject({ method: 'GET', url: `/api/stories/${id}/brief?format=pdf` });
    assert.equal(bad.statusCode, 400);
    await app.close();
  });
});

test('corroborate serve: opens the store, seeds an empty one with --if-empty, prints its loopback address', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-serve-cli-'));
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'serve', '--port', '0', '--if-empty', EXAMPLE, '--date', '2025-03-05'], {
    cwd: ROOT,
    env: { ...process.env, CORROBORATE_STORE: join(dir, 'store.db') },
  });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += String(d);
        if (out.includes('\n')) resolve(out.split('\n')[0]!);
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
    const m = /^corroborate is serving store (.+) \(seeded with 6 report\(s\)\) at (http:\/\/127\.0\.0\.1:\d+)$/.exec(line);
    assert.ok(m, line);
    assert.equal(m[1], join(dir, 'store.db'));
    const stories = (await (await fetch(`${m[2]}/api/stories`)).json()) as StorySummary[];
    assert.equal(stories.reduce((n, s) => n + s.reports.length, 0), 6);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
});

for (const worker of [true, false]) {
  test(`a big story: its brief is built without blocking the server (${worker ? 'on a worker thread' : 'yielding between steps'}), once for concurrent requests`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-serve-big-'));
    const library = new StoreLibrary(Store.open(join(dir, 'store.db')), { date: '2025-03-05', worker });
    const app = createApp(library);
    try {
      const texts = generateStory(40, 1).map((r) => ({ name: `${r.input}.txt`, text: r.text }));
      const added = (await app.inject({ method: 'POST', url: '/api/reports', payload: { texts } })).json() as AddResult;
      assert.equal(added.added, texts.length);
      const stories = (await app.inject({ method: 'GET', url: '/api/stories' })).json() as StorySummary[];
      const biggest = [...stories].sort((a, b) => b.reports.length - a.reports.length)[0]!;
      assert.ok(biggest.reports.length >= 20, `the generated reports form one big story (${biggest.reports.length})`);

      // Two readers open the brief at once; meanwhile the page keeps polling the revision and the stories.
      const started = performance.now();
      let done = false;
      const opened = Promise.all([1, 2].map(() => app.inject({ method: 'GET', url: `/api/stories/${biggest.id}/brief` }))).then((r) => {
        done = true;
        return r;
      });
      const waits: number[] = [];
      while (!done) {
        const t = performance.now();
        const [rev, list] = await Promise.all([app.inject({ method: 'GET', url: '/api/revision' }), app.inject({ method: 'GET', url: '/api/stories' })]);
        assert.equal(rev.statusCode, 200);
        assert.equal(list.statusCode, 200);
        // Every poll sent while the brief was being built counts, even one answered only after the build.
        waits.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 20));
      }
      const [a, b] = await opened;
      const buildMs = performance.now() - started;
      const longest = Math.max(...waits);
      console.log(`# ${worker ? 'worker' : 'yielding'}: ${biggest.reports.length}-report brief built in ${Math.round(buildMs)} ms; ${waits.length} polls meanwhile, slowest ${Math.round(longest)} ms`);
      assert.ok(waits.length >= 3, `the server answered other requests while building (${waits.length})`);
      // Bounded: a poll waits at most for one step of the build (one report, or one section), not for all of it.
      assert.ok(longest < buildMs / 2, `slowest poll ${Math.round(longest)} ms of a ${Math.round(buildMs)} ms build`);
      assert.equal(library.builds, 1, 'concurrent requests share one build');
      assert.equal(a!.statusCode, 200);
      assert.equal(a!.body, b!.body);
      assert.deepEqual(validateBrief(a!.json()), []);
      // Cached now: no further build; a story that is not there is still a 404.
      await app.inject({ method: 'GET', url: `/api/stories/${biggest.id}/brief` });
      assert.equal(library.builds, 1);
      assert.equal((await app.inject({ method: 'GET', url: '/api/stories/s999/brief' })).statusCode, 404);
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

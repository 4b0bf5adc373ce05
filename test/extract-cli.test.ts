/** `corroborate extract` and the input side of `corroborate brief`, run as a user would, against a local server. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './helpers.js';
import { fixture, fixturePath, startServer, type TestServer } from './fixtures/inputs/server.js';

const CLI = join(ROOT, 'src', 'cli', 'main.ts');
const dir = mkdtempSync(join(tmpdir(), 'corroborate-extract-'));
let server: TestServer;
before(async () => {
  server = await startServer();
});
after(() => server.close());

/** Runs the CLI without blocking this process's event loop (the test server lives here). */
function run(args: string[], input?: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, env: { ...process.env, CI: '1' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, out, err });
    });
    child.stdin.end(input ?? '');
  });
}

const KEYS = ['input', 'url', 'canonicalUrl', 'title', 'byline', 'outlet', 'publishedAt', 'modifiedAt', 'language', 'description', 'text', 'paragraphs', 'warnings'];

test('extract --json prints one JSON object per input, in input order, for a file and a URL', async () => {
  const r = await run(['extract', '--json', '--allow-private', fixturePath('story.html'), server.base + '/br.html']);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.err, '');
  const lines = r.out.trimEnd().split('\n');
  assert.equal(lines.length, 2);
  const [file, url] = lines.map((l) => JSON.parse(l));
  assert.deepEqual(Object.keys(file), KEYS);
  assert.equal(file.input, fixturePath('story.html'));
  assert.equal(url.input, server.base + '/br.html');
  assert.equal(url.url, server.base + '/br.html');
  for (const a of [file, url]) {
    assert.equal(a.title, 'Water main break floods Marrow Creek library basement');
    assert.equal(a.outlet, 'The Fenwick Ledger');
    assert.deepEqual(a.byline, ['Odile Branham']);
    assert.equal(a.canonicalUrl, 'https://ledger.example/local/marrow-creek-library-flood');
    const kinds = new Set(a.paragraphs.map((p: { kind: string }) => p.kind));
    assert.deepEqual([...kinds].sort(), ['h', 'li', 'p', 'quote']);
    assert.equal(a.paragraphs.map((p: { text: string }) => p.text).join('\n\n'), a.text);
  }
});

test('extract --format text prints just the article of a gzip-compressed page', async () => {
  const gz = join(dir, 'page.html.gz');
  writeFileSync(gz, gzipSync(fixture('story.html')));
  const r = await run(['extract', '--format', 'text', gz]);
  assert.equal(r.code, 0, r.err);
  const [title, blank, first] = r.out.split('\n');
  assert.equal(title, 'Water main break floods Marrow Creek library basement');
  assert.equal(blank, '');
  assert.match(first!, /^A water main burst under Quarry Lane/);
  assert.doesNotMatch(r.out, /Share on|cookies|Related|All rights reserved|Photo: Ledger staff/);
});

test('failed inputs are one stderr line each and the rest still come through (exit 0); none usable is exit 1', async () => {
  const bin = join(dir, 'photo.html');
  writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
  const r = await run(['extract', '--json', '--allow-private', '--timeout', '0.5', server.base + '/missing', fixturePath('notes.txt'), bin, server.base + '/slow', server.base + '/loop-a']);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out.trimEnd().split('\n').length, 1);
  assert.equal(JSON.parse(r.out).input, fixturePath('notes.txt'));
  const lines = r.err.trimEnd().split('\n');
  assert.equal(lines.length, 4, r.err);
  assert.match(lines[0]!, /^corroborate: http:\/\/127\.0\.0\.1:\d+\/missing: HTTP 404 Not Found$/);
  assert.match(lines[1]!, /^corroborate: http:.*\/slow: no complete answer within 0\.5 s$/);
  assert.match(lines[2]!, /^corroborate: http:.*\/loop-a: redirect loop/);
  assert.match(lines[3]!, /photo\.html: binary file \(a PNG image\), not text$/);

  const none = await run(['extract', join(dir, 'nope-1.html'), server.base + '/story.html']);
  assert.equal(none.code, 1);
  assert.equal(none.out, '');
  assert.deepEqual(none.err.trimEnd().split('\n').map((l) => l.replace(dir, 'D').replace(server.base, 'B')), [
    'corroborate: D/nope-1.html: no such file or folder',
    'corroborate: B/story.html: refused to fetch from private address 127.0.0.1 (use --allow-private to allow)',
  ]);

  const strict = await run(['extract', '--strict', fixturePath('notes.txt'), join(dir, 'nope-2.html')]);
  assert.equal(strict.code, 1);
  assert.equal(strict.out, '');
  assert.match(strict.err, /nope-2\.html: no such file or folder\n$/);
});

test('stdin may hold a page; option values are checked', async () => {
  const r = await run(['extract', '--json', '-'], fixture('story.html'));
  assert.equal(r.code, 0, r.err);
  assert.equal(JSON.parse(r.out).input, '-');
  assert.equal(JSON.parse(r.out).title, 'Water main break floods Marrow Creek library basement');
  const bad = await run(['extract', '--timeout', 'soon', '-']);
  assert.equal(bad.code, 2);
  assert.equal(bad.err, 'corroborate: --timeout soon: not a positive number\n');
});

test('brief takes a URL, a saved page, a feed and a text file together; failures are reported and skipped', async () => {
  const feed = join(dir, 'feed.json');
  writeFileSync(feed, fixture('feed.json.template').replaceAll('{{BASE}}', server.base));
  const r = await run(['brief', '--json', '--allow-private', server.base + '/gzip.html', fixturePath('story.html'), feed, fixturePath('notes.txt')]);
  assert.equal(r.code, 0, r.err);
  const brief = JSON.parse(r.out);
  // feed.json gives 2 usable items and one broken one (reported on stderr).
  assert.equal(brief.sources.length, 5);
  assert.match(r.err, /feed\.json#3: entry has no link and no content/);
  assert.equal(r.err.trimEnd().split('\n').length, 1);

  const refused = await run(['brief', '--json', server.base + '/story.html', fixturePath('story.html'), fixturePath('notes.txt')]);
  assert.equal(refused.code, 0, refused.err);
  assert.equal(JSON.parse(refused.out).sources.length, 2);
  assert.match(refused.err, /story\.html: refused to fetch from private address 127\.0\.0\.1/);

  const tooFew = await run(['brief', server.base + '/story.html', fixturePath('notes.txt')]);
  assert.equal(tooFew.code, 1);
  assert.equal(tooFew.err.trimEnd().split('\n').length, 1, tooFew.err);
});

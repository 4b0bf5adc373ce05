/**
 * The web app in a real browser: Debian's chromium driven by playwright-core, against the app served on loopback.
 * Screenshots of each page go to test-output/screenshots (CI prints the path).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { ATACMS, ROOT, corpusFiles } from './helpers.js';
import { createApp } from '../src/serve/app.js';
import { MemoryLibrary } from '../src/serve/memory-library.js';
import { validateBrief } from '../src/index.js';

const SHOTS = join(ROOT, 'test-output', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let app: FastifyInstance;
let base: string;
let browser: Browser;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  if (!existsSync(join(ROOT, 'dist', 'web', 'app.js'))) execFileSync('node', ['scripts/build-web.mjs'], { cwd: ROOT });
  app = createApp(new MemoryLibrary([], { date: '2024-11-18' }));
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  assert.ok(existsSync(CHROMIUM), `chromium not found at ${CHROMIUM} (.ci/run installs Debian's chromium)`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  console.log(`# screenshots: ${SHOTS}`);
});

after(async () => {
  await browser?.close();
  await app?.close();
});

async function page(): Promise<Page> {
  const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  p.on('pageerror', (e) => assert.fail(`page error: ${e.message}`));
  return p;
}

test('stories page lists the real corpus added through the API, brief shows chips, evidence, matrix and exports', async () => {
  const texts = corpusFiles(ATACMS).map((f) => ({ name: f.split('/').pop()!, text: readFileSync(f, 'utf8') }));
  const added = await (await fetch(`${base}/api/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ texts }) })).json();
  assert.equal(added.added, 5);

  const p = await page();
  await p.goto(base + '/');
  await p.waitForSelector('.story-title');
  assert.match(await p.textContent('.stories')!, /5 reports/);
  await p.screenshot({ path: join(SHOTS, '1-stories.png'), fullPage: true });

  await p.click('.story-title');
  await p.waitForSelector('#summary .chip');
  await p.screenshot({ path: join(SHOTS, '2-brief.png'), fullPage: true });

  // A citation chip shows the exact sentence of the cited report, highlighted.
  const brief = await (await fetch(`${base}/api/stories/story-1/brief`)).json();
  assert.deepEqual(validateBrief(brief), []);
  const chip = p.locator('#summary li').first().locator('.chip').first();
  const sourceId = await chip.getAttribute('data-source');
  await chip.click();
  const marked = await p.textContent('#evidence-mark');
  const first = brief.summary[0];
  const expected = first.support.find((s: { source: string }) => s.source === sourceId).text;
  assert.equal(marked, expected);
  await p.screenshot({ path: join(SHOTS, '3-evidence.png') });

  // The matrix: one row per claim, one column per report, symbols and the exact text on hover.
  const rows = await p.locator('table.matrix tbody tr').count();
  assert.equal(rows, brief.claims.length);
  const headers = await p.locator('table.matrix thead th').count();
  assert.equal(headers, 2 + brief.sources.length);
  const topRow = p.locator('table.matrix tbody tr').first();
  const states = await topRow.locator('td.cell.states').count();
  const top = [...brief.claims].sort((a: { support: { source: string }[] }, b: { support: { source: string }[] }) => new Set(b.support.map((s) => s.source)).size - new Set(a.support.map((s) => s.source)).size)[0];
  assert.equal(states, new Set(top.support.map((s: { source: string }) => s.source)).size);
  await p.click('#sort-support');
  const lastFirst = await p.locator('table.matrix tbody tr td.count').first().textContent();
  assert.equal(lastFirst, '1');

  // The HTML export is one self-contained file that opens offline (no script, no external resource).
  const [download] = await Promise.all([p.waitForEvent('download'), p.click('#export-html')]);
  const file = join(SHOTS, 'exported-brief.html');
  await download.saveAs(file);
  const html = readFileSync(file, 'utf8');
  assert.doesNotMatch(html, /<script|https?:\/\/(?!corroborate)/i);
  const offline = await browser.newPage();
  await offline.route('**/*', (r) => (r.request().url().startsWith('file:') ? r.continue() : r.abort()));
  await offline.goto('file://' + file);
  assert.match((await offline.textContent('h1')) ?? '', /\S/);
  assert.ok((await offline.locator('li').count()) > 5);
  await offline.screenshot({ path: join(SHOTS, '4-exported.png') });
  await offline.close();
  await p.close();
});

test('a hostile article shows as text and runs no script', async () => {
  const hostile = [
    '<img src=x onerror="window.__pwned=1"> Hostile <script>window.__pwned=1</script> headline',
    'The harbour authority said on Monday that <script>window.__pwned=2</script> the ferry was late. Read more at javascript:window.__pwned=3 today.',
    'A second paragraph says <b onmouseover="window.__pwned=4">bold</b> things about the ferry being late on Monday.',
  ].join('\n');
  const other = 'The ferry was late on Monday, the harbour authority said. Passengers waited two hours.';
  const r = await fetch(`${base}/api/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ texts: [{ name: '<svg onload=alert(1)>.txt', text: hostile }, { name: 'b.txt', text: other }] }),
  });
  assert.equal(r.status, 200);
  const p = await page();
  await p.goto(base + '/#/story/story-1');
  await p.waitForSelector('#summary');
  const sources = await p.locator('#sources').textContent();
  assert.match(sources ?? '', /<img src=x onerror=/);
  const report = p.locator('#sources a').filter({ hasText: 'Hostile' });
  await report.click();
  await p.waitForSelector('.report-text');
  assert.match((await p.textContent('.report-text')) ?? '', /<script>window.__pwned=2<\/script>/);
  await p.screenshot({ path: join(SHOTS, '5-hostile-report.png'), fullPage: true });
  assert.equal(await p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  assert.equal(await p.locator('main script, main img, main b').count(), 0);
  await p.close();
});

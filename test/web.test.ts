/**
 * The web app in a real browser: Debian's chromium driven by playwright-core, against the app served on loopback
 * over a fresh store in a temporary folder. Screenshots of each page go to test-output/screenshots (CI prints
 * the path).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { ATACMS, ROOT, corpusFiles } from './helpers.js';
import { createApp } from '../src/serve/app.js';
import { StoreLibrary } from '../src/serve/store-library.js';
import { Store } from '../src/store/store.js';
import { validateBrief, type Brief } from '../src/index.js';
import type { StorySummary } from '../src/serve/library.js';

const SHOTS = join(ROOT, 'test-output', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let dir: string;
let app: FastifyInstance;
let base: string;
let browser: Browser;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  execFileSync('node', ['scripts/build-web.mjs'], { cwd: ROOT });
  dir = mkdtempSync(join(tmpdir(), 'corroborate-web-'));
  app = createApp(new StoreLibrary(Store.open(join(dir, 'store.db')), { date: '2024-11-18' }));
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
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function page(width = 1280): Promise<Page> {
  const p = await browser.newPage({ viewport: { width, height: 900 } });
  p.on('pageerror', (e) => assert.fail(`page error: ${e.message}`));
  return p;
}

async function api<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(base + path, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await res.json()) as T;
}

const distinct = (c: Brief['claims'][number]): number => new Set(c.support.map((s) => s.source)).size;

test('the real corpus through the store: stories page, brief with chips, evidence, matrix, exports', async () => {
  const texts = corpusFiles(ATACMS).map((f) => ({ name: f.split('/').pop()!, text: readFileSync(f, 'utf8') }));
  const added = await api<{ added: number; stories: string[]; errors: string[] }>('/api/reports', { texts });
  assert.deepEqual([added.added, added.stories.length, added.errors], [5, 1, []]);
  const storyId = added.stories[0]!;

  const p = await page();
  await p.goto(base + '/');
  await p.waitForSelector('.story-title');
  assert.match((await p.textContent('.stories')) ?? '', /5 reports/);
  await p.screenshot({ path: join(SHOTS, '1-stories.png'), fullPage: true });

  await p.click('.story-title');
  await p.waitForSelector('#summary .chip');
  await p.screenshot({ path: join(SHOTS, '2-brief.png') });

  // A citation chip shows the exact sentence of the cited report, highlighted.
  const brief = await api<Brief>(`/api/stories/${storyId}/brief`);
  assert.deepEqual(validateBrief(brief), []);
  const chip = p.locator('#summary li').first().locator('.chip').first();
  const sourceId = await chip.getAttribute('data-source');
  await chip.click();
  const expected = brief.summary[0]?.support.find((s) => s.source === sourceId)?.text;
  assert.ok(expected, 'the first summary sentence cites the chip’s source');
  assert.equal(await p.textContent('#evidence-mark'), expected);
  await p.screenshot({ path: join(SHOTS, '3-evidence.png') });

  // The matrix: one row per fact (the first ones drawn), one column per original report, symbols and exact text.
  const originals = brief.sources.filter((s) => !s.copyOf?.length).length;
  assert.equal(await p.locator('table.matrix thead th').count(), 2 + originals);
  const rows = await p.locator('table.matrix tbody tr').count();
  assert.equal(rows, Math.min(60, brief.claims.length));
  const top = [...brief.claims].sort((a, b) => distinct(b) - distinct(a))[0]!;
  const topRow = p.locator('table.matrix tbody tr').first();
  assert.equal(await topRow.locator('td.count').textContent(), String(distinct(top)));
  assert.equal(await topRow.locator('td.cell.states, td.cell.differs').count(), Math.min(distinct(top), originals));
  const cell = topRow.locator('td.cell.states, td.cell.differs').first();
  const cellText = ((await cell.getAttribute('title')) ?? '').replace(/^\[\d+\] /, '');
  // Facts with equal support may be drawn in any order: the hover text must be a supporting text of one of them.
  const tied = brief.claims.filter((c) => distinct(c) === distinct(top));
  assert.ok(tied.some((c) => c.support.some((s) => s.text === cellText)), 'a cell’s hover text is the exact supporting text');
  await cell.locator('button').click();
  assert.equal(await p.textContent('#evidence-mark'), cellText);

  const singles = brief.claims.filter((c) => c.status === 'single-source').length;
  assert.ok(singles > 0, 'the real corpus has single-source facts');
  await p.click('#sort-support');
  assert.equal(await p.locator('table.matrix tbody tr td.count').first().textContent(), '1');
  assert.match((await p.locator('table.matrix tbody tr').first().textContent()) ?? '', /single source/);
  await p.check('#hide-single');
  assert.equal(await p.locator('table.matrix tbody tr.single-source').count(), 0);
  assert.match((await p.textContent('#matrix-count')) ?? '', new RegExp(`of ${brief.claims.length - singles} facts`));
  await p.uncheck('#hide-single');

  // Keyboard: the sort button and a chip are reachable and work with Enter.
  await p.focus('#sort-support');
  await p.keyboard.press('Enter');
  assert.equal(await p.locator('table.matrix tbody tr td.count').first().textContent(), String(distinct(top)));

  // The HTML export is one self-contained file that opens offline (no script, no external resource).
  const [download] = await Promise.all([p.waitForEvent('download'), p.click('#export-html')]);
  const file = join(SHOTS, 'exported-brief.html');
  await download.saveAs(file);
  const html = readFileSync(file, 'utf8');
  assert.doesNotMatch(html, /<script|<link|src=|https?:\/\/(?!corroborate)/i);
  const offline = await browser.newPage();
  const requested: string[] = [];
  await offline.route('**/*', (r) => (r.request().url().startsWith('file:') ? r.continue() : (requested.push(r.request().url()), r.abort())));
  await offline.goto('file://' + file);
  assert.deepEqual(requested, []);
  assert.equal(await offline.textContent('h1'), brief.sources.find((s) => s.title)?.title);
  assert.equal(await offline.locator('table tbody tr').count(), brief.claims.filter((c) => c.status !== 'single-source').length);
  await offline.screenshot({ path: join(SHOTS, '4-exported.png') });
  await offline.close();

  // A syndicated copy of a report (one word changed) joins the story: the open brief says so without reloading,
  // and the copy folds into its original's column instead of counting as another witness.
  const original = texts[1]!;
  const copy = { name: 'wire-copy.txt', text: original.text.replace(/\bthe\b/, 'a') };
  assert.notEqual(copy.text, original.text);
  const more = await api<{ added: number; stories: string[] }>('/api/reports', { texts: [copy] });
  assert.deepEqual(more, { added: 1, stories: [storyId], errors: [] });
  await p.waitForSelector('#story-changed button', { timeout: 15_000 });
  await p.click('#story-changed button');
  await p.waitForSelector('table.matrix thead .copies');
  const withCopy = await api<Brief>(`/api/stories/${storyId}/brief`);
  const copied = withCopy.sources.find((s) => s.copyOf?.length);
  assert.ok(copied, 'the store marks the copy');
  assert.equal(withCopy.sources.length, 6);
  assert.equal(await p.locator('table.matrix thead th').count(), 2 + originals);
  assert.match((await p.locator('#sources').textContent()) ?? '', /≡ copy of \[\d\]/);
  await p.screenshot({ path: join(SHOTS, '5-brief-with-copy.png') });

  // Readable on a phone: nothing wider than the screen but the matrix, which scrolls in its own box.
  const phone = await page(390);
  await phone.goto(`${base}/#/story/${storyId}`);
  await phone.waitForSelector('#summary .chip');
  assert.ok((await phone.evaluate<number>('document.documentElement.scrollWidth')) <= 390, 'the brief fits a 390 px screen');
  await phone.locator('#summary .chip').first().click();
  assert.ok(await phone.locator('#evidence-mark').isVisible());
  await phone.screenshot({ path: join(SHOTS, '6-phone-brief.png') });
  await phone.close();

  // The report view: the text with highlights by layer, its metadata, what was removed.
  await p.goto(`${base}/#/story/${storyId}/report/${sourceId}`);
  await p.waitForSelector('.report-text mark');
  assert.equal(await p.textContent('.report-text'), brief.sources.find((s) => s.id === sourceId)?.text);
  await p.screenshot({ path: join(SHOTS, '7-report.png') });
  await p.close();
});

test('a hostile article, title and file name show as text and run no script; bad input is a clear error', async () => {
  const p = await page();
  await p.goto(base + '/');
  await p.waitForSelector('#add-text');
  const known = await api<StorySummary[]>('/api/stories');

  // An empty submission and an unreachable URL are explained in the page.
  await p.click('#add-submit');
  assert.match((await p.textContent('#add-message')) ?? '', /Nothing to add/);
  await p.fill('#add-urls', 'ftp://example.org/feed');
  await p.click('#add-submit');
  await p.locator('#add-message', { hasText: 'not an http' }).waitFor();
  await p.fill('#add-urls', '');

  // A saved page whose title and body carry markup as text, real script tags, a javascript: link and a hostile
  // file name, dropped as a file; and a plain-text report of the same event pasted. Both through the form.
  const hostileHtml = [
    '<html><head><title>&lt;img src=x onerror=window.__pwned=5&gt; Ferry &lt;script&gt;window.__pwned=6&lt;/script&gt; late</title>',
    '<script>window.__pwned=7</script></head><body><article><h1>&lt;img src=x onerror=window.__pwned=5&gt; Ferry late again</h1>',
    '<p>The harbour authority said on Monday that the Northbay ferry was late &lt;script&gt;window.__pwned=2&lt;/script&gt; by two hours, according to officials at the port.</p>',
    '<p>Passengers on the Northbay ferry waited <a href="javascript:window.__pwned=3">two hours</a> on Monday, and the <b onmouseover="window.__pwned=4">harbour authority</b> apologised to them.</p>',
    '</article></body></html>',
  ].join('\n');
  await p.setInputFiles('#add-files', { name: '<svg onload=window.__pwned=8>.html', mimeType: 'text/html', buffer: Buffer.from(hostileHtml) });
  await p.fill('#add-text', 'Northbay ferry late\n\nThe Northbay ferry was late on Monday, the harbour authority said. Passengers waited two hours at the port on Monday.');
  await p.click('#add-submit');
  await p.locator('#add-message', { hasText: 'Added 2 report' }).waitFor();

  // The new story appears in the list without reloading, marked new.
  await p.waitForSelector('.story.changed');
  const stories = await api<StorySummary[]>('/api/stories?q=northbay');
  const story = stories.find((s) => !known.some((k) => k.id === s.id) && s.reports.some((r) => r.input.includes('svg')));
  assert.ok(story, 'the hostile report forms a new story');
  const hostile = story.reports.find((r) => r.input.includes('svg'))!;
  assert.equal(hostile.input, '<svg onload=window.__pwned=8>.html');
  await p.screenshot({ path: join(SHOTS, '5-added.png'), fullPage: true });

  await p.goto(`${base}/#/story/${story.id}`);
  await p.waitForSelector('#sources a');
  assert.match((await p.textContent('#sources')) ?? '', /<img src=x onerror=window.__pwned=5>/);
  await p.locator('#sources a').filter({ hasText: 'onerror' }).click();
  await p.waitForSelector('.report-text');
  assert.match((await p.textContent('h1')) ?? '', /<img src=x onerror=/);
  assert.match((await p.textContent('.report-text')) ?? '', /<script>window.__pwned=2<\/script>/);
  assert.match((await p.textContent('.meta')) ?? '', /<svg onload=window.__pwned=8>\.html/);
  await p.screenshot({ path: join(SHOTS, '8-hostile-report.png'), fullPage: true });
  await p.hover('.report-text');
  assert.equal(await p.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned), undefined);
  assert.equal(await p.locator('main script, main img, main svg, main b, a[href^="javascript"]').count(), 0);
  await p.close();
});

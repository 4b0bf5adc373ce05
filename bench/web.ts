/**
 * `node --import tsx bench/web.ts`: how fast the brief page renders in a real browser (Debian's chromium via
 * playwright-core) for generated stories of 25/50/100/200 reports (bench/generate-story.ts). The brief is built
 * once on the server first (that is `npm run bench`'s subject); what is timed here is the page: from navigation
 * to the painted corroboration matrix (page load, brief JSON fetch and parse, summary and matrix drawn and painted;
 * the sections below are drawn after that paint), median of RUNS fresh pages. Aim (issue 6): a story of 200 reports renders in under a second.
 *
 * Options (environment): SIZES=25,50,100,200  RUNS=5  SEED=1  CHROMIUM_PATH=/usr/bin/chromium  WORKER=0|1
 */
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { extractPlainText } from '../src/extract/plaintext/index.js';
import { createApp } from '../src/serve/app.js';
import { MemoryLibrary } from '../src/serve/memory-library.js';
import { EXAMPLE_DATE, generateStory } from './generate-story.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = (process.env.SIZES ?? '25,50,100,200').split(',').map(Number);
const RUNS = Number(process.env.RUNS ?? 5);
const SEED = Number(process.env.SEED ?? 1);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** WORKER=0: build the brief on the server's thread, yielding between steps, instead of on a worker thread. */
const WORKER = process.env.WORKER !== '0';

interface Row {
  reports: number;
  facts: number;
  briefKb: number;
  serverBriefMs: number;
  /** Requests answered while the brief was built, and the slowest of them (the event loop is not blocked). */
  polls: number;
  slowestPollMs: number;
  renderMs: number;
  bestMs: number;
  /** Of the median run: navigation → brief JSON fetched and parsed; then until the whole page is drawn. */
  fetchedMs: number;
  /** Navigation → every section drawn (the sections below the matrix come after its first paint). */
  drawMs: number;
  domNodes: number;
  rowsDrawn: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

execFileSync('node', ['scripts/build-web.mjs'], { cwd: ROOT });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const rows: Row[] = [];
try {
  for (const n of SIZES) {
    const articles = generateStory(n, SEED).map((r) => extractPlainText(r.text, { input: r.input, publishedAt: EXAMPLE_DATE }));
    const app = createApp(new MemoryLibrary(articles, { date: EXAMPLE_DATE, worker: WORKER }));
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      // The first request builds (and caches) the brief on the server; later pages get it from the cache.
      // Meanwhile the server must keep answering: the revision poll and the stories list are timed during the build.
      const t0 = performance.now();
      let built = false;
      const building = fetch(`${base}/api/stories/story-1/brief`).then(async (r) => {
        const text = await r.text();
        built = true;
        return text;
      });
      const polls: number[] = [];
      while (!built) {
        const t = performance.now();
        await Promise.all([fetch(`${base}/api/revision`).then((r) => r.text()), fetch(`${base}/api/stories`).then((r) => r.text())]);
        // Every poll sent during the build counts, even one answered only after it (it waited for the build).
        polls.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 50));
      }
      const json = await building;
      const serverBriefMs = performance.now() - t0;
      const parsed = JSON.parse(json) as { claims?: unknown[]; error?: string };
      if (!parsed.claims) throw new Error(`brief of ${n} reports: ${json.slice(0, 600)}`);
      const facts = parsed.claims.length;
      const times: number[] = [];
      const marks: { fetched: number; drawn: number }[] = [];
      let domNodes = 0;
      let rowsDrawn = 0;
      for (let run = 0; run < RUNS; run++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.goto(`${base}/#/story/story-1`);
        // The page marks 'matrix-painted' in the task after the frame that drew the matrix (rAF, then a timeout):
        // navigation start → matrix on screen. (A function, not a string: the app's CSP forbids eval while polling.)
        const handle = await page.waitForFunction(() => performance.getEntriesByName('matrix-painted')[0]?.startTime ?? 0, undefined, { timeout: 60_000 });
        times.push((await handle.jsonValue()) as number);
        if (!(await page.locator('table.matrix tbody tr').count())) throw new Error('no matrix rows drawn');
        marks.push(
          await page.evaluate(() => ({
            fetched: performance.getEntriesByName('brief-fetched')[0]?.startTime ?? NaN,
            drawn: performance.getEntriesByName('brief-drawn')[0]?.startTime ?? NaN,
          })),
        );
        domNodes = await page.evaluate<number>("document.getElementsByTagName('*').length");
        rowsDrawn = await page.locator('table.matrix tbody tr').count();
        await page.close();
      }
      const mid = marks[times.indexOf(median(times))]!;
      rows.push({
        reports: n,
        facts,
        briefKb: Math.round(json.length / 1024),
        serverBriefMs: Math.round(serverBriefMs),
        polls: polls.length,
        slowestPollMs: Math.round(Math.max(0, ...polls)),
        renderMs: Math.round(median(times)),
        bestMs: Math.round(Math.min(...times)),
        fetchedMs: Math.round(mid.fetched),
        drawMs: Math.round(mid.drawn),
        domNodes,
        rowsDrawn,
      });
    } finally {
      await app.close();
    }
  }
} finally {
  await browser.close();
}

console.log(`\nBrief page in chromium (navigation → matrix painted), median of ${RUNS} fresh pages, seed ${SEED}; brief built ${WORKER ? 'on a worker thread' : 'on the server thread, yielding between steps'}`);
console.log('| reports | facts | brief JSON | server brief (once) | polls answered meanwhile | slowest poll | matrix painted (median) | best | of which: loaded+fetched | whole page drawn | DOM elements | matrix rows drawn |');
console.log('|--------:|------:|-----------:|--------------------:|------------------------:|-------------:|------------------------:|-----:|------------------:|-----------------:|-------------:|------------------:|');
for (const r of rows) {
  console.log(`| ${r.reports} | ${r.facts} | ${r.briefKb} KB | ${r.serverBriefMs} ms | ${r.polls} | ${r.slowestPollMs} ms | ${r.renderMs} ms | ${r.bestMs} ms | ${r.fetchedMs} ms | ${r.drawMs} ms | ${r.domNodes} | ${r.rowsDrawn} |`);
}
const worst = rows.find((r) => r.reports === 200);
if (worst) console.log(`\n200 reports: ${worst.renderMs} ms ${worst.renderMs < 1000 ? '< 1 s (aim met)' : '≥ 1 s (aim NOT met)'}`);

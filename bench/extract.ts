/**
 * Article extraction, side by side: corroborate's HTML extractor and @mozilla/readability (on linkedom, its fastest
 * DOM) over the 181 pages of ../shared/bench/article-extraction-benchmark, scored with the benchmark's own metric
 * (bench/extract-metric.ts). Prints F1, precision, recall, accuracy and pages per second for both, with ratios.
 * Run: `npm run bench:extract` (uses `nice`; the machine is shared).
 */
import { existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml } from '../src/extract/html/index.js';
import { loadBenchPages, metrics, scorePage, type BenchPage, type Metrics } from './extract-metric.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIR = join(ROOT, '..', 'shared', 'bench', 'article-extraction-benchmark');
const ROUNDS = Number(process.env.ROUNDS ?? 5);

function corroborate(page: BenchPage): string {
  return extractHtml(page.html, { input: page.id, url: page.url }).text;
}

function readability(page: BenchPage): string {
  const { document } = parseHTML(page.html);
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  return article?.textContent ?? '';
}

interface Result extends Metrics {
  pagesPerSecond: number;
  msPerPage: number;
}

type Extractor = (p: BenchPage) => string;

function extractAll(pages: BenchPage[], fn: Extractor): string[] {
  return pages.map((p) => {
    try {
      return fn(p);
    } catch {
      return ''; // a crash scores as an empty extraction
    }
  });
}

/**
 * Scores both extractors, then times them in alternating rounds (ours, theirs, ours, ...) and keeps each one's
 * best round, so that load from other processes on a shared machine falls on both alike.
 */
function compare(pages: BenchPage[], a: Extractor, b: Extractor): [Result, Result] {
  const scored = [a, b].map((fn) => {
    const texts = extractAll(pages, fn);
    return metrics(pages.map((p, i) => scorePage(p.truth, texts[i]!)));
  });
  const best = [Infinity, Infinity];
  for (let r = 0; r < ROUNDS; r++) {
    [a, b].forEach((fn, k) => {
      const t0 = performance.now();
      extractAll(pages, fn);
      best[k] = Math.min(best[k]!, performance.now() - t0);
    });
    process.stderr.write(`round ${r + 1}/${ROUNDS}\n`);
  }
  return [0, 1].map((k) => ({ ...scored[k]!, msPerPage: best[k]! / pages.length, pagesPerSecond: (pages.length * 1000) / best[k]! })) as [Result, Result];
}

if (!existsSync(DIR)) {
  console.error(`benchmark data missing: ${DIR}`);
  process.exit(1);
}
const pages = loadBenchPages(DIR);
const [ours, theirs] = compare(pages, corroborate, readability);

const fmt = (x: number) => x.toFixed(3);
const rows: [string, (r: Result) => string, (a: Result, b: Result) => string][] = [
  ['F1', (r) => fmt(r.f1), (a, b) => (a.f1 / b.f1).toFixed(3)],
  ['precision', (r) => fmt(r.precision), (a, b) => (a.precision / b.precision).toFixed(3)],
  ['recall', (r) => fmt(r.recall), (a, b) => (a.recall / b.recall).toFixed(3)],
  ['accuracy', (r) => fmt(r.accuracy), (a, b) => (b.accuracy ? (a.accuracy / b.accuracy).toFixed(3) : '-')],
  ['pages/s', (r) => r.pagesPerSecond.toFixed(1), (a, b) => (a.pagesPerSecond / b.pagesPerSecond).toFixed(2) + '×'],
  ['ms/page', (r) => r.msPerPage.toFixed(2), (a, b) => (a.msPerPage / b.msPerPage).toFixed(2) + '×'],
];
console.log(`article-extraction-benchmark: ${pages.length} pages, speed = best of ${ROUNDS} alternating rounds\n`);
console.log('| metric | corroborate | readability 0.6 + linkedom | ratio |');
console.log('| --- | --- | --- | --- |');
for (const [label, get, ratio] of rows) console.log(`| ${label} | ${get(ours)} | ${get(theirs)} | ${ratio(ours, theirs)} |`);

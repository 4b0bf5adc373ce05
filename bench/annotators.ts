/**
 * Throughput of every annotator of the brief, layer by layer in pipeline order, for `npm run bench`: reports/s and
 * MB/s of text on 2 cores (one process; Node runs the annotators on one thread). Each layer runs on reports that
 * already carry the layers it reads, so a row is that layer's own cost; times are the median of several warm runs.
 * Run directly (`node --import tsx bench/annotators.ts`) it measures the real corpus and the example story.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Article, Doc } from '../src/doc/types.js';
import { extract } from '../src/extract/index.js';
import { sentenceLayer } from '../src/annotate/sentences.js';
import { tokenLayer } from '../src/annotate/tokens.js';
import { entitiesLayer } from '../src/annotate/entities/index.js';
import { quantitiesLayer } from '../src/annotate/quantities/index.js';
import { datesLayer } from '../src/annotate/dates/index.js';
import { quotesLayer } from '../src/annotate/quotes/index.js';
import { attributionsLayer } from '../src/annotate/attributions/index.js';
import { annotate } from '../src/annotate/index.js';
import { discrepanciesSection } from '../src/brief/sections/discrepancies.js';
import { timelineSection } from '../src/brief/sections/timeline.js';

export interface AnnotatorThroughput {
  annotator: string;
  reports: number;
  megabytes: number;
  /** Median wall time of one pass over all reports, ms. */
  ms: number;
  reportsPerSecond: number;
  megabytesPerSecond: number;
}

function medianMs(runs: number, f: () => void): number {
  f(); // warm-up: regexes compiled, tagger loaded
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function annotatorThroughput(articles: Article[], options: { runs?: number; date?: string | null } = {}): AnnotatorThroughput[] {
  const date = options.date ?? null;
  const runs = options.runs ?? 5;
  const opts = { date };
  // Fully annotated docs: each layer below is re-run on them, reading the earlier layers as the pipeline does.
  const docs: Doc[] = articles.map((a, i) => annotate(a, String(i + 1), opts));
  const megabytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0) / 1048576;
  const row = (annotator: string, f: () => void): AnnotatorThroughput => {
    const ms = medianMs(runs, f);
    const s = Math.max(ms, 1e-6) / 1000;
    return { annotator, reports: docs.length, megabytes, ms, reportsPerSecond: docs.length / s, megabytesPerSecond: megabytes / s };
  };
  return [
    row('sentences', () => docs.forEach((d) => sentenceLayer(d.text, d.layers.paragraphs))),
    row('tokens (tagger)', () => docs.forEach((d) => tokenLayer(d.text, d.layers.sentences))),
    row('entities', () => docs.forEach((d) => entitiesLayer(d, opts))),
    row('quantities', () => docs.forEach((d) => quantitiesLayer(d, opts))),
    row('dates', () => docs.forEach((d) => datesLayer(d, opts))),
    row('quotes', () => docs.forEach((d) => quotesLayer(d, opts))),
    row('attributions', () => docs.forEach((d) => attributionsLayer(d, opts))),
    row('all layers', () => articles.forEach((a, i) => annotate(a, String(i + 1), opts))),
    // Cross-report sections without claims: their own cost, not the aligner's.
    row('discrepancies', () => discrepanciesSection(docs, [])),
    row('timeline', () => timelineSection(docs, [])),
  ];
}

export function throughputTable(rows: ThroughputRows): string {
  const lines = [`| annotator | reports | ms (median) | reports/s | MB/s |`, `|---|---:|---:|---:|---:|`];
  for (const r of rows) lines.push(`| ${r.annotator} | ${r.reports} | ${r.ms.toFixed(1)} | ${r.reportsPerSecond.toFixed(0)} | ${r.megabytesPerSecond.toFixed(2)} |`);
  return lines.join('\n');
}
type ThroughputRows = AnnotatorThroughput[];

export function articlesIn(dir: string, date: string): Article[] {
  const files = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort();
  return files.map((f) => extract({ input: join(dir, f), url: null, body: readFileSync(join(dir, f)), contentType: 'text/plain', publishedAt: date }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const sets: [string, string, string][] = [
    ['atacms-2024-11', join(root, '..', 'shared', 'corpus', 'atacms-2024-11'), '2024-11-18'],
    ['harbor-bridge', join(root, 'examples', 'harbor-bridge'), '2025-03-05'],
  ];
  for (const [name, dir, date] of sets) {
    // Repeated so each pass is long enough to time (the texts are small).
    const articles = Array.from({ length: 20 }, () => articlesIn(dir, date)).flat();
    console.log(`\n${name} ×20`);
    console.log(throughputTable(annotatorThroughput(articles, { date, runs: 7 })));
  }
}

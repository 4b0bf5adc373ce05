/**
 * Throughput of the numbers and dates annotators (and the cross-report sections built on them), for
 * `npm run bench`: reports/s and MB/s of text on the given reports. The bench owner calls
 * `numbersDatesThroughput(docsOrArticles)`; run directly (`node --import tsx bench/annotators.ts`) it measures
 * the real corpus and the example story.
 *
 * Each annotator runs on reports already split and tagged (sentences and tokens are the tagger's cost, measured
 * with the brief); times are the median of several warm runs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Article, Doc } from '../src/doc/types.js';
import { extract } from '../src/extract/index.js';
import { sentenceLayer } from '../src/annotate/sentences.js';
import { tokenLayer } from '../src/annotate/tokens.js';
import { quantitiesLayer } from '../src/annotate/quantities/index.js';
import { datesLayer } from '../src/annotate/dates/index.js';
import { discrepanciesSection } from '../src/brief/sections/discrepancies.js';
import { timelineSection } from '../src/brief/sections/timeline.js';

export interface AnnotatorThroughput {
  annotator: 'quantities' | 'dates' | 'discrepancies' | 'timeline';
  reports: number;
  megabytes: number;
  /** Median wall time of one pass over all reports, ms. */
  ms: number;
  reportsPerSecond: number;
  megabytesPerSecond: number;
}

function isDoc(x: Doc | Article): x is Doc {
  return 'layers' in x;
}

/** A Doc with the layers these annotators read (sentences, tokens) and their own filled in. */
function prepared(x: Doc | Article, i: number, date: string | null): Doc {
  if (isDoc(x)) return x;
  const sentences = sentenceLayer(x.text, x.paragraphs);
  const doc: Doc = {
    id: String(i + 1),
    article: x,
    text: x.text,
    layers: { paragraphs: x.paragraphs, sentences, tokens: tokenLayer(x.text, sentences), entities: [], quotes: [], quantities: [], dates: [], attributions: [] },
  };
  doc.layers.quantities = quantitiesLayer(doc, { date });
  doc.layers.dates = datesLayer(doc, { date });
  return doc;
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

export function numbersDatesThroughput(
  input: (Doc | Article)[],
  options: { runs?: number; date?: string | null } = {},
): AnnotatorThroughput[] {
  const date = options.date ?? null;
  const runs = options.runs ?? 5;
  const docs = input.map((x, i) => prepared(x, i, date));
  const megabytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0) / 1048576;
  const row = (annotator: AnnotatorThroughput['annotator'], f: () => void): AnnotatorThroughput => {
    const ms = medianMs(runs, f);
    const s = Math.max(ms, 1e-6) / 1000;
    return { annotator, reports: docs.length, megabytes, ms, reportsPerSecond: docs.length / s, megabytesPerSecond: megabytes / s };
  };
  return [
    row('quantities', () => docs.forEach((d) => quantitiesLayer(d, { date }))),
    row('dates', () => docs.forEach((d) => datesLayer(d, { date }))),
    // The cross-report sections, with no claims: their own cost, not the aligner's.
    row('discrepancies', () => discrepanciesSection(docs, [])),
    row('timeline', () => timelineSection(docs, [])),
  ];
}

function articlesIn(dir: string, files: string[], date: string): Article[] {
  return files.map((f) =>
    extract({ input: join(dir, f), url: null, body: readFileSync(join(dir, f)), contentType: 'text/plain', publishedAt: date }),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const sets: [string, string, string][] = [
    ['atacms-2024-11', join(root, '..', 'shared', 'corpus', 'atacms-2024-11'), '2024-11-18'],
    ['harbor-bridge', join(root, 'examples', 'harbor-bridge'), '2025-03-05'],
  ];
  for (const [name, dir, date] of sets) {
    const files = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort();
    // Repeat the reports so each pass is long enough to time (the texts are small).
    const articles = Array.from({ length: 20 }, () => articlesIn(dir, files, date)).flat();
    for (const r of numbersDatesThroughput(articles, { date, runs: 7 })) {
      console.log(
        `${name.padEnd(16)} ${r.annotator.padEnd(14)} ${r.reports} reports  ${r.ms.toFixed(1).padStart(7)} ms  ` +
          `${r.reportsPerSecond.toFixed(0).padStart(6)} reports/s  ${r.megabytesPerSecond.toFixed(2).padStart(6)} MB/s`,
      );
    }
  }
}

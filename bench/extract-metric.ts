/**
 * The metric of the article-extraction-benchmark (../shared/bench/article-extraction-benchmark/README.md), as its
 * evaluation script defines it: 4-token shingles over `\w+` tokens, multiset tp/fp/fn per page normalised to sum 1,
 * precision and recall averaged over pages, F1 of the averages, accuracy = exact token-list match.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Python's `\w` on str: letters, digits (all numeric categories) and underscore; not combining marks. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function shingles(tokens: string[], n = 4): Map<string, number> {
  const out = new Map<string, number>();
  const count = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < count; i++) {
    const s = tokens.slice(i, i + n).join(' ');
    if (s) out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  exact: boolean;
}

export function scorePage(truth: string, predicted: string): PageScore {
  const tt = tokenize(truth);
  const pt = tokenize(predicted);
  const t = shingles(tt);
  const p = shingles(pt);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, tc] of t) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [k, pc] of p) fp += Math.max(0, pc - (t.get(k) ?? 0));
  const s = tp + fp + fn;
  const exact = tt.length === pt.length && tt.every((x, i) => x === pt[i]);
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s, exact } : { tp: 0, fp: 0, fn: 0, exact };
}

export interface Metrics {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
}

export function pagePrecision(s: PageScore): number {
  if (s.fp === 0 && s.fn === 0) return 1;
  if (s.tp === 0 && s.fp === 0) return 0;
  return s.tp / (s.tp + s.fp);
}

export function pageRecall(s: PageScore): number {
  if (s.fp === 0 && s.fn === 0) return 1;
  if (s.tp === 0 && s.fn === 0) return 0;
  return s.tp / (s.tp + s.fn);
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function metrics(scores: PageScore[]): Metrics {
  const precision = mean(scores.filter((s) => s.tp + s.fp > 0).map(pagePrecision));
  const recall = mean(scores.filter((s) => s.tp + s.fn > 0).map(pageRecall));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { f1, precision, recall, accuracy: mean(scores.map((s) => (s.exact ? 1 : 0))) };
}

export interface BenchPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

/** The benchmark's pages, decompressed and decoded (UTF-8 as saved), sorted by id. */
export function loadBenchPages(dir: string): BenchPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  return readdirSync(join(dir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.html\.gz$/, '');
      const html = new TextDecoder('utf-8').decode(gunzipSync(readFileSync(join(dir, 'html', f))));
      return { id, url: truth[id]?.url ?? '', html, truth: truth[id]?.articleBody ?? '' };
    });
}

/** Shared test utilities: where the real-world data lives, and loading it. Real data is read from ../shared. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Doc, RawInput } from '../src/doc/types.js';
import { ingest } from '../src/ingest/index.js';
import { extract } from '../src/extract/index.js';
import { annotate } from '../src/annotate/index.js';
import { annotateAll, extractAll } from '../src/pipeline.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = resolve(ROOT, '..', 'shared');
export const ATACMS = join(SHARED, 'corpus', 'atacms-2024-11');
export const EXAMPLE = join(ROOT, 'examples', 'harbor-bridge');

/** Report files of a corpus folder, sorted. Fails loudly when the folder is missing: a missing corpus is not a pass. */
export function corpusFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`corpus folder missing: ${dir} (CI must have ../shared beside the checkout)`);
  return readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Precision/recall/F1 from counts, printed by tests so regressions are visible in CI logs. */
export function prf(tp: number, predicted: number, gold: number): { p: number; r: number; f1: number } {
  const p = predicted === 0 ? (gold === 0 ? 1 : 0) : tp / predicted;
  const r = gold === 0 ? 1 : tp / gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export function report(label: string, m: { p: number; r: number; f1?: number }, extra = ''): void {
  const f1 = m.f1 ?? (m.p + m.r === 0 ? 0 : (2 * m.p * m.r) / (m.p + m.r));
  console.log(`${label}: precision ${m.p.toFixed(3)} recall ${m.r.toFixed(3)} F1 ${f1.toFixed(3)}${extra ? ' ' + extra : ''}`);
}

/** A report held in memory, as ingest would hand it over. */
export function rawText(input: string, text: string, date: string | null): RawInput {
  return { input, url: null, body: new TextEncoder().encode(text), contentType: 'text/plain', publishedAt: date };
}

/** The report files of a folder annotated as the brief does, with one publication date. */
export function docsOfFolder(dir: string, date: string | null): Doc[] {
  return annotateAll(extractAll(corpusFiles(dir).map((f) => rawText(f, readFileSync(f, 'utf8'), date))), { date });
}

/** The real corpus (or any folder) annotated as the brief does, through ingest. */
export async function corpusDocs(dir: string, date = '2024-11-18'): Promise<Doc[]> {
  const raws = await ingest(corpusFiles(dir), { date });
  return annotateAll(extractAll(raws), { date });
}

/** Small stories written in a test (name → text), annotated with one date. */
export function docsOfTexts(texts: Record<string, string>, date = '2030-05-04'): Doc[] {
  return annotateAll(extractAll(Object.entries(texts).map(([name, text]) => rawText(`${name}.txt`, text, date))), { date });
}

/** One text written in a test, annotated as a report with the given id. */
export function docOf(text: string, id: string, date = '2024-11-18'): Doc {
  return annotate(extract(rawText(`${id}.txt`, text, date)), id, { date });
}

/**
 * The one-way flow, as functions: ingest → extract → annotate → align → brief.
 * The CLI and the library API both call these; nothing else strings the stages together.
 */
import { basename, extname } from 'node:path';
import type { Article, Doc, RawInput } from './doc/types.js';
import { ingest, type IngestOptions } from './ingest/index.js';
import { extract } from './extract/index.js';
import { annotate } from './annotate/index.js';
import { buildBrief, nextTurn } from './brief/build.js';
import type { Brief } from './brief/types.js';
import { InputError } from './util/errors.js';

export interface BriefOptions {
  /** Publication date (ISO) for reports that carry none; also the anchor for relative dates. */
  date?: string | null;
  /** Called after each report is annotated, for progress lines. */
  onProgress?: (done: number, total: number, input: string) => void;
  /** How inputs are read and fetched: private addresses, time and size bounds, concurrency (see IngestOptions). */
  ingest?: Omit<IngestOptions, 'date'>;
}

/** A short, stable id from an input name: the file name without extension, made unique within the brief. */
export function sourceIds(inputs: string[]): string[] {
  const seen = new Map<string, number>();
  return inputs.map((input) => {
    const base = input === '-' ? 'stdin' : basename(input.replace(/[?#].*$/, '').replace(/\/+$/, ''), extname(input)) || 'report';
    const slug = base.replace(/[^\p{L}\p{N}_.-]+/gu, '-').slice(0, 60) || 'report';
    const n = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, n);
    return n === 1 ? slug : `${slug}-${n}`;
  });
}

export function annotateAll(articles: Article[], options: BriefOptions = {}): Doc[] {
  const ids = sourceIds(articles.map((a) => a.input));
  return articles.map((a, i) => {
    const doc = annotate(a, ids[i]!, { date: options.date ?? null });
    options.onProgress?.(i + 1, articles.length, a.input);
    return doc;
  });
}

/** annotateAll giving the event loop a turn after each report, for a server that must keep answering. */
export async function annotateAllAsync(articles: Article[], options: BriefOptions = {}): Promise<Doc[]> {
  const ids = sourceIds(articles.map((a) => a.input));
  const docs: Doc[] = [];
  for (const [i, a] of articles.entries()) {
    docs.push(annotate(a, ids[i]!, { date: options.date ?? null }));
    options.onProgress?.(i + 1, articles.length, a.input);
    await nextTurn();
  }
  return docs;
}

export function briefFromArticles(articles: Article[], options: BriefOptions = {}): Brief {
  if (articles.length < 2) {
    const only = articles[0]?.input ?? '(no input)';
    throw new InputError(only, `a brief needs at least two reports, got ${articles.length}`);
  }
  for (const a of articles) if (a.text.trim() === '') throw new InputError(a.input, 'no article text found');
  return buildBrief(annotateAll(articles, options));
}

export function extractAll(raws: RawInput[]): Article[] {
  return raws.map((r) => extract(r));
}

/** The whole job: named inputs (paths, folders, `-`) to a brief. */
export async function brief(inputs: string[], options: BriefOptions = {}): Promise<Brief> {
  const raws = await ingest(inputs, { ...options.ingest, date: options.date ?? null });
  return briefFromArticles(extractAll(raws), options);
}

/** A brief from texts already in memory: `{ input, text, publishedAt? }` per report. */
export function briefFromTexts(
  reports: { input: string; text: string; publishedAt?: string | null }[],
  options: BriefOptions = {},
): Brief {
  const raws: RawInput[] = reports.map((r) => ({
    input: r.input,
    url: null,
    body: new TextEncoder().encode(r.text),
    contentType: 'text/plain',
    publishedAt: r.publishedAt ?? options.date ?? null,
  }));
  return briefFromArticles(extractAll(raws), options);
}

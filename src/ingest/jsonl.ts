/**
 * Pages crawled elsewhere: JSON Lines (one `{ url?, html?, text?, publishedAt?, title? }` per line), or the same
 * records as one JSON array. A bad line is an error for that line only.
 */
import { feedDate } from './dates.js';
import { isHttpUrl } from './fetch.js';

export interface CrawlRecord {
  /** 1-based line (JSON Lines) or array position. */
  line: number;
  url: string | null;
  html: string | null;
  text: string | null;
  publishedAt: string | null;
  title: string | null;
  warnings: string[];
}

export interface CrawlProblem {
  line: number;
  problem: string;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function toRecord(value: unknown, line: number): CrawlRecord | CrawlProblem {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { line, problem: 'not a JSON object' };
  const v = value as Record<string, unknown>;
  const record: CrawlRecord = {
    line,
    url: str(v.url),
    html: str(v.html),
    text: str(v.text),
    publishedAt: null,
    title: str(v.title),
    warnings: [],
  };
  if (record.url && !isHttpUrl(record.url)) return { line, problem: `url is not http(s): ${record.url.slice(0, 80)}` };
  const date = str(v.publishedAt) ?? str(v.published_at);
  if (date) {
    record.publishedAt = feedDate(date);
    if (!record.publishedAt) record.warnings.push(`unreadable publishedAt "${date.slice(0, 40)}"`);
  }
  if (!record.url && !record.html && !record.text) return { line, problem: 'record has none of url, html, text' };
  return record;
}

/**
 * Records of one parsed JSON value: an array holds one record per element, anything else is one record. A value
 * spread over many lines (pretty-printed JSON) is read here as a whole, never line by line.
 */
export function crawlRecordsOf(value: unknown): { records: CrawlRecord[]; problems: CrawlProblem[] } {
  const records: CrawlRecord[] = [];
  const problems: CrawlProblem[] = [];
  for (const [i, v] of (Array.isArray(value) ? value : [value]).entries()) {
    const r = toRecord(v, i + 1);
    if ('problem' in r) problems.push(r);
    else records.push(r);
  }
  return { records, problems };
}

/** Records of a JSON Lines text, a JSON array of records, or a single record object. */
export function crawlRecords(text: string): { records: CrawlRecord[]; problems: CrawlProblem[] } {
  const records: CrawlRecord[] = [];
  const problems: CrawlProblem[] = [];
  const add = (r: CrawlRecord | CrawlProblem) => ('problem' in r ? problems.push(r) : records.push(r));
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    let all: unknown;
    try {
      all = JSON.parse(trimmed);
    } catch (err) {
      return { records, problems: [{ line: 1, problem: `unreadable JSON (${(err as Error).message})` }] };
    }
    return crawlRecordsOf(all);
  }
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      add({ line: i + 1, problem: 'not valid JSON' });
      return;
    }
    add(toRecord(value, i + 1));
  });
  return { records, problems };
}

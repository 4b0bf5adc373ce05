/**
 * What the commands that read inputs share: the input options, reading every input through to articles
 * (src/extract/read.ts) with a progress line, and printing per-input errors. Each command decides what
 * "nothing usable" means and how to exit.
 */
import { Option, type Command } from 'commander';
import { readArticles as readAll } from '../extract/read.js';
import { ingestSettled, type IngestOptions } from '../ingest/index.js';
import { DEFAULT_CONCURRENCY, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../ingest/options.js';
import { type InputError, UsageError } from '../util/errors.js';
import { progressLine } from './progress.js';

export interface InputFlags {
  allowPrivate?: boolean;
  timeout?: string;
  maxSize?: string;
  concurrency?: string;
  strict?: boolean;
}

export const INPUTS_HELP =
  'files (.txt, .md, .html, .html.gz), folders of them, - for stdin, http(s) URLs, feeds (RSS, Atom, JSON Feed), OPML lists of feeds, JSON Lines of { url, html, text, publishedAt }';

export function addInputOptions(cmd: Command): Command {
  return cmd
    .option('--allow-private', 'allow fetching from loopback and private network addresses')
    .addOption(new Option('--timeout <seconds>', 'time bound per fetched input').default(String(DEFAULT_TIMEOUT_MS / 1000)))
    .addOption(new Option('--max-size <MB>', 'largest page or file read').default(String(DEFAULT_MAX_BYTES / 1024 / 1024)))
    .addOption(new Option('--concurrency <n>', 'fetches in flight at once').default(String(DEFAULT_CONCURRENCY)))
    .option('--strict', 'fail when any input fails, instead of going on with the others');
}

function positive(flag: string, value: string | undefined, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) throw new UsageError(`${flag} ${value}: not a positive ${integer ? 'whole ' : ''}number`);
  return n;
}

/** `--date`: the publication date of what carries none, and the reference for relative dates. */
export function dateOption(of = 'reports'): Option {
  return new Option('--date <date>', `publication date of ${of} that carry none (YYYY-MM-DD)`);
}

/** `--date` accepts an ISO date or date-time; anything else is a usage error naming the value. */
export function parseDateOption(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`--date ${value}: not a date (use YYYY-MM-DD)`);
  }
  return value;
}

export function ingestOptionsFrom(flags: InputFlags, date: string | null): IngestOptions {
  const timeout = positive('--timeout', flags.timeout, false);
  const maxSize = positive('--max-size', flags.maxSize, false);
  const concurrency = positive('--concurrency', flags.concurrency, true);
  const options: IngestOptions = { date, allowPrivate: Boolean(flags.allowPrivate) };
  if (timeout !== undefined) options.timeoutMs = timeout * 1000;
  if (maxSize !== undefined) options.maxBytes = Math.round(maxSize * 1024 * 1024);
  if (concurrency !== undefined) options.concurrency = concurrency;
  return options;
}

/** Runs a fetch with a progress line on stderr that follows its `onProgress` and is cleared whatever happens. */
async function withFetchProgress<T>(options: IngestOptions, run: (options: IngestOptions) => Promise<T>): Promise<T> {
  const progress = progressLine('fetching');
  try {
    return await run({ ...options, onProgress: (done, total, input) => progress.update(done, total, input) });
  } finally {
    progress.done();
  }
}

/** `readArticles` with a progress line on stderr while inputs are fetched. */
export function readArticles(inputs: string[], options: IngestOptions): ReturnType<typeof readAll> {
  return withFetchProgress(options, (o) => readAll(inputs, o));
}

/** `ingestSettled` (inputs read, not yet extracted) with a progress line on stderr while inputs are fetched. */
export function readRawInputs(inputs: string[], options: IngestOptions): ReturnType<typeof ingestSettled> {
  return withFetchProgress(options, (o) => ingestSettled(inputs, o));
}

/**
 * Prints the errors one line each on stderr. When the run must fail, the last one is thrown instead of printed,
 * so the CLI's own error line is that input's line and the exit is non-zero without an extra message.
 */
export function reportErrors(errors: InputError[], fail: boolean): void {
  const printed = fail ? errors.slice(0, -1) : errors;
  for (const err of printed) process.stderr.write(`corroborate: ${err.message}\n`);
  if (fail && errors.length) throw errors[errors.length - 1];
}

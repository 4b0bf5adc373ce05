/**
 * What `extract` and `brief` share: the input options, reading every input (files, folders, stdin, URLs, feeds,
 * JSON Lines) with a progress line, extracting each, and collecting per-input errors instead of stopping at the
 * first. Each command decides what "nothing usable" means and how to exit.
 */
import { Option, type Command } from 'commander';
import type { Article } from '../doc/types.js';
import { extract } from '../extract/index.js';
import { type FreshValidators, ingestSettled, type IngestOptions } from '../ingest/index.js';
import { DEFAULT_CONCURRENCY, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../ingest/options.js';
import { InputError, UsageError } from '../util/errors.js';
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

/**
 * Every article that could be read, and one error per input (or feed entry) that could not, in input order;
 * with `options.conditional`, also what answered 304 and the validators to keep once the articles are stored.
 */
export async function readArticles(
  inputs: string[],
  options: IngestOptions,
): Promise<{ articles: Article[]; errors: InputError[]; notModified: string[]; validators: FreshValidators[] }> {
  const progress = progressLine('fetching');
  const { raws, errors, notModified, validators } = await ingestSettled(inputs, { ...options, onProgress: (done, total, input) => progress.update(done, total, input) });
  progress.done();
  const articles: Article[] = [];
  for (const raw of raws) {
    try {
      articles.push(extract(raw));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      errors.push(err);
    }
  }
  return { articles, errors, notModified, validators };
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

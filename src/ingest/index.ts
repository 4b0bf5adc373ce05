/**
 * ingest: turns what the user names — files, folders, `-` for stdin, http(s) URLs, feeds (RSS, Atom, JSON Feed),
 * OPML lists of feeds, JSON Lines of pages crawled elsewhere — into RawInput records. Nothing here interprets
 * the article; it only gets the bytes (safely, with bounds on time and size) and says where they came from.
 */
import http from 'node:http';
import https from 'node:https';
import type { RawInput } from '../doc/types.js';
import { InputError } from '../util/errors.js';
import { expand, type ExpandContext } from './expand.js';
import { fetchUrl, isHttpUrl } from './fetch.js';
import { readPath, type Source } from './files.js';
import { limiter } from './limit.js';
import { type IngestOptions, type InputOutcome, resolveOptions } from './options.js';

export type { IngestOptions } from './options.js';

/** Everything that came through, and one error per input (or feed entry, or JSON line) that did not. */
export interface IngestResult {
  raws: RawInput[];
  errors: InputError[];
}

/**
 * Reads every input, fetching URLs concurrently (within the limit). Results and errors keep the order of the
 * inputs (and of entries inside feeds), whatever order the network answers in.
 */
export async function ingestSettled(inputs: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const opts = resolveOptions(options);
  const agents = {
    http: new http.Agent({ keepAlive: true, maxSockets: opts.concurrency }),
    https: new https.Agent({ keepAlive: true, maxSockets: opts.concurrency }),
  };
  const limit = limiter(opts.concurrency);
  let started = 0;
  let finished = 0;
  // One fetch per URL per run: an article listed by two feeds of an OPML file is downloaded once.
  const fetched = new Map<string, Promise<Source>>();
  const fetchOnce = async (url: string): Promise<Source> => {
    started++;
    try {
      return await limit(async () => {
        const got = await fetchUrl(url, { allowPrivate: opts.allowPrivate, timeoutMs: opts.timeoutMs, maxBytes: opts.maxBytes, agents });
        return { input: url, url: got.url, body: got.body, contentType: got.contentType, warnings: got.warnings };
      });
    } catch (err) {
      throw new InputError(url, (err as Error).message);
    } finally {
      finished++;
      opts.onProgress(finished, started, url);
    }
  };
  const ctx: ExpandContext = {
    maxBytes: opts.maxBytes,
    date: opts.date,
    fetch: (url: string): Promise<Source> => {
      if (!fetched.has(url)) fetched.set(url, fetchOnce(url));
      return fetched.get(url)!;
    },
  };
  const one = async (input: string): Promise<InputOutcome> => {
    try {
      if (isHttpUrl(input)) return await expand({ ...(await ctx.fetch(input)), input }, ctx, 'top');
      if (/^[a-z][a-z\d+.-]+:\/\//i.test(input)) throw new InputError(input, 'only http and https URLs are fetched');
      const { sources, errors } = await readPath(input, opts.maxBytes);
      const parts = await Promise.all(sources.map((src) => expand(src, ctx, 'top')));
      return { raws: parts.flatMap((p) => p.raws), errors: [...errors, ...parts.flatMap((p) => p.errors)] };
    } catch (err) {
      if (err instanceof InputError) return { raws: [], errors: [err.input === input ? err : new InputError(input, err.problem)] };
      throw err;
    }
  };
  try {
    const outcomes = await Promise.all(inputs.map(one));
    return { raws: distinct(outcomes.flatMap((o) => o.raws)), errors: distinctErrors(outcomes.flatMap((o) => o.errors)) };
  } finally {
    agents.http.destroy();
    agents.https.destroy();
  }
}

/**
 * The same report twice would count as two sources agreeing with each other, so a repeated input (the same
 * path, or the same page reached through two feeds or a redirect) is kept once: the first time it appears.
 */
function distinct(raws: RawInput[]): RawInput[] {
  const seen = new Set<string>();
  return raws.filter((raw) => {
    const keys = [raw.input, ...(raw.url ? [raw.url] : [])];
    if (keys.some((k) => seen.has(k))) return false;
    for (const k of keys) seen.add(k);
    return true;
  });
}

function distinctErrors(errors: InputError[]): InputError[] {
  const seen = new Set<string>();
  return errors.filter((e) => !seen.has(e.message) && Boolean(seen.add(e.message)));
}

/** Like ingestSettled, but the first problem (in input order) is thrown as an InputError. */
export async function ingest(inputs: string[], options: IngestOptions = {}): Promise<RawInput[]> {
  const { raws, errors } = await ingestSettled(inputs, options);
  if (errors[0]) throw errors[0];
  return raws;
}

export { isPrivateAddress } from './address.js';
export { mediaTypeOfPath } from './files.js';

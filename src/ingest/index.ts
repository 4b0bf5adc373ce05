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
import { fetchUrl, isHttpUrl, type Validators } from './fetch.js';
import { readPath, type Source } from './files.js';
import { limiter } from './limit.js';
import { combine, type IngestOptions, type InputOutcome, resolveOptions, type Validated } from './options.js';

export type { IngestOptions } from './options.js';
export type { Validators } from './fetch.js';

/** Everything that came through, and one error per input (or feed entry, or JSON line) that did not. */
export interface IngestResult {
  raws: RawInput[];
  errors: InputError[];
  /** Inputs (pages, feeds, entries) whose server answered 304 to a conditional request, in input order. */
  notModified: string[];
  /**
   * The validators of the responses read without a problem, one per URL, with the keys of the records read
   * from each: keep them (see IngestOptions.conditional) once every one of those records is stored.
   */
  validators: FreshValidators[];
}

export interface FreshValidators extends Validators {
  url: string;
  records: string[][];
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
        const known = opts.conditional(url);
        const validators = known ? { etag: known.etag ?? null, lastModified: known.lastModified ?? null } : null;
        const got = await fetchUrl(url, { allowPrivate: opts.allowPrivate, timeoutMs: opts.timeoutMs, maxBytes: opts.maxBytes, agents, validators });
        if (got.notModified) return { input: url, url: got.url, body: new Uint8Array(0), contentType: null, warnings: [], notModified: true };
        return { input: url, url: got.url, body: got.body, contentType: got.contentType, warnings: got.warnings, fetched: { url, validators: got.validators } };
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
      return combine([{ raws: [], errors }, ...parts]);
    } catch (err) {
      if (err instanceof InputError) return { raws: [], errors: [err.input === input ? err : new InputError(input, err.problem)] };
      throw err;
    }
  };
  try {
    const all = combine(await Promise.all(inputs.map(one)));
    return {
      raws: distinct(all.raws),
      errors: distinctErrors(all.errors),
      notModified: [...new Set(all.notModified)],
      validators: freshValidators(all.validated ?? []),
    };
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

/**
 * One entry per URL. A URL read twice in a run (an entry listed by two feeds) is one fetch, so its validators
 * are the same; its records are joined, and a problem in either reading withholds them.
 */
function freshValidators(validated: Validated[]): FreshValidators[] {
  const byUrl = new Map<string, Validated>();
  for (const v of validated) {
    const seen = byUrl.get(v.url);
    byUrl.set(v.url, seen ? { ...seen, records: [...seen.records, ...v.records], clean: seen.clean && v.clean } : v);
  }
  return [...byUrl.values()].filter((v) => v.clean).map(({ url, etag, lastModified, records }) => ({ url, etag, lastModified, records }));
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

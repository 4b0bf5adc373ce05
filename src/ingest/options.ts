import type { RawInput } from '../doc/types.js';
import type { InputError } from '../util/errors.js';
import type { Validators } from './fetch.js';

/** How inputs are read and fetched. Every field has a safe default; tests and the CLI override a few. */
export interface IngestOptions {
  /** Publication date for inputs that carry none (ISO date). */
  date?: string | null;
  /** Fetch from loopback, private, link-local and other non-public addresses (off by default: a pasted link must not reach the intranet). */
  allowPrivate?: boolean;
  /** Time bound per fetched input, redirects and body included, in milliseconds. */
  timeoutMs?: number;
  /** Largest body accepted per input (after decompression), in bytes. */
  maxBytes?: number;
  /** Fetches in flight at once. */
  concurrency?: number;
  /** Called whenever a fetch finishes, for progress lines. `total` grows as feeds reveal their entries. */
  onProgress?: (done: number, total: number, input: string) => void;
  /**
   * The validators kept from an earlier answer for a URL (`watch` asks its store): the request becomes conditional,
   * and a 304 is "not modified" — no record, no error, and for a feed no fetch of its entries.
   */
  conditional?: (url: string) => Partial<Validators> | null | undefined;
}

export interface ResolvedOptions {
  date: string | null;
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
  concurrency: number;
  onProgress: (done: number, total: number, input: string) => void;
  conditional: (url: string) => Partial<Validators> | null | undefined;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
/** Ten megabytes: far above any article page (most are under 1 MB) and small enough to refuse a runaway stream early. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_CONCURRENCY = 4;

export function resolveOptions(options: IngestOptions): ResolvedOptions {
  return {
    date: options.date ?? null,
    allowPrivate: options.allowPrivate ?? false,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    concurrency: Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY),
    onProgress: options.onProgress ?? (() => {}),
    conditional: options.conditional ?? (() => null),
  };
}

/** What one named input produced: its records, and the errors of the parts that failed (feed entries, JSON lines). */
export interface InputOutcome {
  raws: RawInput[];
  errors: InputError[];
  /** Inputs whose server answered 304 to a conditional request. */
  notModified?: string[];
  /** The validators of every response read, with what came out of it. */
  validated?: Validated[];
}

/**
 * The validators of one fetched response and the records read from it (a page: itself; a feed: its entries).
 * They may be kept only once those records are stored: a feed answered 304 next time is not read again, so
 * an entry that was lost in between would never come back.
 */
export interface Validated extends Validators {
  /** The URL as asked (before redirects): the next request names it. */
  url: string;
  /** The keys (input, and url when there is one) of each record read from the response. */
  records: string[][];
  /** No part of the response failed (an entry that could not be fetched would be skipped for good by a 304). */
  clean: boolean;
}

/** Joins the outcomes of several parts, in order. */
export function combine(parts: InputOutcome[]): InputOutcome {
  return {
    raws: parts.flatMap((p) => p.raws),
    errors: parts.flatMap((p) => p.errors),
    notModified: parts.flatMap((p) => p.notModified ?? []),
    validated: parts.flatMap((p) => p.validated ?? []),
  };
}

export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Number(mb.toFixed(1))} MB`;
}

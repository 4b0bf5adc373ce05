import type { RawInput } from '../doc/types.js';
import type { InputError } from '../util/errors.js';

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
}

export interface ResolvedOptions {
  date: string | null;
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
  concurrency: number;
  onProgress: (done: number, total: number, input: string) => void;
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
  };
}

/** What one named input produced: its records, and the errors of the parts that failed (feed entries, JSON lines). */
export interface InputOutcome {
  raws: RawInput[];
  errors: InputError[];
}

export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Number(mb.toFixed(1))} MB`;
}

/**
 * One URL to bytes over Node's own http/https: manual redirects (at most 5, loops named), the address check on
 * every hop, one deadline for the whole exchange, a size cap while reading, and transport decompression.
 * Errors are thrown as FetchError whose message is the one-line problem shown to the user.
 */
import http from 'node:http';
import https from 'node:https';
import type { IncomingMessage } from 'node:http';
import { checkLiteralHost, guardedLookup, PrivateAddressError } from './address.js';
import { BodyError, decodeContentEncoding } from './compression.js';
import { megabytes } from './options.js';
import { USER_AGENT } from './user-agent.js';

export const MAX_REDIRECTS = 5;

export class FetchError extends Error {
  override name = 'FetchError';
}

export interface FetchOptions {
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
  /** Keep-alive agents shared by one ingest run; a fresh non-pooled connection per request when absent. */
  agents?: { http: http.Agent; https: https.Agent };
  /** What an earlier answer for this URL said, sent back so an unchanged page is answered 304 without a body. */
  validators?: Validators | null;
}

/** An answer's ETag and Last-Modified: kept by the store, sent as If-None-Match / If-Modified-Since next time. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export interface Fetched {
  notModified?: false;
  /** The final URL, after redirects. */
  url: string;
  contentType: string | null;
  /** Body with the transport encoding undone; charset not yet decoded. */
  body: Uint8Array;
  warnings: string[];
  /** The answer's validators, when it gave any. */
  validators: Validators | null;
}

/** A 304 to a conditional request: what we hold is still current, and no body came. */
export interface NotModified {
  notModified: true;
  /** The final URL, after redirects. */
  url: string;
}

/** Media types that are never an article, refused before their body is downloaded. */
const NOT_A_PAGE = /^(?:image|audio|video|font)\/|^application\/(?:pdf|zip|x-zip|octet-stream|vnd\.|msword|x-tar|x-7z)/i;

export function isHttpUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

function parseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError('not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(`only http and https URLs are fetched, not ${url.protocol}`);
  return url;
}

/**
 * A validator is sent back only when it is a plain header value of sane length: it came from a server, and a
 * stored value with a line break must not become a header of its own.
 */
function headerValue(value: string | null | undefined): string | null {
  return value && value.length <= 1024 && /^[\x20-\x7e]+$/.test(value) ? value : null;
}

function conditionalHeaders(validators: Validators | null | undefined): Record<string, string> {
  const etag = headerValue(validators?.etag);
  const lastModified = headerValue(validators?.lastModified);
  return { ...(etag ? { 'if-none-match': etag } : {}), ...(lastModified ? { 'if-modified-since': lastModified } : {}) };
}

function validatorsOf(res: IncomingMessage): Validators | null {
  const etag = headerValue(res.headers.etag);
  const lastModified = headerValue(res.headers['last-modified']);
  return etag || lastModified ? { etag, lastModified } : null;
}

function request(url: URL, options: FetchOptions, signal: AbortSignal, conditional: Record<string, string>): Promise<IncomingMessage> {
  checkLiteralHost(url.hostname, options.allowPrivate);
  const secure = url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const req = (secure ? https : http).request(
      url,
      {
        method: 'GET',
        signal,
        lookup: guardedLookup(options.allowPrivate) as unknown as typeof import('node:dns').lookup,
        agent: options.agents ? (secure ? options.agents.https : options.agents.http) : false,
        headers: {
          'user-agent': USER_AGENT,
          accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,application/feed+json;q=0.9,text/plain;q=0.8,*/*;q=0.5',
          'accept-encoding': 'gzip, deflate, br',
          ...conditional,
        },
      },
      resolve,
    );
    req.on('error', reject);
    req.end();
  });
}

/** Reads the body up to maxBytes. A connection closed early keeps what arrived, with a warning. */
function readBody(res: IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<{ bytes: Buffer; truncated: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const done = (truncated: boolean) => {
      if (settled) return;
      settled = true;
      resolve({ bytes: Buffer.concat(chunks), truncated });
    };
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      reject(err);
      res.destroy();
    };
    // A body cut by our own deadline is an error, not a short page: what arrived would depend on timing.
    const onAbort = () => fail(new FetchError('aborted'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    res.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return fail(new FetchError(`page larger than the ${megabytes(maxBytes)} limit`));
      chunks.push(chunk);
    });
    res.on('end', () => done(false));
    res.on('error', (err) => (size > 0 && !signal.aborted ? done(true) : fail(err)));
    res.on('close', () => {
      signal.removeEventListener('abort', onAbort);
      if (signal.aborted) fail(new FetchError('aborted'));
      else if (res.complete) done(false);
      else if (size > 0) done(true);
      else fail(new FetchError('connection closed before any content arrived'));
    });
  });
}

function isAbort(err: unknown): boolean {
  return (err as Error)?.name === 'AbortError' || (err as NodeJS.ErrnoException)?.code === 'ABORT_ERR';
}

function describe(err: unknown, timeoutMs: number, timedOut: boolean): string {
  if (timedOut || isAbort(err)) return `no complete answer within ${Math.round(timeoutMs / 100) / 10} s`;
  if (err instanceof FetchError || err instanceof PrivateAddressError || err instanceof BodyError) return err.message;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET') return 'connection reset';
  if (code?.startsWith('ERR_TLS') || code?.includes('CERT')) return `TLS error (${code})`;
  return (err as Error).message?.split('\n')[0] ?? String(err);
}

/**
 * GETs a URL, following redirects. The deadline covers every hop and the whole body. With validators, the
 * request is conditional (on every hop: they were given by the final one) and a 304 comes back as NotModified.
 */
export async function fetchUrl(input: string, options: FetchOptions): Promise<Fetched | NotModified> {
  const conditional = conditionalHeaders(options.validators);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  try {
    let url = parseUrl(input);
    const visited = [url.href];
    for (;;) {
      const res = await request(url, options, controller.signal, conditional);
      const status = res.statusCode ?? 0;
      // A 304 we did not ask for (no validators sent) is an HTTP error like any other 3xx without a page.
      if (status === 304 && Object.keys(conditional).length > 0) {
        res.resume();
        return { notModified: true, url: url.href };
      }
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        const next = (() => {
          try {
            return parseUrl(new URL(res.headers.location!, url).href);
          } catch (err) {
            throw new FetchError(`redirect to an unusable address (${(err as Error).message})`);
          }
        })();
        if (visited.includes(next.href)) throw new FetchError(`redirect loop (${[...visited, next.href].join(' → ')})`);
        if (visited.length > MAX_REDIRECTS) throw new FetchError(`more than ${MAX_REDIRECTS} redirects`);
        visited.push(next.href);
        url = next;
        continue;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        throw new FetchError(`HTTP ${status}${res.statusMessage ? ' ' + res.statusMessage : ''}`);
      }
      const contentType = res.headers['content-type'] ?? null;
      if (contentType && NOT_A_PAGE.test(contentType)) {
        res.destroy();
        throw new FetchError(`not a page or feed (content-type ${contentType.split(';')[0]})`);
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        res.destroy();
        throw new FetchError(`page larger than the ${megabytes(options.maxBytes)} limit (${megabytes(declared)})`);
      }
      const { bytes, truncated } = await readBody(res, options.maxBytes, controller.signal);
      const warnings = truncated ? [`connection closed before the end of the page; kept the first ${bytes.length} bytes`] : [];
      const decoded = decodeContentEncoding(bytes, res.headers['content-encoding'], options.maxBytes);
      return { url: url.href, contentType, body: decoded.body, warnings: [...warnings, ...decoded.warnings], validators: validatorsOf(res) };
    }
  } catch (err) {
    throw new FetchError(describe(err, options.timeoutMs, timedOut));
  } finally {
    clearTimeout(timer);
  }
}

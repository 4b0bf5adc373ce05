/**
 * Compressed bodies: HTTP content-encodings (gzip, br, deflate) and gzip files (a saved `page.html.gz`, or a
 * server that sends `.gz` bytes without saying so), recognised by their magic bytes, never by name.
 * Decompression is capped at `maxBytes` of output so a small "zip bomb" cannot fill memory.
 */
import { brotliDecompressSync, constants, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { megabytes } from './options.js';

export class BodyError extends Error {
  override name = 'BodyError';
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 0x08;
}

interface Inflated {
  body: Buffer;
  warnings: string[];
}

function tooLarge(err: unknown): boolean {
  return (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError;
}

/** Runs one decoder strictly; when the stream was cut short, keeps what decodes and says so. */
function inflate(
  decode: (buf: Buffer, opts: { maxOutputLength: number; finishFlush?: number }) => Buffer,
  flush: number,
  bytes: Uint8Array,
  maxBytes: number,
  what: string,
): Inflated {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    return { body: decode(buf, { maxOutputLength: maxBytes }), warnings: [] };
  } catch (err) {
    if (tooLarge(err)) throw new BodyError(`larger than the ${megabytes(maxBytes)} limit once decompressed`);
    let partial: Buffer;
    try {
      partial = decode(buf, { maxOutputLength: maxBytes, finishFlush: flush });
    } catch (again) {
      if (tooLarge(again)) throw new BodyError(`larger than the ${megabytes(maxBytes)} limit once decompressed`);
      throw new BodyError(`corrupt ${what} data (${(err as Error).message})`);
    }
    if (partial.length === 0) throw new BodyError(`corrupt ${what} data (${(err as Error).message})`);
    return { body: partial, warnings: [`${what} data cut short; kept the ${partial.length} bytes that decompress`] };
  }
}

export function gunzip(bytes: Uint8Array, maxBytes: number): Inflated {
  return inflate(gunzipSync, constants.Z_SYNC_FLUSH, bytes, maxBytes, 'gzip');
}

/** Undoes a Content-Encoding header (`gzip`, `br`, `deflate`, or a list of them applied in order). */
export function decodeContentEncoding(bytes: Uint8Array, header: string | undefined, maxBytes: number): Inflated {
  const codings = (header ?? '')
    .toLowerCase()
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c && c !== 'identity');
  let body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const warnings: string[] = [];
  for (const coding of codings.reverse()) {
    let step: Inflated;
    if (coding === 'gzip' || coding === 'x-gzip') step = gunzip(body, maxBytes);
    else if (coding === 'br') step = inflate(brotliDecompressSync, constants.BROTLI_OPERATION_FLUSH, body, maxBytes, 'brotli');
    else if (coding === 'deflate') {
      // Servers disagree on "deflate": the standard says zlib-wrapped, some send the raw stream.
      const wrapped = body[0] !== undefined && (body[0] & 0x0f) === 8 && ((body[0] << 8) | (body[1] ?? 0)) % 31 === 0;
      step = inflate(wrapped ? inflateSync : inflateRawSync, constants.Z_SYNC_FLUSH, body, maxBytes, 'deflate');
    } else throw new BodyError(`unsupported content-encoding ${coding}`);
    body = step.body;
    warnings.push(...step.warnings);
  }
  return { body, warnings };
}

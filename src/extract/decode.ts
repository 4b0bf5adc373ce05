/**
 * Bytes to text, following the WHATWG encoding-sniffing order a browser uses: byte-order mark, then the
 * transport's charset (Content-Type header), then a `<meta>` charset (or XML declaration) in the first 1024
 * bytes, then UTF-8 when the bytes are valid UTF-8, else windows-1252. Labels are resolved by the platform's
 * WHATWG TextDecoder ("latin1" and "ascii" mean windows-1252, as on the web); iconv-lite decodes the legacy
 * encodings. An unknown label is a warning and the next step decides.
 */
import iconv from 'iconv-lite';
import type { RawInput } from '../doc/types.js';
import { InputError } from '../util/errors.js';

/** Share of control bytes above which a body is taken for binary rather than text. */
const BINARY_RATIO = 0.02;

/** How far `<meta charset>` is looked for, as in the HTML standard's prescan. */
const PRESCAN_BYTES = 1024;
/**
 * Where to look again when the prescan found nothing and the bytes are not UTF-8: pages with long scripts in
 * their <head> declare a legacy charset after the first kilobyte, and browsers (which reparse) still honour it.
 */
const LATE_SCAN_BYTES = 64 * 1024;

export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding used (`utf-8`, `windows-1252`, `shift_jis`...). */
  encoding: string;
  warnings: string[];
}

/** File signatures of formats people try to feed in by mistake, named so the error says what the file is. */
const SIGNATURES: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'binary file (a PDF document: convert it to text first), not a page or text'],
  [[0x50, 0x4b, 0x03, 0x04], 'binary file (a ZIP archive, a .docx or .epub?), not a page or text'],
  [[0x89, 0x50, 0x4e, 0x47], 'binary file (a PNG image), not text'],
  [[0xff, 0xd8, 0xff], 'binary file (a JPEG image), not text'],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', length: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** The WHATWG name for a charset label, or null when no decoder here knows it. */
export function resolveEncoding(label: string): string | null {
  const clean = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (clean === '') return null;
  try {
    return new TextDecoder(clean).encoding;
  } catch {
    return iconv.encodingExists(clean) ? clean : null;
  }
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  // Node's TextDecoder maps windows-1252 to Latin-1 (0x93 becomes U+0093, not a curly quote), so legacy
  // single- and multi-byte encodings go through iconv-lite; the Unicode ones stay with the platform.
  if (!encoding.startsWith('utf-') && iconv.encodingExists(encoding)) {
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  }
  return new TextDecoder(encoding).decode(bytes);
}

/** `charset=` of a Content-Type value. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return m ? m[2]! : null;
}

/** A charset declared in the markup itself: `<meta charset>`, `<meta http-equiv=content-type>`, or `<?xml encoding>`. */
export function declaredCharset(bytes: Uint8Array, limit = PRESCAN_BYTES): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, limit)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const attribute = /\scharset\s*=\s*["']?\s*([^"'\s/>;]+)/i.exec(tag.replace(/\scontent\s*=\s*("[^"]*"|'[^']*'|[^\s>]*)/gi, ''));
    if (attribute) return attribute[1]!;
    if (/\shttp-equiv\s*=\s*["']?content-type/i.test(tag)) {
      const inContent = /charset\s*=\s*["']?([^"'\s;>]+)/i.exec(tag);
      if (inContent) return inContent[1]!;
    }
  }
  return xml ? xml[1]! : null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Refuses empty and binary bodies with a one-line error naming the input. */
function checkText(bytes: Uint8Array, input: string, wide: boolean): void {
  if (bytes.length === 0) throw new InputError(input, 'empty input');
  for (const [sig, what] of SIGNATURES) if (startsWith(bytes, sig)) throw new InputError(input, what);
  if (wide) return;
  let control = 0;
  const sample = Math.min(bytes.length, 8192);
  for (let i = 0; i < sample; i++) {
    const b = bytes[i]!;
    if (b === 0) throw new InputError(input, 'binary file, not text');
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control / sample > BINARY_RATIO) throw new InputError(input, 'binary file, not text');
}

/**
 * Decodes a body. `contentType` is the transport's (HTTP header) media type; its charset outranks the markup's,
 * as in browsers. Throws InputError for empty or binary bodies.
 */
export function decodeBytes(bytes: Uint8Array, input: string, contentType: string | null = null): Decoded {
  const warnings: string[] = [];
  const bom = bomEncoding(bytes);
  checkText(bytes, input, bom !== null && bom.encoding !== 'utf-8');
  let encoding: string | null = bom?.encoding ?? null;
  let declaredLabel: string | null = null;
  for (const [label, where] of [
    [charsetOf(contentType), 'Content-Type header'],
    [declaredCharset(bytes), 'page'],
  ] as const) {
    if (encoding || !label) continue;
    const resolved = resolveEncoding(label);
    if (!resolved) {
      warnings.push(`unknown encoding "${label}" declared in the ${where}; ignored`);
      continue;
    }
    // A page cannot declare itself UTF-16 from inside ASCII-compatible bytes (HTML standard, "prescan").
    encoding = where === 'page' && resolved.startsWith('utf-16') ? 'utf-8' : resolved;
    declaredLabel = label;
  }
  if (!encoding) {
    if (isValidUtf8(bytes)) encoding = 'utf-8';
    else {
      const late = resolveEncoding(declaredCharset(bytes, LATE_SCAN_BYTES) ?? '');
      encoding = late && !late.startsWith('utf-') ? late : 'windows-1252';
      if (!late) warnings.push('no usable charset declared and the bytes are not UTF-8; read as windows-1252');
    }
  } else if (encoding === 'utf-8' && declaredLabel && !isValidUtf8(bytes)) {
    warnings.push(`declared ${declaredLabel} but the bytes are not valid UTF-8; some characters are lost`);
  }
  let text = decodeWith(encoding, bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError(input, 'empty input');
  return { text, encoding, warnings };
}

/** Decodes a RawInput's body; see decodeBytes. */
export function decodeBody(raw: RawInput): Decoded {
  return decodeBytes(raw.body, raw.input, raw.contentType);
}

import type { RawInput } from '../doc/types.js';
import { InputError } from '../util/errors.js';

/** Share of control bytes above which a body is taken for binary rather than text. */
const BINARY_RATIO = 0.02;

/** Decodes a plain-text body as UTF-8 (BOM stripped), refusing empty and binary inputs with a one-line error. */
export function decodeText(raw: RawInput): string {
  const bytes = raw.body;
  if (bytes.length === 0) throw new InputError(raw.input, 'empty input');
  let control = 0;
  const sample = Math.min(bytes.length, 8192);
  for (let i = 0; i < sample; i++) {
    const b = bytes[i]!;
    if (b === 0) throw new InputError(raw.input, 'binary file, not text');
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control / sample > BINARY_RATIO) throw new InputError(raw.input, 'binary file, not text');
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError(raw.input, 'empty input');
  return text;
}

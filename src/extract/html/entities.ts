import { Parser } from 'htmlparser2';

/** Character references left in metadata (JSON-LD strings, double-encoded meta content), decoded by htmlparser2. */
export function decodeEntities(s: string): string {
  if (!/&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i.test(s)) return s;
  let out = '';
  const parser = new Parser({ ontext: (t) => void (out += t) }, { decodeEntities: true });
  parser.end(s.replace(/</g, '&lt;'));
  return out;
}

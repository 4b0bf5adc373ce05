/**
 * What a body is, decided from its first bytes (content, not file name): a feed to expand, a list of feeds,
 * JSON Lines of pre-crawled pages, or a document (HTML, text, Markdown) for extract.
 */

export type BodyKind = 'rss' | 'atom' | 'rdf' | 'opml' | 'json' | 'other-xml' | 'document';

const BOM = /^\uFEFF/;

function after(text: string, marker: string): string {
  const at = text.indexOf(marker);
  return at < 0 ? '' : text.slice(at + marker.length);
}

/** The first element name of an XML or HTML text, skipping the prolog (declaration, comments, doctype). */
export function rootElement(head: string): string | null {
  let rest = head.replace(BOM, '');
  for (;;) {
    rest = rest.trimStart();
    if (rest.startsWith('<?')) rest = after(rest, '?>');
    else if (rest.startsWith('<!--')) rest = after(rest, '-->');
    else if (/^<!doctype/i.test(rest)) rest = after(rest, '>');
    else break;
    if (rest === '') return null;
  }
  const m = /^<([A-Za-z_][\w.:-]*)/.exec(rest);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * Reads the head as Latin-1 (every byte one char) which is enough to see markup in any ASCII-compatible
 * encoding; UTF-16 feeds are rare enough to be read as documents.
 */
export function sniffKind(body: Uint8Array): BodyKind {
  const head = Buffer.from(body.buffer, body.byteOffset, Math.min(body.byteLength, 4096)).toString('latin1').replace(/^\xEF\xBB\xBF/, '');
  const trimmed = head.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return 'json';
  const root = rootElement(trimmed);
  if (root === 'rss') return 'rss';
  if (root === 'feed') return 'atom';
  if (root === 'rdf:rdf') return 'rdf';
  if (root === 'opml') return 'opml';
  if (root && root !== 'html' && trimmed.startsWith('<?xml')) return 'other-xml';
  return 'document';
}

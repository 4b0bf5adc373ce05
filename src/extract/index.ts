/**
 * extract: from one RawInput to one Article (metadata + cleaned body with paragraph structure).
 * Plain text and Markdown go through the line-structure cleaner; HTML through the HTML extractor.
 */
import type { Article, RawInput } from '../doc/types.js';
import { decodeText } from './decode.js';
import { extractPlainText } from './plaintext/index.js';

export function extract(raw: RawInput): Article {
  const text = decodeText(raw);
  return extractPlainText(text, {
    input: raw.input,
    url: raw.url,
    publishedAt: raw.publishedAt,
    title: raw.hints?.title ?? null,
    outlet: raw.hints?.outlet ?? null,
  });
}

export { extractPlainText } from './plaintext/index.js';
export { decodeText } from './decode.js';

/**
 * extract: from one RawInput to one Article (metadata + cleaned body with paragraph structure).
 * Plain text and Markdown go through the line-structure cleaner; HTML through the HTML extractor.
 */
import type { Article, RawInput } from '../doc/types.js';
import { decodeBody } from './decode.js';
import { extractHtml, looksLikeHtml } from './html/index.js';
import { extractPlainText } from './plaintext/index.js';

/** HTML by the declared media type; by content when the type is unknown or generic (a saved page named .txt). */
export function isHtmlInput(raw: RawInput, text: string): boolean {
  const type = (raw.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return true;
  if (type === 'text/markdown') return false;
  return looksLikeHtml(text);
}

export function extract(raw: RawInput): Article {
  const { text, warnings } = decodeBody(raw);
  const article = isHtmlInput(raw, text)
    ? extractHtml(text, { input: raw.input, url: raw.url, publishedAt: raw.publishedAt, hints: raw.hints ?? {} })
    : extractPlainText(text, {
        input: raw.input,
        url: raw.url,
        publishedAt: raw.publishedAt,
        title: raw.hints?.title ?? null,
        outlet: raw.hints?.outlet ?? null,
      });
  // Reading problems come first: they explain anything odd in what follows.
  const before = [...(raw.warnings ?? []), ...warnings];
  return before.length ? { ...article, warnings: [...before, ...article.warnings] } : article;
}

export { extractPlainText } from './plaintext/index.js';
export { decodeBody, decodeBytes } from './decode.js';
export { extractHtml, looksLikeHtml } from './html/index.js';

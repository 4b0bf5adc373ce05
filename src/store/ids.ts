import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Article } from '../doc/types.js';

export function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** A report's id: short, stable for the same identity (URL or path) across stores and runs. */
export function reportId(identity: string): string {
  return 'r' + sha1(identity).slice(0, 10);
}

/** The content hash that makes ingestion idempotent: whitespace differences do not make a new version. */
export function contentHash(text: string): string {
  return sha1(text.replace(/\s+/g, ' ').trim());
}

/** What identifies a report across ingestions: its URL, else its absolute path, else (stdin) its content. */
export function identityOf(article: Article, hash: string): string {
  if (article.canonicalUrl) return article.canonicalUrl;
  if (article.url) return article.url;
  if (article.input === '-' || article.input === '') return 'content:' + hash;
  return 'file:' + resolve(article.input);
}

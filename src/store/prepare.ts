/**
 * The part of storing a report that needs no store: extraction, the content hash, identity and id, the grouping
 * features, the MinHash signature and the JSON kept in `versions`. Pure and per report, so it runs on a worker
 * thread ahead of the one writer (src/store/prepare-pool.ts); `Store.add` runs it in place.
 */
import type { Article, RawInput } from '../doc/types.js';
import { extract } from '../extract/index.js';
import { reportFeatures, type ReportFeatures } from '../stories/features.js';
import { minhash } from '../stories/minhash.js';
import { InputError } from '../util/errors.js';
import { contentHash, identityOf, reportId } from './ids.js';

/** What the writer needs of the article besides its JSON (a worker sends back this, not the whole article). */
export type ArticleMeta = Pick<Article, 'input' | 'url' | 'title' | 'outlet' | 'publishedAt'>;

export interface PreparedReport {
  article: ArticleMeta;
  /** The title a new story takes from this report: its headline, else its first words. */
  storyTitle: string;
  /** Content hash: the same text (up to whitespace) is stored once. */
  hash: string;
  /** Canonical URL, URL, absolute path or (stdin) content hash. */
  identity: string;
  /** The report id this identity gets (stable across stores). */
  id: string;
  features: ReportFeatures;
  /** The features' keys as `features.keys` stores them. */
  keysJson: string;
  signature: Uint32Array;
  /** `JSON.stringify(article)`, as `versions.article` holds it. */
  json: string;
}

export function prepareReport(article: Article): PreparedReport {
  const hash = contentHash(article.text);
  const identity = identityOf(article, hash);
  const features = reportFeatures(article.title, article.text, article.publishedAt);
  const { input, url, title, outlet, publishedAt } = article;
  return {
    article: { input, url, title, outlet, publishedAt },
    storyTitle: title ?? firstWords(article.text),
    hash,
    identity,
    id: reportId(identity),
    features,
    keysJson: JSON.stringify(Object.fromEntries(features.keys)),
    signature: minhash(article.text),
    json: JSON.stringify(article),
  };
}

function firstWords(text: string): string {
  const s = text.trim().split(/\n/)[0] ?? '';
  return s.length > 90 ? s.slice(0, 87).replace(/\s+\S*$/, '') + '…' : s;
}

/**
 * A raw input extracted and prepared, or the InputError that says why it cannot be stored (it could not be
 * extracted, or holds no article text). Any other error is a bug and is thrown.
 */
export function prepareRaw(raw: RawInput): PreparedReport | InputError {
  try {
    const article = extract(raw);
    if (article.text.trim() === '') throw new InputError(article.input, 'no article text found');
    return prepareReport(article);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return err;
  }
}

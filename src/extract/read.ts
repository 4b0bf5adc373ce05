/**
 * Reading inputs through to articles: every input ingested (files, folders, stdin, URLs, feeds, JSON Lines), each
 * raw input extracted, and per-input errors collected instead of stopping at the first. What the CLI commands and
 * the web app's additions share; each decides what to do with the errors.
 */
import type { Article, RawInput } from '../doc/types.js';
import { type FreshValidators, ingestSettled, type IngestOptions } from '../ingest/index.js';
import { InputError } from '../util/errors.js';
import { extract } from './index.js';

/** The article of a raw input, or the InputError that says why there is none (any other error is thrown). */
export function extractSettled(raw: RawInput): Article | InputError {
  try {
    return extract(raw);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return err;
  }
}

/**
 * Every article that could be read, and one error per input (or feed entry) that could not, in input order
 * (reading errors first, then extraction errors); with `options.conditional`, also what answered 304 and the
 * validators to keep once the articles are stored.
 */
export async function readArticles(
  inputs: string[],
  options: IngestOptions,
): Promise<{ articles: Article[]; errors: InputError[]; notModified: string[]; validators: FreshValidators[] }> {
  const { raws, errors, notModified, validators } = await ingestSettled(inputs, options);
  const articles: Article[] = [];
  for (const raw of raws) {
    const article = extractSettled(raw);
    if (article instanceof InputError) errors.push(article);
    else articles.push(article);
  }
  return { articles, errors, notModified, validators };
}

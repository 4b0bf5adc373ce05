/**
 * Shared by the quantities, dates and discrepancies tests: reports annotated up to the layers these annotators
 * read (sentences, tokens) plus their own, and gold items located by their short anchors.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Article, Doc } from '../src/doc/types.js';
import { extract } from '../src/extract/index.js';
import { sentenceLayer } from '../src/annotate/sentences.js';
import { tokenLayer } from '../src/annotate/tokens.js';
import { quantitiesLayer } from '../src/annotate/quantities/index.js';
import { datesLayer } from '../src/annotate/dates/index.js';
import { corpusFiles } from './helpers.js';

export function docOf(id: string, article: Article, date: string | null): Doc {
  const sentences = sentenceLayer(article.text, article.paragraphs);
  const doc: Doc = {
    id,
    article,
    text: article.text,
    layers: {
      paragraphs: article.paragraphs,
      sentences,
      tokens: tokenLayer(article.text, sentences),
      entities: [],
      quotes: [],
      quantities: [],
      dates: [],
      attributions: [],
    },
  };
  doc.layers.quantities = quantitiesLayer(doc, { date });
  doc.layers.dates = datesLayer(doc, { date });
  return doc;
}

/** One written sentence as a report of one paragraph. */
export function sentenceDoc(text: string, date: string | null): Doc {
  const article: Article = {
    input: 'case', url: null, canonicalUrl: null, title: null, byline: [], outlet: null, dateline: null,
    publishedAt: null, modifiedAt: null, language: 'en', description: null, text,
    paragraphs: [{ start: 0, end: text.length, kind: 'p' }], removed: [], warnings: [],
  };
  return docOf('case', article, date);
}

/** The reports of a corpus folder, extracted as the pipeline does, with ids the gold files use. */
export function corpusDocs(dir: string, date: string | null, idOf: (file: string) => string): Doc[] {
  return corpusFiles(dir).map((f) => {
    const article = extract({ input: f, url: null, body: readFileSync(f), contentType: 'text/plain', publishedAt: date });
    return docOf(idOf(basename(f).replace(/\.(txt|md)$/, '')), article, date);
  });
}

/** Where a gold anchor sits in a text; a missing anchor fails the test (the gold or the extraction changed). */
export function locate(text: string, anchor: string, where: string): { start: number; end: number } {
  const at = text.indexOf(anchor);
  if (at < 0) throw new Error(`gold anchor not found in ${where}: ${JSON.stringify(anchor)}`);
  return { start: at, end: at + anchor.length };
}

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

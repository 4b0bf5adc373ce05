/**
 * annotate: one Article in, one Doc out. Each annotator adds one layer of spans over the article's text and may
 * read the layers made before it; the order below is that dependency order.
 */
import type { Article, Doc } from '../doc/types.js';
import type { AnnotateOptions } from './options.js';
import { sentenceLayer } from './sentences.js';
import { tokenLayer } from './tokens.js';
import { entitiesLayer } from './entities/index.js';
import { quantitiesLayer } from './quantities/index.js';
import { datesLayer } from './dates/index.js';
import { quotesLayer } from './quotes/index.js';
import { attributionsLayer } from './attributions/index.js';

export type { AnnotateOptions } from './options.js';

export function annotate(article: Article, id: string, options: AnnotateOptions = {}): Doc {
  const text = article.text;
  const paragraphs = article.paragraphs;
  const sentences = sentenceLayer(text, paragraphs);
  const doc: Doc = {
    id,
    article,
    text,
    layers: {
      paragraphs,
      sentences,
      tokens: tokenLayer(text, sentences),
      entities: [],
      quotes: [],
      quantities: [],
      dates: [],
      attributions: [],
    },
  };
  doc.layers.entities = entitiesLayer(doc, options);
  doc.layers.quantities = quantitiesLayer(doc, options);
  doc.layers.dates = datesLayer(doc, options);
  doc.layers.quotes = quotesLayer(doc, options);
  doc.layers.attributions = attributionsLayer(doc, options);
  return doc;
}

export { sentenceLayer, splitSentences } from './sentences.js';
export { tokenLayer, normalizeWord } from './tokens.js';

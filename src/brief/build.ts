/**
 * brief: assembles the contract (types.ts) from annotated reports. Claims come from `align`; each further
 * section is built by its own module from the layers of all reports and the claims.
 */
import type { Doc } from '../doc/types.js';
import { align } from '../align/index.js';
import type { Brief, BriefSource } from './types.js';
import { summarize } from './summary.js';
import { quotesSection } from './sections/quotes.js';
import { entitiesSection } from './sections/entities.js';
import { quantitiesSection } from './sections/quantities.js';
import { discrepanciesSection } from './sections/discrepancies.js';
import { attributionsSection } from './sections/attributions.js';
import { timelineSection } from './sections/timeline.js';
import { withIndependence } from './independence.js';
import { VERSION } from '../version.js';

export function sourceOf(doc: Doc): BriefSource {
  const a = doc.article;
  return {
    id: doc.id,
    input: a.input,
    url: a.url,
    title: a.title,
    outlet: a.outlet,
    dateline: a.dateline,
    publishedAt: a.publishedAt,
    text: doc.text,
    removed: a.removed,
  };
}

export function buildBrief(docs: Doc[]): Brief {
  const claims = align(docs);
  // Quote speakers link to entity ids, so entities are built first.
  const entities = entitiesSection(docs, claims);
  return withIndependence({
    version: 1,
    generatedWith: { tool: 'corroborate', version: VERSION },
    sources: docs.map(sourceOf),
    claims,
    summary: summarize(docs, claims),
    quotes: quotesSection(docs, claims, entities),
    entities,
    quantities: quantitiesSection(docs, claims),
    discrepancies: discrepanciesSection(docs, claims),
    attributions: attributionsSection(docs, claims),
    timeline: timelineSection(docs, claims),
  });
}

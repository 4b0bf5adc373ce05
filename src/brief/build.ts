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

/**
 * The build as steps: it pauses (`yield`) after the claims and after each section, so the async build can let a
 * server answer other requests in between; the sync build simply runs the steps through.
 */
function* briefSteps(docs: Doc[]): Generator<void, Brief> {
  const claims = align(docs);
  yield;
  // Quote speakers link to entity ids, so entities are built first.
  const entities = entitiesSection(docs, claims);
  yield;
  const summary = summarize(docs, claims);
  yield;
  const quotes = quotesSection(docs, claims, entities);
  yield;
  const quantities = quantitiesSection(docs, claims);
  yield;
  const discrepancies = discrepanciesSection(docs, claims);
  yield;
  const attributions = attributionsSection(docs, claims);
  yield;
  const timeline = timelineSection(docs, claims);
  yield;
  return withIndependence({
    version: 1,
    generatedWith: { tool: 'corroborate', version: VERSION },
    sources: docs.map(sourceOf),
    claims,
    summary,
    quotes,
    entities,
    quantities,
    discrepancies,
    attributions,
    timeline,
  });
}

export function buildBrief(docs: Doc[]): Brief {
  const steps = briefSteps(docs);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Lets the event loop run whatever is waiting (I/O, timers) before going on. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** buildBrief that gives the event loop a turn between its steps (a server keeps answering while it builds). */
export async function buildBriefAsync(docs: Doc[]): Promise<Brief> {
  const steps = briefSteps(docs);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTurn();
  }
}

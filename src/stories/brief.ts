/**
 * The brief of a stored story: its reports' latest versions, annotated now (grouping only needed the cheap
 * features), with syndication filled in (`copyOf`) and each report's changes since its first version.
 */
import { annotate } from '../annotate/index.js';
import { buildBrief, buildBriefAsync, nextTurn } from '../brief/build.js';
import type { Brief } from '../brief/types.js';
import type { Doc } from '../doc/types.js';
import { withIndependence } from '../brief/independence.js';
import type { Store } from '../store/store.js';
import { UsageError } from '../util/errors.js';
import { sentenceChanges } from './changes.js';

type SourceExtra = Pick<Brief['sources'][number], 'copyOf' | 'changes'>;

export interface StoryBriefOptions {
  /** ISO time: only reports first seen, or changed, since then. */
  since?: string | null;
  date?: string | null;
}

/** The story's reports annotated, one step per report (see briefSteps in brief/build.ts), and what the store adds to each. */
function* storySteps(store: Store, storyId: string, options: StoryBriefOptions): Generator<void, { docs: Doc[]; extra: Map<string, SourceExtra> }> {
  const id = store.resolveStory(storyId);
  if (!id) throw new UsageError(`no story ${storyId} in the store (see corroborate stories)`);
  const since = options.since ?? null;
  const reports = store.reports(id).filter((r) => !since || r.firstSeen >= since || r.lastSeen >= since);
  if (reports.length === 0) throw new UsageError(`story ${id}: nothing new since ${since}`);
  const inStory = new Set(reports.map((r) => r.id));
  const docs: Doc[] = [];
  const extra = new Map<string, SourceExtra>();
  for (const r of reports) {
    const versions = store.versions(r.id);
    const latest = versions[versions.length - 1]!;
    docs.push(annotate(latest.article, r.id, { date: options.date ?? null }));
    const changes = [];
    for (let k = 1; k < versions.length; k++) {
      if (since && versions[k]!.seenAt < since) continue;
      for (const c of sentenceChanges(versions[k - 1]!.article, versions[k]!.article)) changes.push({ ...c, version: versions[k]!.n, seenAt: versions[k]!.seenAt });
    }
    extra.set(r.id, {
      ...(r.copyOf && inStory.has(r.copyOf) ? { copyOf: [r.copyOf] } : {}),
      ...(changes.length ? { changes } : {}),
    });
    yield;
  }
  return { docs, extra };
}

// Independent sources are counted again once the sources know their copies.
function withExtra(brief: Brief, extra: Map<string, SourceExtra>): Brief {
  for (const s of brief.sources) Object.assign(s, extra.get(s.id) ?? {});
  return withIndependence(brief);
}

export function storyBrief(store: Store, storyId: string, options: StoryBriefOptions = {}): Brief {
  const steps = storySteps(store, storyId, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return withExtra(buildBrief(step.value.docs), step.value.extra);
  }
}

/** storyBrief giving the event loop a turn after each report and each section (for the web server). */
export async function storyBriefAsync(store: Store, storyId: string, options: StoryBriefOptions = {}): Promise<Brief> {
  const steps = storySteps(store, storyId, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return withExtra(await buildBriefAsync(step.value.docs), step.value.extra);
    await nextTurn();
  }
}

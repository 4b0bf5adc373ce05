import type { Brief, SourceChange } from '../../brief/types.js';
import { citeNumbers, type CiteMap, type Writer } from '../writer.js';

/** One edit as a reader scans it: what the sentence was, what it became (struck-out text is not available everywhere). */
function describe(c: SourceChange, w: Writer): string {
  const quoted = (s: string | null): string => `“${s ?? ''}”`;
  if (c.kind === 'added') return `${w.em('added')} ${quoted(c.after)}`;
  if (c.kind === 'removed') return `${w.em('removed')} ${quoted(c.before)}`;
  return `${w.em('edited')} ${quoted(c.before)} → ${quoted(c.after)}`;
}

/**
 * The `sources[].changes` of a stored story: sentence-level edits between the stored versions of each report
 * (a corrected number, an added paragraph). Nothing is written when no report changed.
 */
export function renderChanges(brief: Brief, w: Writer, cites: CiteMap): void {
  const changed = brief.sources.filter((s) => s.changes?.length);
  if (!changed.length) return;
  w.heading('What changed');
  for (const s of changed) {
    // Titles are untrusted text, so they go in an item (escaped by every surface), never in a heading.
    w.item(`${w.em(s.title ?? s.input)} — ${s.changes!.length} change(s)`, citeNumbers(cites, [s.id]));
    for (const c of s.changes!) w.item(`${w.dim(`version ${c.version}, seen ${c.seenAt.slice(0, 10)}:`)} ${describe(c, w)}`, [], 1);
  }
}

/**
 * What changed between two versions of a report, sentence by sentence: a correction (a sentence edited), an added
 * or removed paragraph, an edited number. A longest-common-subsequence alignment of the sentences; a removed
 * sentence followed by an added one in the same place is one edit.
 */
import { sentenceLayer } from '../annotate/sentences.js';
import type { Article } from '../doc/types.js';
import { diffOps } from '../util/diff.js';

export interface SentenceChange {
  kind: 'added' | 'removed' | 'edited';
  before: string | null;
  after: string | null;
}

function sentences(a: Article): string[] {
  return sentenceLayer(a.text, a.paragraphs).map((s) => a.text.slice(s.start, s.end).trim()).filter(Boolean);
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function sentenceChanges(before: Article, after: Article): SentenceChange[] {
  const a = sentences(before);
  const b = sentences(after);
  const raw: SentenceChange[] = [];
  for (const o of diffOps(a.map(norm), b.map(norm))) {
    if (o.kind === 'ins') raw.push({ kind: 'added', before: null, after: b[o.j]! });
    else if (o.kind === 'del') raw.push({ kind: 'removed', before: a[o.i]!, after: null });
  }
  // A removal next to an addition is an edit of that sentence.
  const out: SentenceChange[] = [];
  for (let k = 0; k < raw.length; k++) {
    const c = raw[k]!;
    const next = raw[k + 1];
    if (next && ((c.kind === 'removed' && next.kind === 'added') || (c.kind === 'added' && next.kind === 'removed'))) {
      out.push({ kind: 'edited', before: c.before ?? next.before, after: c.after ?? next.after });
      k++;
    } else out.push(c);
  }
  return out;
}

/**
 * The edges of the article: short label lines above the first paragraph (bylines, dates, kickers) and notes to
 * readers, author bios and "About <company>" sections below the last one. Credits and sign-offs stay.
 */
import type { Removed } from '../../doc/types.js';
import type { Block } from './blocks.js';
import { ABOUT_HEADING, AUTHOR_BIO, LEAD_LABEL, READER_NOTE } from './patterns.js';

/** A block that reads as prose: long enough, with a sentence end. */
export function isProse(b: Block): boolean {
  return b.text.length >= 80 && /[.!?…]["'”’)]?$|[.!?]["'”’)]?\s/.test(b.text);
}

/** Reads as a sentence of the article: ends like a sentence, several words, not a note to readers. */
function isSentence(b: Block): boolean {
  return /[.!?…]["'”’)]?$/.test(b.text) && b.text.split(' ').length >= 6 && !READER_NOTE.test(b.text);
}

/** Short non-prose lines before the first and after the last prose block: bylines, dates, kickers, tags. */
export function trimEdges(kept: Block[], removed: Removed[]): void {
  const first = kept.findIndex(isProse);
  if (first < 0) return;
  let from = first;
  while (from > 0) {
    const b = kept[from - 1]!;
    if (b.kind === 'h' && b.level >= 2) break;
    if (b.text.length >= 80 || isSentence(b) || !LEAD_LABEL.test(b.text)) break;
    from--;
  }
  // Labels directly above the first paragraph go; anything above them (a standfirst, a heading) stays.
  for (const b of kept.splice(from, first - from)) removed.push({ text: b.text, reason: 'byline or labels' });
  // At the end only notes to readers, author bios, "About <company>" boilerplate and bare labels go: credits
  // ("Reporting by ...") and sign-offs are the article's.
  const about = kept.findIndex((b, i) => i > 0 && i >= kept.length - 6 && ABOUT_HEADING.test(b.text));
  if (about > 0) for (const b of kept.splice(about)) removed.push({ text: b.text, reason: 'boilerplate' });
  for (let i = kept.length - 1; i > 0; i--) {
    const b = kept[i]!;
    const note = READER_NOTE.test(b.text) && b.text.length < 400 && b.kind !== 'quote';
    const bio = AUTHOR_BIO.test(b.text) && i >= kept.length - 2;
    const label = b.text.split(' ').length <= 3 && !/[.!?)\]]$/.test(b.text) && !isProse(b);
    if (!note && !bio && !label) break;
    removed.push({ text: b.text, reason: bio ? 'author bio' : note ? 'note to readers' : 'trailer' });
    kept.splice(i, 1);
  }
}


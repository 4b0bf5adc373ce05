/**
 * Quotation-mark structure: which marks open and close which quotations, in straight and typographic styles,
 * and quotations that run over several paragraphs. Pure language-level analysis of punctuation; who said it is
 * decided elsewhere.
 */
import type { Paragraph, Span } from '../../doc/types.js';

/** One quotation as marked in the text: the spans between its marks, one per paragraph it covers. */
export interface MarkedQuote {
  /** Offset of the first opening mark. */
  open: number;
  /** Offset just after the last closing mark (or the paragraph end when the writer never closed it). */
  close: number;
  /** The quoted words without the marks, one span per paragraph. */
  parts: Span[];
  /** Index of the paragraph holding the first part. */
  paragraph: number;
}

const DOUBLE_OPEN = new Set(['“', '„', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** A straight double mark opens when nothing word-like touches its left and something touches its right. */
function straightOpens(text: string, i: number, from: number): boolean {
  const before = i > from ? text[i - 1] : undefined;
  const after = text[i + 1];
  return (before === undefined || /[\s([{—–\-/:]/.test(before)) && !isSpace(after);
}

/**
 * Opening and closing marks of one paragraph, paired. Returns the pairs found and, when the paragraph ends
 * inside an open quotation, the offset where that unclosed part begins.
 */
function pairsIn(text: string, p: Span): { pairs: { open: number; start: number; end: number; close: number }[]; unclosed: number | null } {
  const pairs: { open: number; start: number; end: number; close: number }[] = [];
  let openAt: number | null = null;
  let openKind: 'double' | 'single' | null = null;
  for (let i = p.start; i < p.end; i++) {
    const c = text[i]!;
    if (openKind === null) {
      if (DOUBLE_OPEN.has(c) || (c === '"' && straightOpens(text, i, p.start))) {
        openAt = i;
        openKind = 'double';
      } else if ((c === '‘' || c === "'") && (i === p.start || /[\s(—–]/.test(text[i - 1]!)) && /\p{L}/u.test(text[i + 1] ?? '')) {
        // A single mark before a digit is an elision ("the '90s"), not a quotation.
        openAt = i;
        openKind = 'single';
      }
      continue;
    }
    if (openKind === 'double' && (DOUBLE_CLOSE.has(c) || c === '"')) {
      pairs.push({ open: openAt!, start: openAt! + 1, end: i, close: i + 1 });
      openKind = null;
    } else if (openKind === 'single' && (c === '’' || c === "'") && !isWordChar(text[i + 1]) && !isSpace(text[i - 1])) {
      // An apostrophe inside a word ("don’t") never closes; a plural possessive ("Scholz' call") closes only
      // when the quotation would otherwise run to the paragraph end, which the check below rejects.
      pairs.push({ open: openAt!, start: openAt! + 1, end: i, close: i + 1 });
      openKind = null;
    }
  }
  // Single marks that never close were apostrophes, not quotations.
  if (openKind === 'double') return { pairs, unclosed: openAt };
  return { pairs, unclosed: null };
}

/** Trims spaces and a trailing comma that belongs to the sentence around the quote (“…elsewhere,” they said). */
function trimPart(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Every quotation in the text, in order, with multi-paragraph quotations joined into one. */
export function markedQuotes(text: string, paragraphs: Paragraph[]): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  let carry: MarkedQuote | null = null;
  paragraphs.forEach((p, index) => {
    const { pairs, unclosed } = pairsIn(text, p);
    let first = 0;
    if (carry) {
      // A quotation left open continues only into a paragraph that itself opens with a quotation mark.
      const lead = text.slice(p.start, p.end).search(/\S/);
      const firstPair = pairs[0];
      const opensHere = lead >= 0 && (firstPair?.open === p.start + lead || (unclosed === p.start + lead && pairs.length === 0));
      if (opensHere) {
        if (firstPair && firstPair.open === p.start + lead) {
          carry.parts.push(trimPart(text, { start: firstPair.start, end: firstPair.end }));
          carry.close = firstPair.close;
          out.push(carry);
          carry = null;
          first = 1;
        } else {
          carry.parts.push(trimPart(text, { start: unclosed! + 1, end: p.end }));
          carry.close = p.end;
          return;
        }
      } else {
        out.push(carry);
        carry = null;
      }
    }
    for (const pair of pairs.slice(first)) {
      const part = trimPart(text, { start: pair.start, end: pair.end });
      if (part.end > part.start) out.push({ open: pair.open, close: pair.close, parts: [part], paragraph: index });
    }
    if (unclosed !== null) {
      const part = trimPart(text, { start: unclosed + 1, end: p.end });
      if (part.end > part.start) carry = { open: unclosed, close: p.end, parts: [part], paragraph: index };
    }
  });
  if (carry) out.push(carry);
  return out.sort((a, b) => a.open - b.open);
}

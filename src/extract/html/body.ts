/**
 * Finding the article among the blocks: every block votes for the elements around it — prose for, link lists and
 * furniture against — and the element with the highest total is the article container (a maximum-weight subtree).
 * Then the container's blocks are kept in order, minus furniture, link lists and edge clutter (bylines, dates).
 */
import type { Removed } from '../../doc/types.js';
import type { Block } from './blocks.js';
import { trimEdges } from './edges.js';
import { CLUTTER, opensBox } from './patterns.js';
import type { El } from './tree.js';

const SENTENCE_END = /[.!?…:;"'”’)\]]$/;

/** Characters of a text, with CJK characters counted thrice: they carry about a word each. */
export function effectiveLength(text: string): number {
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)) cjk++;
  }
  return text.length + 2 * cjk;
}

const HAS_SENTENCE = /[.!?。！？]["'”’)]?(?:\s|$)|[,，、]/;

/** How much a block says "article text here" (positive) or "page furniture here" (negative). */
export function blockWeight(b: Block): number {
  const len = effectiveLength(b.text);
  if (b.furniture) return -0.3 * Math.min(len, 400);
  const ld = b.linkChars / b.text.length;
  if (ld > 0.5) return -len;
  if (b.kind === 'h') return 0;
  if (b.owner.tag === 'td' || b.owner.tag === 'th') return 0;
  const base = len * (1 - ld);
  return HAS_SENTENCE.test(b.text) ? base : base - 40;
}

/** The element whose blocks weigh most, summing each block's weight into all its ancestors. */
export function chooseContainer(blocks: Block[], root: El): El {
  const sums = new Map<El, number>();
  for (const b of blocks) {
    const w = blockWeight(b);
    if (w === 0) continue;
    for (let e: El | null = b.owner; e; e = e.parent) sums.set(e, (sums.get(e) ?? 0) + w);
  }
  let best = root;
  let bestScore = -Infinity;
  for (const [el, s] of sums) {
    if (s > bestScore) {
      bestScore = s;
      best = el;
    }
  }
  return best;
}

export function within(el: El, container: El): boolean {
  for (let e: El | null = el; e; e = e.parent) if (e === container) return true;
  return false;
}

/** Related/comment boxes looked into at most per page (each costs a pass over the blocks). */
const MAX_BOXES = 50;

/** Blocks of the container that form the article, and what was left out with why. */
export function selectBlocks(blocks: Block[], container: El, title: string | null): { kept: Block[]; removed: Removed[] } {
  const removed: Removed[] = [];
  const inside = blocks.filter((b) => within(b.owner, container));
  const kept: Block[] = [];
  const normTitle = title ? norm(title) : null;
  let titleAt = -1;
  if (normTitle) titleAt = inside.findIndex((b) => b.text.length < 400 && norm(b.text) === normTitle);
  if (titleAt >= 0) {
    // Only a headline that opens the article: the paragraphs before it must weigh little against those after it
    // (a gallery overlay or a related list repeating the headline further down is no start). Teaser lists (li)
    // before a headline do not count: they are what this step removes.
    let before = 0;
    let after = 0;
    inside.forEach((b, i) => {
      const w = Math.max(0, blockWeight(b));
      if (i > titleAt) after += w;
      else if (b.kind !== 'li') before += w;
    });
    if (before > 0.25 * after) titleAt = -1;
  }
  const skip = new Set<Block>();
  let boxes = 0;
  for (const [i, b] of inside.entries()) {
    const len = b.text.length;
    if (i <= titleAt) {
      removed.push({ text: b.text, reason: i === titleAt ? 'title' : 'before headline' });
      continue;
    }
    if (skip.has(b)) continue;
    const opens = b.kind === 'h' && len < 80 ? opensBox(b) : null;
    if (opens && ++boxes <= MAX_BOXES) {
      // "Related stories", "Você pode gostar...", "Comments": the box the heading opens is not the article.
      const box = relatedBox(b, inside);
      removed.push({ text: b.text, reason: opens });
      for (let j = i + 1; j < inside.length && within(inside[j]!.owner, box); j++) {
        if (!inside[j]!.furniture) removed.push({ text: inside[j]!.text, reason: opens });
        skip.add(inside[j]!);
      }
      continue;
    }
    if (b.furniture) {
      removed.push({ text: b.text, reason: b.furniture });
      continue;
    }
    const ld = b.linkChars / len;
    // A linked paragraph (a whole sentence that links somewhere, a summary whose lead sentence is a link) is text; a
    // list of links is not.
    const linkedParagraph =
      (b.owner.tag === 'p' && b.kind === 'p' && b.text.split(' ').length >= 8 && /[^.][.!?]["'”’)]?$/.test(b.text) && !/[[\]|]/.test(b.text)) ||
      (len >= 150 && (b.text.match(/[.!?]["'”’)]?\s+\p{Lu}/gu) ?? []).length >= 1 && /[.!?…]["'”’)]?$/.test(b.text));
    if (ld > 0.5 && !linkedParagraph && (len < 300 || !SENTENCE_END.test(b.text))) {
      removed.push({ text: b.text, reason: 'links' });
      continue;
    }
    if (b.kind === 'h' && normTitle && norm(b.text) === normTitle) {
      removed.push({ text: b.text, reason: 'title' });
      continue;
    }
    const clutter = len < 160 ? CLUTTER.find(([re]) => re.test(b.text)) : undefined;
    if (clutter) {
      removed.push({ text: b.text, reason: clutter[1] });
      continue;
    }
    kept.push(b);
  }
  trimEdges(kept, removed);
  return { kept, removed };
}

/**
 * The element a related-links heading heads: its nearest ancestor that holds other blocks, unless that ancestor
 * also holds much of the article above the heading (then the heading stands bare inside the body and goes alone).
 */
function relatedBox(heading: Block, inside: Block[]): El {
  const at = inside.indexOf(heading);
  const earlier = inside.slice(0, at);
  const total = earlier.reduce((n, b) => n + Math.max(0, blockWeight(b)), 0);
  for (let e = heading.owner.parent; e; e = e.parent) {
    if (!inside.some((b) => b !== heading && within(b.owner, e))) continue;
    // The box must not reach back into the article above the heading.
    const w = earlier.filter((b) => within(b.owner, e)).reduce((n, b) => n + Math.max(0, blockWeight(b)), 0);
    return w > 0.3 * total ? heading.owner : e;
  }
  return heading.owner;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

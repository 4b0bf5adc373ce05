/**
 * Finding the article among the blocks: every block votes for the elements around it — prose for, link lists and
 * furniture against — and the element with the highest total is the article container (a maximum-weight subtree).
 * Then the container's blocks are kept in order, minus furniture, link lists and edge clutter (bylines, dates).
 */
import type { Removed } from '../../doc/types.js';
import type { Block } from './blocks.js';
import type { El } from './tree.js';

const SENTENCE_END = /[.!?…:;"'”’)\]]$/;

/** How much a block says "article text here" (positive) or "page furniture here" (negative). */
export function blockWeight(b: Block): number {
  const len = b.text.length;
  if (b.furniture) return -0.3 * Math.min(len, 400);
  const ld = b.linkChars / len;
  if (ld > 0.5) return -len;
  if (b.kind === 'h') return 0;
  const sentences = (b.text.match(/[.!?]["'”’)]?(?:\s|$)/g) ?? []).length;
  if (len >= 80 && ld < 0.35 && (sentences > 0 || b.text.includes(','))) return len * (1 - ld);
  if (len >= 40 && sentences > 0 && ld < 0.2) return 0.5 * len;
  return -0.2 * len;
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

const CLUTTER: [RegExp, string][] = [
  [/^(?:advertisement|advertisements|ad|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading(?: below)?|skip (?:to|past) .*|scroll to continue.*)$/i, 'advertisement'],
  [/^(?:credit|photo|image|photograph|illustration|video|source|picture|pictured)\s*(?::|\.\.\.|…|by\b)/i, 'caption'],
  [/^(?:read more|related|see also|more|recommended|also read|read also|most read|trending)\b.{0,120}$/i, 'related links'],
  [/^(?:share|share this|share on|tweet|email|print|comments?|follow us|subscribe|sign up|log ?in|register)\b.{0,60}$/i, 'share bar'],
];

/** Blocks of the container that form the article, and what was left out with why. */
export function selectBlocks(blocks: Block[], container: El, title: string | null): { kept: Block[]; removed: Removed[] } {
  const removed: Removed[] = [];
  const inside = blocks.filter((b) => within(b.owner, container));
  const kept: Block[] = [];
  const normTitle = title ? norm(title) : null;
  for (const b of inside) {
    const len = b.text.length;
    if (b.furniture) {
      removed.push({ text: b.text, reason: b.furniture });
      continue;
    }
    const ld = b.linkChars / len;
    if (ld > 0.5 && (len < 300 || !SENTENCE_END.test(b.text))) {
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

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A block that reads as prose: long enough, with a sentence end. */
function isProse(b: Block): boolean {
  return b.text.length >= 80 && /[.!?…]["'”’)]?$|[.!?]["'”’)]?\s/.test(b.text);
}

/** Short non-prose lines before the first and after the last prose block: bylines, dates, kickers, tags. */
function trimEdges(kept: Block[], removed: Removed[]): void {
  let first = kept.findIndex(isProse);
  if (first < 0) return;
  while (first > 0) {
    const b = kept[first - 1]!;
    if (b.kind === 'h' && b.level >= 2) break;
    if (b.text.length >= 80) break;
    removed.push({ text: b.text, reason: 'byline or labels' });
    kept.splice(first - 1, 1);
    first--;
  }
  for (let i = kept.length - 1; i > 0 && !isProse(kept[i]!); i--) {
    const b = kept[i]!;
    if (b.text.length >= 80 || b.kind === 'li' || b.kind === 'quote') break;
    removed.push({ text: b.text, reason: 'trailer' });
    kept.splice(i, 1);
  }
}

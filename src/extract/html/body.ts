/**
 * Finding the article among the blocks: every block votes for the elements around it — prose for, link lists and
 * furniture against — and the element with the highest total is the article container (a maximum-weight subtree).
 * Then the container's blocks are kept in order, minus furniture, link lists and edge clutter (bylines, dates).
 */
import type { Removed } from '../../doc/types.js';
import type { Block } from './blocks.js';
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

/** Headings that open a list of other articles, in the languages the detector knows. */
const RELATED_HEADING =
  /^(?:related(?: (?:articles?|stories|posts|news|content|coverage|reading|links))?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|more (?:stories|news|from|on|like this)\b.*|recommended(?: for you| stories| articles)?|read (?:next|more|also)|see also|also read|most (?:read|popular|viewed)|trending(?: now)?|latest (?:news|stories)|popular (?:posts|stories)|other (?:stories|articles|news)|você (?:pode|também pode) gostar.*|leia (?:também|mais)|veja também|notícias relacionadas|lesen sie (?:auch|mehr)|das könnte sie (?:auch )?interessieren|mehr zum thema|à lire aussi|lire aussi|sur le même sujet|articles? (?:similaires|liés)|te puede interesar|(?:noticias|artículos) relacionad[oa]s|lee también|ti potrebbe interessare|potrebbe interessarti|articoli correlati|leggi anche|читайте также|похожие (?:статьи|новости|записи)|gerelateerde artikelen|lees ook|関連記事)[\s.:…!]*$/i;

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
  for (const [i, b] of inside.entries()) {
    const len = b.text.length;
    if (i <= titleAt) {
      removed.push({ text: b.text, reason: i === titleAt ? 'title' : 'before headline' });
      continue;
    }
    if (skip.has(b)) continue;
    if (b.kind === 'h' && len < 80 && (RELATED_HEADING.test(b.text) || b.furniture === 'related links')) {
      // "Related stories", "Você pode gostar...": the box the heading opens is a teaser list.
      const box = relatedBox(b, inside);
      removed.push({ text: b.text, reason: 'related links' });
      for (let j = i + 1; j < inside.length && within(inside[j]!.owner, box); j++) {
        if (!inside[j]!.furniture) removed.push({ text: inside[j]!.text, reason: 'related links' });
        skip.add(inside[j]!);
      }
      continue;
    }
    if (b.furniture) {
      removed.push({ text: b.text, reason: b.furniture });
      continue;
    }
    const ld = b.linkChars / len;
    // A linked paragraph (a whole sentence that links somewhere) is text; a list of links is not.
    const linkedParagraph =
      b.owner.tag === 'p' && b.kind === 'p' && b.text.split(' ').length >= 8 && /[^.][.!?]["'”’)]?$/.test(b.text) && !/[[\]|]/.test(b.text);
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

/** A block that reads as prose: long enough, with a sentence end. */
function isProse(b: Block): boolean {
  return b.text.length >= 80 && /[.!?…]["'”’)]?$|[.!?]["'”’)]?\s/.test(b.text);
}

/** A closing note to readers rather than article text: contact, follow, subscribe, tips. */
const READER_NOTE = /\b(?:follow (?:him|her|them|us|me)|reach(?:ed)? (?:him|her|them|us|at)|contact (?:him|her|us)|e-?mail (?:him|her|us)|on twitter|subscribe|sign up|newsletter|have a (?:news )?tip|send (?:us )?(?:a )?tip|copyright|all rights reserved)\b|@/i;

/** Reads as a sentence of the article: ends like a sentence, several words, not a note to readers. */
function isSentence(b: Block): boolean {
  return /[.!?…]["'”’)]?$/.test(b.text) && b.text.split(' ').length >= 6 && !READER_NOTE.test(b.text);
}

/** Short non-prose lines before the first and after the last prose block: bylines, dates, kickers, tags. */
function trimEdges(kept: Block[], removed: Removed[]): void {
  let first = kept.findIndex(isProse);
  if (first < 0) return;
  while (first > 0) {
    const b = kept[first - 1]!;
    if (b.kind === 'h' && b.level >= 2) break;
    if (b.text.length >= 80 || isSentence(b)) break;
    removed.push({ text: b.text, reason: 'byline or labels' });
    kept.splice(first - 1, 1);
    first--;
  }
  // At the end only notes to readers, author bios, "About <company>" boilerplate and bare labels go: credits
  // ("Reporting by ...") and sign-offs are the article's.
  const about = kept.findIndex((b, i) => i > 0 && i >= kept.length - 6 && ABOUT_HEADING.test(b.text));
  if (about > 0) for (const b of kept.splice(about)) removed.push({ text: b.text, reason: 'boilerplate' });
  for (let i = kept.length - 1; i > 0; i--) {
    const b = kept[i]!;
    const note = READER_NOTE.test(b.text) && b.text.length < 400;
    const bio = AUTHOR_BIO.test(b.text) && i >= kept.length - 2;
    const label = b.text.split(' ').length <= 3 && !/[.!?)\]]$/.test(b.text) && !isProse(b);
    if (!note && !bio && !label) break;
    removed.push({ text: b.text, reason: bio ? 'author bio' : note ? 'note to readers' : 'trailer' });
    kept.splice(i, 1);
  }
}

/** "About Ascom", "Über uns", "À propos de ...": the press-release boilerplate that closes a release. */
const ABOUT_HEADING = /^(?:about (?:the )?[\p{Lu}\d][^.!?]{0,60}|über [\p{Lu}][^.!?]{0,60}|à propos de [^.!?]{0,60}|acerca de [^.!?]{0,60}|sobre (?:a |o )?[\p{Lu}][^.!?]{0,60})[:.]?$/u;

/** "Jane Roe is a senior writer at ...": a short biography of the author under the article. */
const AUTHOR_BIO =
  /^(?:[\p{Lu}][\p{L}'’.-]+ ){1,3}(?:is|has been|was) (?:an?|the) (?:[\p{L}-]+ ){0,6}(?:writer|editor|reporter|journalist|correspondent|contributor|columnist|author|blogger|producer|analyst|freelancer|native)\b/u;

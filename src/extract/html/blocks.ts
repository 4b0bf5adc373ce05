/**
 * The page body as a flat list of text blocks in reading order: each paragraph, heading, list item or bare text run,
 * with its link share, its kind, the element that owns it, and — when it sits in page furniture — why.
 */
import type { ParagraphKind } from '../../doc/types.js';
import { furnitureReason, looksLikeContent, WEAK_REASONS } from './boilerplate.js';
import { walk, type El, type Node } from './tree.js';

export interface Block {
  /** Text with whitespace collapsed; `\n` where the page had a line break (`<br>`). */
  text: string;
  /** The nearest block-level element around the text. */
  owner: El;
  kind: ParagraphKind;
  /** Characters of the text inside links. */
  linkChars: number;
  /** Why the block is furniture (from the markup of it or an ancestor), or null. */
  furniture: string | null;
  /** Heading level 1–6 for `h` blocks. */
  level: number;
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'figure', 'figcaption', 'header', 'footer',
  'nav', 'aside', 'form', 'hr', 'center', 'fieldset', 'details', 'summary', 'address', 'body', 'html', 'hgroup',
  'caption', 'picture', 'option', 'legend', 'menu', 'dialog', 'root', 'head', 'title', 'li',
]);

/**
 * Characters of prose per element: the non-link text of paragraphs and of other blocks whose own text runs to a
 * paragraph's length. Used to tell a furniture-looking element that actually holds the article.
 */
export function proseLengths(root: El): Map<El, number> {
  const out = new Map<El, number>();
  // Returns the prose inside el and, for inline elements, the non-link text they add to their block.
  const visit = (el: El, inA: boolean): [number, number] => {
    let prose = 0;
    let inline = 0;
    const a = inA || el.tag === 'a';
    for (const c of el.children) {
      if (typeof c === 'string') {
        if (!a) inline += c.trim().length;
      } else {
        const [p, il] = visit(c, a);
        prose += p;
        inline += il;
      }
    }
    if (BLOCK_TAGS.has(el.tag)) {
      if (el.tag === 'p' || inline >= 80) prose += inline;
      inline = 0;
    }
    out.set(el, prose);
    return [prose, inline];
  };
  visit(root, false);
  return out;
}

/** Share of the page's prose above which a furniture-looking element is taken for the article container. */
const OVERRULE_SHARE = 0.7;
/** Share of the page's prose that makes a content-named element the article's (see `wrappers`). */
const WRAPPER_SHARE = 0.3;
/** Characters of prose that make a paragraph text rather than a label or headline. */
const PARAGRAPH_PROSE = 200;
/** The same for names that only weakly mark furniture. */
const WEAK_OVERRULE_SHARE = 0.15;

export function linearize(root: El): { blocks: Block[]; inlineRemoved: { text: string; reason: string }[] } {
  const prose = proseLengths(root);
  const total = prose.get(root) ?? 0;
  // Wrappers of a content-named element ("article-body", itemprop=articleBody) holding much of the prose are layout,
  // whatever their own names say ("pg-right-rail", "has-sidebar").
  const wrappers = new Set<El>();
  const state: { main: El | null } = { main: null };
  walk(root, (el) => {
    const n = prose.get(el) ?? 0;
    if (n < WRAPPER_SHARE * total) return false;
    // The deepest content-named element among the biggest: the one that holds the article itself.
    if (!looksLikeContent(el)) return true;
    const main = state.main;
    const m = main ? (prose.get(main) ?? 0) : 0;
    if (!main || (inside(el, main) ? n >= 0.5 * m : n > m)) state.main = el;
    return true;
  });
  for (let e: El | null = state.main; e; e = e.parent) wrappers.add(e);
  // A furniture-looking element that holds much of the page's prose is the article's container; a paragraph of
  // prose is not a label or a headline whatever its class says.
  const overruled = (el: El, reason: string): boolean => {
    const n = prose.get(el) ?? 0;
    if (!WEAK_REASONS.has(reason)) return n >= OVERRULE_SHARE * total;
    return n >= WEAK_OVERRULE_SHARE * total || (el.tag === 'p' && n >= PARAGRAPH_PROSE);
  };
  const blocks: Block[] = [];
  const inlineRemoved: { text: string; reason: string }[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let owner: El = root;

  const flush = (kind: ParagraphKind, level: number, furniture: string | null): void => {
    if (parts.length === 0) return;
    const text = parts
      .join('')
      .replace(/[ \t\r\f\v\u00a0\u200b]*\n[\s\u00a0\u200b]*/g, '\n')
      .replace(/[ \t\r\f\v\u00a0\u200b]+/g, ' ')
      .replace(/\n+/g, '\n')
      .trim();
    parts = [];
    const lc = linkChars;
    linkChars = 0;
    if (text) blocks.push({ text, owner, kind, linkChars: Math.min(lc, text.length), furniture, level });
  };

  interface Ctx {
    kind: ParagraphKind;
    level: number;
    furniture: string | null;
    inLink: boolean;
  }

  const visit = (node: Node, ctx: Ctx): void => {
    if (typeof node === 'string') {
      parts.push(node);
      if (ctx.inLink) linkChars += node.replace(/\s+/g, ' ').length;
      return;
    }
    const el = node;
    const tag = el.tag;
    if (tag === 'head' || tag === 'title') return;
    if (tag === 'br') {
      parts.push('\n');
      return;
    }
    let furniture = ctx.furniture;
    if (furniture === null) {
      const f = wrappers.has(el) ? null : furnitureReason(el);
      if (f && (f.hard || !overruled(el, f.reason))) furniture = f.reason;
    }
    const block = BLOCK_TAGS.has(tag);
    if (!block && furniture !== ctx.furniture && !hasBlockDescendant(el)) {
      // Furniture inside a paragraph (a credit, "opens in a new window"): drop its words, keep the paragraph whole.
      const text = collectText(el).replace(/\s+/g, ' ').trim();
      if (text) inlineRemoved.push({ text, reason: furniture! });
      return;
    }
    if (!block) {
      const inner: Ctx = furniture === ctx.furniture && (ctx.inLink || tag !== 'a') ? ctx : { ...ctx, furniture, inLink: ctx.inLink || tag === 'a' };
      for (const c of el.children) visit(c, inner);
      return;
    }
    flush(ctx.kind, ctx.level, ctx.furniture);
    let kind = ctx.kind;
    let level = ctx.level;
    if (/^h[1-6]$/.test(tag)) {
      kind = 'h';
      level = Number(tag[1]);
    } else if (tag === 'li' || tag === 'dd' || tag === 'dt') {
      if (kind !== 'quote') kind = 'li';
    } else if (tag === 'blockquote') kind = 'quote';
    const inner: Ctx = { kind, level, furniture, inLink: ctx.inLink };
    const saved = owner;
    owner = el;
    for (const c of el.children) visit(c, inner);
    flush(kind, level, furniture);
    owner = saved;
  };
  visit(root, { kind: 'p', level: 0, furniture: null, inLink: false });
  flush('p', 0, null);
  return { blocks, inlineRemoved };
}

function inside(el: El, ancestor: El): boolean {
  for (let e: El | null = el.parent; e; e = e.parent) if (e === ancestor) return true;
  return false;
}

function hasBlockDescendant(el: El): boolean {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (BLOCK_TAGS.has(c.tag) || hasBlockDescendant(c)) return true;
  }
  return false;
}

function collectText(el: El): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : collectText(c);
  return s;
}

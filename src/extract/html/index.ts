/**
 * HTML → Article. One htmlparser2 pass builds a light tree; the page is flattened into text blocks; the block-weight
 * maximum subtree is the article container; its prose blocks, headings, list items and quotes become the body.
 * Metadata comes from JSON-LD, meta tags and visible bylines/times (metadata.ts). Nothing is rendered or executed.
 */
import type { Article, Paragraph, Removed } from '../../doc/types.js';
import { splitDateline } from '../plaintext/dateline.js';
import { classifyJunk } from '../plaintext/junk.js';
import { isListCaption } from '../plaintext/shape.js';
import { linearize, type Block } from './blocks.js';
import { chooseContainer, selectBlocks } from './body.js';
import { readJsonLd } from './jsonld.js';
import { detectLanguage } from './language.js';
import { readMetadata } from './metadata.js';
import { noArticleWarning } from './no-article.js';
import { parseTree } from './tree.js';

export interface HtmlOptions {
  input: string;
  url?: string | null;
  publishedAt?: string | null;
  hints?: { title?: string | null; outlet?: string | null };
}

/** True when a decoded text is an HTML document or fragment rather than plain text or Markdown. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (/^<!doctype\s+html|^<html[\s>]|^<\?xml[^>]*>\s*<(?:!doctype\s+)?html/i.test(head)) return true;
  if (/^<(?:head|body|meta|title|div|p|article|section|main|header|nav|script|link|style|table|span|h[1-6]|ul)[\s>/]/i.test(head)) return true;
  // A document that opens with text but is mostly markup (a fragment saved from a CMS).
  const tags = head.match(/<\/?(?:p|div|br|a|span|h[1-6]|li|ul|img|article|section|body|html)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 5;
}

export function extractHtml(html: string, options: HtmlOptions): Article {
  const tree = parseTree(html);
  const warnings = [...tree.warnings];
  const ld = readJsonLd(tree.jsonLd);
  const meta = readMetadata(tree, ld, options.url ?? null);
  const title = meta.title ?? options.hints?.title ?? null;

  const { blocks, inlineRemoved } = linearize(tree.root);
  const container = chooseContainer(blocks, tree.root);
  const { kept, removed } = selectBlocks(blocks, container, title);
  const allRemoved: Removed[] = [...removed, ...inlineRemoved];

  let dateline: string | null = null;
  const parts = toParagraphs(kept, allRemoved, (first) => {
    const d = splitDateline(first);
    if (!d) return first;
    dateline = d.dateline;
    allRemoved.push({ text: first.slice(0, d.bodyStart), reason: 'dateline' });
    return first.slice(d.bodyStart);
  });

  let text = '';
  const paragraphs: Paragraph[] = [];
  for (const p of parts) {
    if (text) text += '\n\n';
    paragraphs.push({ kind: p.kind, start: text.length, end: text.length + p.text.length });
    text += p.text;
  }

  const noArticle = noArticleWarning(tree, text, blocks, ld);
  if (noArticle) warnings.push(noArticle);

  return {
    input: options.input,
    url: options.url ?? null,
    canonicalUrl: meta.canonicalUrl,
    title,
    byline: meta.byline,
    outlet: meta.outlet ?? options.hints?.outlet ?? null,
    dateline,
    publishedAt: meta.publishedAt ?? options.publishedAt ?? null,
    modifiedAt: meta.modifiedAt,
    language: meta.language ?? detectLanguage(text),
    description: meta.description,
    text,
    paragraphs,
    removed: allRemoved,
    warnings,
  };
}

/** Kept blocks as paragraphs: `<br>` lines split, junk lines dropped, the wire dateline taken off the first. */
function toParagraphs(kept: Block[], removed: Removed[], firstLine: (s: string) => string): { kind: Paragraph['kind']; text: string }[] {
  const out: { kind: Paragraph['kind']; text: string }[] = [];
  for (const b of kept) {
    for (const line of b.text.split('\n')) {
      let t = line.trim();
      if (!t) continue;
      const junk = classifyJunk(t);
      if (junk) {
        removed.push({ text: t, reason: junk });
        continue;
      }
      if (out.length === 0 && b.kind === 'p') t = firstLine(t);
      out.push({ kind: b.kind, text: t });
    }
  }
  out.forEach((p, i) => {
    if (p.kind === 'p' && isListCaption(p.text, out[i + 1]?.kind === 'li')) p.kind = 'h';
  });
  return out;
}

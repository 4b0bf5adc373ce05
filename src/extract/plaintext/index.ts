/**
 * Plain text and Markdown as scraped from news sites: recognise the page structure that survives as lines
 * (furniture above the headline, headline, outlet line, byline, time stamp, bold standfirst, dateline, section
 * headings, bullets, block quotes, link lists and trailing junk) instead of reading it as sentences.
 * Whatever is not body text is kept in `removed` with a reason: nothing vanishes silently.
 */
import type { Article, Paragraph, ParagraphKind, Removed } from '../../doc/types.js';
import { parseByline, parseStamp } from './byline.js';
import { splitDateline } from './dateline.js';
import { classifyJunk, isAuthorBio, linkListHeader, looksLikeLinkedHeadline } from './junk.js';
import { logicalLines } from './lines.js';
import { readMarkdownLine, type MarkdownLine } from './markdown.js';
import { OUTLET_WORDS, isLabelAbove, isListCaption, looksLikeHeading, looksLikeOutlet, looksLikeTitle, splitTitleOutlet, words } from './shape.js';

export { looksLikeHeading, looksLikeOutlet, looksLikeTitle } from './shape.js';

export interface PlainTextOptions {
  input: string;
  publishedAt?: string | null;
  url?: string | null;
  title?: string | null;
  outlet?: string | null;
}

interface Block {
  kind: ParagraphKind;
  text: string;
}

/** Metadata gathered while reading the lines; a value given from outside (options) wins over one found. */
interface Meta {
  title: string | null;
  outlet: string | null;
  byline: string[];
  description: string | null;
  dateline: string | null;
  agency: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
}

const NON_TEXT_BLOCKS: Partial<Record<MarkdownLine['block'], string>> = {
  rule: 'separator',
  image: 'image',
  linkref: 'link reference',
};

/** The Markdown-bold (or italic) standfirst under a headline: emphasised, and a sentence rather than a label. */
function isStandfirst(line: MarkdownLine): boolean {
  return line.emphasised && line.block === 'plain' && words(line.text) >= 6;
}

/**
 * Lines that carry metadata or furniture around the headline: bylines, stamps, outlet line, standfirst, junk.
 * Returns the index of the first line that is none of these.
 */
function readHeader(lines: MarkdownLine[], from: number, meta: Meta, removed: Removed[], afterTitle: boolean): number {
  let i = from;
  for (; i < lines.length && i < from + 8; i++) {
    const line = lines[i]!;
    const nonText = NON_TEXT_BLOCKS[line.block];
    if (nonText) {
      removed.push({ text: line.raw, reason: nonText });
      continue;
    }
    const names = line.block === 'plain' ? parseByline(line.text) : null;
    if (names) {
      for (const n of names) if (!meta.byline.includes(n)) meta.byline.push(n);
      removed.push({ text: line.raw, reason: 'byline' });
      continue;
    }
    const stamp = parseStamp(line.text);
    if (stamp) {
      if (stamp.kind === 'published') meta.publishedAt ??= stamp.date;
      else meta.modifiedAt ??= stamp.date;
      removed.push({ text: line.raw, reason: 'timestamp' });
      continue;
    }
    if (afterTitle && meta.title !== null && line.text === meta.title) {
      removed.push({ text: line.raw, reason: 'title repeated' });
      continue;
    }
    if (afterTitle && i === from && meta.outlet === null && line.block === 'plain' && !line.emphasised && looksLikeOutlet(line.text) && i + 1 < lines.length) {
      meta.outlet = line.text;
      removed.push({ text: line.raw, reason: 'outlet' });
      continue;
    }
    if (afterTitle && meta.description === null && isStandfirst(line)) {
      meta.description = line.text;
      removed.push({ text: line.raw, reason: 'standfirst' });
      continue;
    }
    const junk = linkListHeader(line.text) ? null : classifyJunk(line.text);
    if (junk) {
      removed.push({ text: line.raw, reason: junk });
      continue;
    }
    break;
  }
  return i;
}

/** The headline, when the first line reads as one and more text follows. Returns the index after it. */
function readTitle(lines: MarkdownLine[], i: number, meta: Meta, removed: Removed[]): number {
  let first = lines[i];
  if (!first || i + 1 >= lines.length) return i;
  // A kicker or section label above the headline ("EXCLUSIVE", "World", "ICARO Media Group").
  const next = lines[i + 1]!;
  if (first.block === 'plain' && next.block !== 'bullet' && isLabelAbove(first.text, next.text) && i + 2 < lines.length) {
    if (meta.outlet === null && looksLikeOutlet(first.text) && OUTLET_WORDS.test(first.text)) {
      meta.outlet = first.text;
      removed.push({ text: first.raw, reason: 'outlet' });
    } else {
      removed.push({ text: first.raw, reason: 'section label' });
    }
    first = next;
    i++;
  }
  const split = first.block === 'plain' ? splitTitleOutlet(first.text) : null;
  const candidate = split?.title ?? first.text;
  const isTitle =
    (first.block === 'heading' && candidate.length <= 300) ||
    (first.block === 'plain' && looksLikeTitle(candidate) && !splitDateline(candidate) && !linkListHeader(candidate));
  if (!isTitle) return i;
  meta.title ??= candidate;
  if (split) meta.outlet ??= split.outlet;
  removed.push({ text: first.raw, reason: 'title' });
  return i + 1;
}

/**
 * A list of links to other stories that starts at `i` ("You may also like" + headlines). Returns the index after
 * the list, or null when line `i` does not open one.
 */
function readLinkList(lines: MarkdownLine[], i: number, removed: Removed[]): number | null {
  const header = linkListHeader(lines[i]!.text);
  if (!header) return null;
  let j = i + 1;
  if (header.bare) {
    while (j < lines.length && j < i + 13) {
      const t = lines[j]!.text;
      if (classifyJunk(t) || (lines[j]!.block !== 'heading' && looksLikeLinkedHeadline(t))) j++;
      else break;
    }
  }
  const atEnd = lines.slice(j).every((l) => classifyJunk(l.text) || NON_TEXT_BLOCKS[l.block] || linkListHeader(l.text));
  const head = lines[i]!.text.replace(/:$/, '').toLowerCase();
  removed.push({ text: lines[i]!.raw, reason: atEnd ? (header.bare ? `trailer: ${head}` : 'trailer: related link') : 'related link' });
  for (let k = i + 1; k < j; k++) {
    const t = lines[k]!.text;
    removed.push({ text: lines[k]!.raw, reason: classifyJunk(t) ?? (atEnd ? 'trailer: unrelated link' : 'related link') });
  }
  return j;
}

/** Is line `i` among the last few lines of prose (where author bios sit)? */
function nearEnd(lines: MarkdownLine[], i: number): boolean {
  let prose = 0;
  for (let k = i + 1; k < lines.length; k++) {
    // What follows a link-list header is links, not prose.
    if (linkListHeader(lines[k]!.text)) break;
    if (!classifyJunk(lines[k]!.text)) prose++;
  }
  return prose <= 2;
}

export function extractPlainText(source: string, options: PlainTextOptions): Article {
  const lines = logicalLines(source).map(readMarkdownLine);
  const removed: Removed[] = [];
  const meta: Meta = {
    title: options.title ?? null,
    outlet: options.outlet ?? null,
    byline: [],
    description: null,
    dateline: null,
    agency: null,
    publishedAt: options.publishedAt ?? null,
    modifiedAt: null,
  };

  let i = readHeader(lines, 0, meta, removed, false);
  const afterTitle = readTitle(lines, i, meta, removed);
  if (afterTitle > i) i = readHeader(lines, afterTitle, meta, removed, true);

  const blocks: Block[] = [];
  // Whether a prose paragraph has been kept yet: header-like lines (byline, standfirst, dateline) only count before.
  let prose = false;
  const hasProse = (): boolean => prose || (prose = blocks.some((b) => b.kind === 'p' || b.kind === 'quote'));
  while (i < lines.length) {
    const line = lines[i]!;
    const text = line.text;
    const nonText = NON_TEXT_BLOCKS[line.block];
    if (nonText) {
      removed.push({ text: line.raw, reason: nonText });
      i++;
      continue;
    }
    const afterList = readLinkList(lines, i, removed);
    if (afterList !== null) {
      i = afterList;
      continue;
    }
    i++;
    const junk = classifyJunk(text);
    if (junk) {
      removed.push({ text: line.raw, reason: junk });
      continue;
    }
    if (!hasProse() && line.block === 'plain') {
      const names = parseByline(text);
      if (names) {
        for (const n of names) if (!meta.byline.includes(n)) meta.byline.push(n);
        removed.push({ text: line.raw, reason: 'byline' });
        continue;
      }
    }
    const stamp = parseStamp(text);
    if (stamp) {
      if (stamp.kind === 'published') meta.publishedAt ??= stamp.date;
      else meta.modifiedAt ??= stamp.date;
      removed.push({ text: line.raw, reason: 'timestamp' });
      continue;
    }
    if (isAuthorBio(text) && hasProse() && nearEnd(lines, i - 1)) {
      removed.push({ text: line.raw, reason: 'author bio' });
      continue;
    }
    if (!hasProse() && meta.description === null && isStandfirst(line)) {
      meta.description = text;
      removed.push({ text: line.raw, reason: 'standfirst' });
      continue;
    }
    const listCaption = line.block === 'plain' && isListCaption(text, lines[i]?.block === 'bullet');
    if (
      listCaption ||
      line.block === 'heading' ||
      (line.emphasised && line.block === 'plain' && words(text) <= 14 && !/[.!]$/.test(text)) ||
      (line.block === 'plain' && looksLikeHeading(text))
    ) {
      blocks.push({ kind: 'h', text });
      continue;
    }
    if (!hasProse() && meta.dateline === null && line.block === 'plain') {
      const d = splitDateline(text);
      if (d) {
        meta.dateline = d.dateline;
        meta.agency = d.agency;
        removed.push({ text: text.slice(0, d.bodyStart), reason: 'dateline' });
        blocks.push({ kind: 'p', text: text.slice(d.bodyStart) });
        continue;
      }
    }
    blocks.push({ kind: line.block === 'bullet' ? 'li' : line.block === 'quote' ? 'quote' : 'p', text });
  }

  let text = '';
  const paragraphs: Paragraph[] = [];
  for (const b of blocks) {
    if (b.text === '') continue;
    if (text) text += '\n\n';
    paragraphs.push({ kind: b.kind, start: text.length, end: text.length + b.text.length });
    text += b.text;
  }

  return {
    input: options.input,
    url: options.url ?? null,
    canonicalUrl: null,
    title: meta.title,
    byline: meta.byline,
    outlet: meta.outlet,
    dateline: meta.dateline,
    agency: meta.agency,
    publishedAt: meta.publishedAt,
    modifiedAt: meta.modifiedAt,
    language: null,
    description: meta.description,
    text,
    paragraphs,
    removed,
    warnings: [],
  };
}

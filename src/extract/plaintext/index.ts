/**
 * Plain text and Markdown as scraped from news sites: recognise the page structure that survives as lines
 * (headline, outlet line, bold standfirst, dateline, section headings, bullets, trailing junk) instead of
 * reading it as sentences. Whatever is not body text is kept in `removed` with a reason.
 */
import type { Article, Paragraph, ParagraphKind, Removed } from '../../doc/types.js';
import { classifyJunk, isJunkTrailerStart } from './junk.js';
import { splitDateline } from './dateline.js';

interface Line {
  text: string;
}

const FINAL_PUNCT = /[.!?…:;"”’)\]]$/;
const BULLET = /^\s*(?:[-*•–·]|\d{1,2}[.)])\s+/;
const BOLD = /^\*\*(.+?)\*\*$|^__(.+?)__$/;
const MD_HEADING = /^#{1,6}\s+/;

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** A headline: short, no final full stop, not a dateline-led sentence. */
export function looksLikeTitle(line: string): boolean {
  const n = words(line);
  return n >= 2 && n <= 30 && !/[.:;,]$/.test(line) && line.length <= 220;
}

/** A heading inside the body: a short line without final punctuation that does not read as a sentence fragment. */
export function looksLikeHeading(line: string): boolean {
  const n = words(line);
  if (n === 0 || n > 12 || line.length > 100) return false;
  if (FINAL_PUNCT.test(line)) return false;
  return /^[\p{Lu}\d"“‘']/u.test(line);
}

/** An outlet line right below the headline: a few capitalised words, no sentence punctuation. */
export function looksLikeOutlet(line: string): boolean {
  const n = words(line);
  if (n === 0 || n > 5 || line.length > 60 || /[.!?,:;]$/.test(line)) return false;
  return line.split(/\s+/).every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(of|the|and|de|du|la|le|el)$/i.test(w));
}

export interface PlainTextOptions {
  input: string;
  publishedAt?: string | null;
  url?: string | null;
  title?: string | null;
  outlet?: string | null;
}

export function extractPlainText(source: string, options: PlainTextOptions): Article {
  const lines: Line[] = source
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => ({ text: l.replace(/\s+/g, ' ').trim() }))
    .filter((l) => l.text !== '');

  const removed: Removed[] = [];
  let title: string | null = options.title ?? null;
  let outlet: string | null = options.outlet ?? null;
  let description: string | null = null;
  let dateline: string | null = null;

  let i = 0;
  // Headline: the first line when it reads as one (short, no final full stop) and more text follows.
  const first = lines[0];
  if (first && lines.length > 1) {
    const t = first.text.replace(MD_HEADING, '').replace(BOLD, '$1$2');
    if ((MD_HEADING.test(first.text) || looksLikeTitle(t)) && !splitDateline(t)) {
      title ??= t;
      removed.push({ text: first.text, reason: 'title' });
      i = 1;
      const second = lines[1];
      if (second && lines.length > 2 && looksLikeOutlet(second.text) && !BOLD.test(second.text)) {
        outlet ??= second.text;
        removed.push({ text: second.text, reason: 'outlet' });
        i = 2;
      }
    }
  }

  // Body lines until junk starts.
  const blocks: { kind: ParagraphKind; text: string }[] = [];
  for (; i < lines.length; i++) {
    const raw = lines[i]!.text;
    if (isJunkTrailerStart(raw, lines.slice(i + 1).map((l) => l.text))) {
      for (let j = i; j < lines.length; j++) removed.push({ text: lines[j]!.text, reason: j === i ? classifyJunk(raw) ?? 'trailer' : 'trailer: unrelated link' });
      break;
    }
    const junk = classifyJunk(raw);
    if (junk) {
      removed.push({ text: raw, reason: junk });
      continue;
    }
    const bold = BOLD.exec(raw);
    if (bold && blocks.length === 0) {
      description ??= (bold[1] ?? bold[2] ?? '').trim();
      removed.push({ text: raw, reason: 'standfirst' });
      continue;
    }
    if (MD_HEADING.test(raw) || (bold && words(raw) <= 14)) {
      blocks.push({ kind: 'h', text: raw.replace(MD_HEADING, '').replace(BOLD, '$1$2') });
      continue;
    }
    if (blocks.length === 0 && !dateline) {
      const d = splitDateline(raw);
      if (d) {
        dateline = d.dateline;
        removed.push({ text: raw.slice(0, d.bodyStart), reason: 'dateline' });
        blocks.push({ kind: 'p', text: raw.slice(d.bodyStart) });
        continue;
      }
    }
    if (BULLET.test(raw)) {
      blocks.push({ kind: 'li', text: raw.replace(BULLET, '') });
      continue;
    }
    if (looksLikeHeading(raw) && i + 1 < lines.length) {
      blocks.push({ kind: 'h', text: raw });
      continue;
    }
    blocks.push({ kind: 'p', text: raw });
  }

  let text = '';
  const paragraphs: Paragraph[] = [];
  for (const b of blocks) {
    if (text) text += '\n\n';
    paragraphs.push({ kind: b.kind, start: text.length, end: text.length + b.text.length });
    text += b.text;
  }

  return {
    input: options.input,
    url: options.url ?? null,
    canonicalUrl: null,
    title,
    byline: [],
    outlet,
    dateline,
    publishedAt: options.publishedAt ?? null,
    modifiedAt: null,
    language: null,
    description,
    text,
    paragraphs,
    removed,
    warnings: [],
  };
}

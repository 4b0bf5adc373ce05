/**
 * Markdown as scrapers and "reader mode" exports leave it in plain text: block markers at the start of a line
 * (`#`, `-`, `>`, `---`, images, link references) and inline markup (`**bold**`, `[text](url)`, entities).
 * The cleaner needs the block kind to tell headings, bullets and quotes from prose, and the inline text without
 * markup so that sentences and offsets refer to what a reader sees.
 */
import { decodeHTML } from 'entities';

export type LineBlock = 'plain' | 'heading' | 'bullet' | 'quote' | 'rule' | 'image' | 'linkref';

export interface MarkdownLine {
  /** The line as it came (whitespace collapsed), kept for `removed`. */
  raw: string;
  /** The visible text: block marker and inline markup removed. */
  text: string;
  block: LineBlock;
  /** The whole line was wrapped in emphasis (`**…**`, `__…__`, `*…*`, `_…_`): a standfirst or a heading. */
  emphasised: boolean;
}

const RULE = /^(?:[-*_]\s*){3,}$/;
const ATX = /^(#{1,6})\s+(.*?)(?:\s+#+)?$/;
const QUOTE = /^(?:>\s?)+/;
/** Bullet markers: Markdown, typographic bullets, numbered items. A dash needs a space so "-5C" stays text. */
export const BULLET = /^(?:[-*+•–·▪►◦‣✓→]|\d{1,2}[.)])\s+/;
const IMAGE_ONLY = /^!\[[^\]]*\]\([^)]*\)$/;
const LINK_REFERENCE = /^\[[^\]]+\]:\s*\S+/;
const WHOLE_EMPHASIS = /^(\*\*|__|\*|_)(?=\S)([\s\S]+?)(?<=\S)\1$/;

/**
 * Escaped markup characters are parked in the Private Use Area while markup is removed, so `\*` survives as a
 * literal star instead of opening emphasis.
 */
const PARK = 0xe000;
function park(s: string): string {
  return s.replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, (_m, c: string) => String.fromCharCode(PARK + c.charCodeAt(0)));
}
function unpark(s: string): string {
  return s.replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - PARK));
}

/** Inline Markdown and HTML residue to visible text: links keep their label, images and tags go. */
export function stripInline(line: string): string {
  let s = park(line);
  s = s
    .replace(/!\[[^\]]*\]\((?:[^()]|\([^)]*\))*\)/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/gi, '$1')
    .replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi, ' ')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    // Single-character emphasis only between word boundaries, so "5 * 3" and snake_case stay as they are.
    .replace(/(^|[^\p{L}\p{N}*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\p{L}\p{N}*])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
  if (s.includes('&')) s = decodeHTML(s);
  return unpark(s).replace(/\s+/g, ' ').trim();
}

/** Read one (trimmed, non-empty) line: its block kind and visible text. */
export function readMarkdownLine(raw: string): MarkdownLine {
  if (RULE.test(raw)) return { raw, text: '', block: 'rule', emphasised: false };
  if (IMAGE_ONLY.test(raw)) return { raw, text: raw.replace(/^!\[([^\]]*)\].*$/, '$1'), block: 'image', emphasised: false };
  if (LINK_REFERENCE.test(raw)) return { raw, text: raw, block: 'linkref', emphasised: false };
  let block: LineBlock = 'plain';
  let body = raw;
  const atx = ATX.exec(body);
  if (atx) {
    block = 'heading';
    body = atx[2] ?? '';
  } else if (QUOTE.test(body)) {
    block = 'quote';
    body = body.replace(QUOTE, '');
  } else if (BULLET.test(body)) {
    block = 'bullet';
    body = body.replace(BULLET, '');
  }
  const parked = park(body);
  const whole = WHOLE_EMPHASIS.exec(parked);
  // "**a** and **b**" is not one emphasised line: the inner part must not close and reopen the marker.
  const emphasised = !!whole && !whole[2]!.includes(whole[1]!);
  return { raw, text: stripInline(emphasised ? unpark(whole[2]!) : body), block, emphasised };
}

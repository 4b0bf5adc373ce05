/**
 * Article metadata from every place a page states it, in order of trust: JSON-LD, OpenGraph / article:* meta,
 * other meta conventions (Dublin Core, Parse.ly, Sailthru), then the visible page (<time>, byline elements, <h1>).
 * Published and modified dates are kept apart and never mixed up.
 */
import { nameWords } from './boilerplate.js';
import { decodeEntities } from './entities.js';
import type { LdArticle } from './jsonld.js';
import { normalizeLang } from './language.js';
import { attr, textPrefix, walk, type El, type PageTree } from './tree.js';

export interface PageMeta {
  title: string | null;
  byline: string[];
  outlet: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  language: string | null;
  description: string | null;
  canonicalUrl: string | null;
}

function metaValue(tree: PageTree, ...keys: string[]): string | null {
  for (const k of keys) {
    const m = tree.metas.find((x) => x.key === k && x.content.trim() !== '');
    if (m) return decodeEntities(m.content).replace(/\s+/g, ' ').trim();
  }
  return null;
}

/** A date as ISO 8601: kept as written when already ISO-like, else parsed; null when it is not a date. */
export function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(v);
  if (iso) {
    if (!iso[2]) return iso[1]!;
    const zone = iso[3] ? (iso[3] === 'Z' ? 'Z' : iso[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${iso[1]}T${iso[2]}${zone}`;
  }
  if (/^\d{8}$/.test(v)) return `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`;
  if (/^\d{10,13}$/.test(v)) {
    const d = new Date(v.length === 13 ? Number(v) : Number(v) * 1000);
    return Number.isNaN(d.getTime()) ? null : d.toISOString().replace('.000Z', 'Z');
  }
  if (!/\d{4}/.test(v) || !/[a-z]{3}|\d{1,2}[/.]\d{1,2}/i.test(v)) return null;
  // The wall-clock date as written: a zone name ("EST", "GMT+0000") would shift it to another calendar day.
  const cleaned = v
    .replace(/\b(?:at|on|updated|published|posted)\b/gi, ' ')
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .replace(/\s*\b(?:[A-Z]{1,4}T|GMT|UTC|Z)\b(?:\s*[+-]\d{2}:?\d{2})?/g, ' ')
    .replace(/\s*[+-]\d{2}:?\d{2}\s*$/, '');
  const t = Date.parse(cleaned);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  // Date.parse reads a zone-less date as local time; take the calendar date it names, not a shifted instant.
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  if (!/\d{1,2}:\d{2}/.test(v)) return day;
  return `${day}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const ROLE_WORDS = /\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|bureau|chief|senior|news|desk|team|agency|updated|published|posted|photographer|photos?|opinion|guest|special to|analysis)\b/i;

/** Wire agencies and desks: a byline naming only them names no person. */
const AGENCY = /^(?:the )?(?:associated press|ap|reuters|afp|agence france[- ]presse|bloomberg(?: news)?|press association|pa media|dpa|ani|pti|ians|xinhua|tass|upi|efe|ansa|kyodo|yonhap|.*\bbureau|.*\bstaff|.*\bdesk)$/i;

/** Person names from a byline string: "By Jane Roe and John Doe, Staff Writers" → ["Jane Roe", "John Doe"]. */
export function splitByline(raw: string, outlet: string | null = null): string[] {
  const s = raw
    .replace(/\s+/g, ' ')
    .replace(/^\s*(?:written\s+)?by[:\s]+/i, '')
    .replace(/\s*\|.*$/, '')
    .replace(/\b(?:updated|published|posted)\b.*$/i, '')
    .trim();
  // "Jane Roe. Sputnik International": a full stop before further capitalised words ends the name ("Troy L. Smith" stays).
  const parts = s.split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\bwith\b|\bfor\b|\bin\b|\.\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu}))\s*/iu);
  const outletKey = outlet ? outlet.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '') : null;
  const out: string[] = [];
  for (const p of parts) {
    const name = p.replace(/^by\s+/i, '').replace(/[.\s]+$/, '').trim();
    if (!name || name.length > 60 || /^https?:|@|www\.|\.com\b/i.test(name) || /\d/.test(name)) continue;
    if (ROLE_WORDS.test(name) || AGENCY.test(name) || /^the\s/i.test(name)) continue;
    const key = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    if (outletKey && (outletKey.includes(key) || key.includes(outletKey))) continue;
    const words = name.split(' ');
    if (words.length < 2 || words.length > 5) continue;
    if (!words.every((w) => /^[\p{Lu}'‘’(]/u.test(w) || /^(?:de|van|von|der|den|da|di|del|la|le|bin|al|el|du|dos|das|ter)$/.test(w))) continue;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

function resolveUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).toString();
  } catch {
    return /^https?:\/\//i.test(href) ? href : null;
  }
}

/** "Headline | Outlet" / "Headline - Outlet": the headline part when the rest is the outlet or short. */
function cleanTitle(title: string, outlet: string | null): string {
  const t = title.replace(/\s+/g, ' ').trim();
  const m = /^(.{15,}?)\s+[|–—\-:·•]\s+([^|–—\-:·•]{2,40})$/.exec(t);
  if (m && (!outlet || m[2]!.toLowerCase().includes(outlet.toLowerCase().slice(0, 6)) || m[2]!.split(' ').length <= 4)) return m[1]!.trim();
  return t;
}

/** Visible byline and time elements in the body. */
function visibleMeta(root: El, outlet: string | null): { byline: string[]; time: string | null } {
  const byline: string[] = [];
  let time: string | null = null;
  let shown: string | null = null;
  walk(root, (el) => {
    if (el.tag === 'form' || el.tag === 'head') return false;
    const names = nameWords(attr(el, 'class') + ' ' + attr(el, 'id'));
    // Comment threads have their own authors and dates.
    if (names.some((w) => w === 'comment' || w === 'comments' || w === 'thecomment' || w === 'respond' || w === 'replies')) return false;
    if (time === null && el.tag === 'time') {
      time = normalizeDate(attr(el, 'datetime') || textPrefix(el, 100));
    }
    if (shown === null && names.some((w) => DATE_WORDS.has(w))) {
      const m = SHOWN_DATE.exec(textPrefix(el, 300));
      if (m) shown = normalizeDate(m[0]);
    }
    if (byline.length === 0) {
      const ip = attr(el, 'itemprop');
      const rel = attr(el, 'rel');
      if (ip === 'author' || rel === 'author' || names.includes('byline') || names.includes('author')) {
        const t = textPrefix(el, 200);
        if (t.length > 0 && t.length < 200) byline.push(...splitByline(t, outlet));
        if (byline.length) return false;
      }
    }
    return true;
  });
  return { byline, time: time ?? shown };
}

/** Class words of elements that show the publication date or the byline with it. */
const DATE_WORDS = new Set(['date', 'dateline', 'time', 'timestamp', 'published', 'pubdate', 'posted', 'byline', 'meta', 'info', 'author', 'authors']);
/** A written date: "18 Nov 2019", "November 19, 2019", "Nov. 19, 2019". */
const SHOWN_DATE = /\b(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})\b/i;

/** The site name a `<title>` ends with ("Headline - Bay Courier"), when short enough to be one. */
function titleSuffix(title: string | null): string | null {
  const m = title ? /\s[|–—-]\s([^|–—-]{2,40})$/.exec(title.trim()) : null;
  return m && m[1]!.trim().split(/\s+/).length <= 4 ? m[1]!.trim() : null;
}

export function readMetadata(tree: PageTree, ld: LdArticle | null, url: string | null): PageMeta {
  const outlet =
    metaValue(tree, 'og:site_name', 'application-name', 'al:ios:app_name', 'twitter:app:name:iphone') ??
    ld?.publisher ??
    titleSuffix(tree.title);
  const rawTitle =
    ld?.headline ?? metaValue(tree, 'og:title', 'twitter:title', 'dc.title', 'title', 'sailthru.title', 'parsely-title') ?? tree.title;
  let h1: string | null = null;
  walk(tree.root, (el) => {
    if (h1 !== null) return false;
    if (el.tag === 'h1') {
      const t = textPrefix(el, 500);
      if (t) h1 = t;
      return false;
    }
    return true;
  });
  let title = rawTitle ? cleanTitle(decodeEntities(rawTitle), outlet) : h1;
  // "Opinion | Headline": the displayed headline inside a decorated meta title.
  const k = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const h1Text: string | null = h1;
  if (title && h1Text && k(title) !== k(h1Text) && k(title).includes(k(h1Text)) && k(h1Text).length >= 0.6 * k(title).length) title = h1Text;
  if (title && !title.trim()) title = null;
  const visible = visibleMeta(tree.root, outlet);
  const metaAuthor = [
    metaValue(tree, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'byl', 'dc.creator', 'dcterms.creator', 'cxenseparse:author'),
  ]
    .filter((x): x is string => !!x)
    .flatMap((x) => splitByline(x, outlet));
  const ldAuthors = (ld?.authors ?? []).flatMap((x) => splitByline(x, outlet));
  const byline = ldAuthors.length ? ldAuthors : metaAuthor.length ? metaAuthor : visible.byline;
  const published =
    normalizeDate(ld?.datePublished) ??
    normalizeDate(
      metaValue(tree, 'article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'parsely-pub-date',
        'sailthru.date', 'dc.date.issued', 'dcterms.created', 'dc.date', 'date', 'article.published', 'og:article:published_time', 'article:published'),
    ) ??
    visible.time;
  const modified =
    normalizeDate(ld?.dateModified) ??
    normalizeDate(metaValue(tree, 'article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified', 'article.updated', 'lastmod'));
  const language =
    normalizeLang(tree.lang) ??
    normalizeLang(metaValue(tree, 'content-language', 'dc.language', 'language')) ??
    normalizeLang(metaValue(tree, 'og:locale')) ??
    normalizeLang(ld?.inLanguage);
  const canonicalHref = tree.links.find((l) => l.rel.split(/\s+/).includes('canonical'))?.href ?? metaValue(tree, 'og:url') ?? ld?.url ?? null;
  return {
    title,
    byline,
    outlet,
    publishedAt: published,
    modifiedAt: modified,
    language,
    description: metaValue(tree, 'og:description', 'description', 'twitter:description') ?? ld?.description ?? null,
    canonicalUrl: resolveUrl(canonicalHref, url),
  };
}

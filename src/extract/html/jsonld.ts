/**
 * JSON-LD (schema.org) article metadata: the first NewsArticle-like object, looked up through arrays and @graph.
 * Pages often carry broken JSON-LD (trailing commas, raw newlines in strings); a block that does not parse is
 * skipped, never fatal.
 */

export interface LdArticle {
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
  description: string | null;
  inLanguage: string | null;
  url: string | null;
  articleBody: string | null;
  /** `isAccessibleForFree: false` — the page says it is behind a paywall. */
  paywalled: boolean;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|AskPublicAffairsArticle|SatiricalArticle|WebPage|ItemPage|Blog)$/;

import { decodeEntities } from './entities.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function parseLoose(raw: string): Json | undefined {
  const text = raw.trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\/<!\[CDATA\[|\/\/\]\]>\s*$/g, '');
  try {
    return JSON.parse(text) as Json;
  } catch {
    try {
      // Raw control characters inside strings are the commonest breakage.
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ')) as Json;
    } catch {
      return undefined;
    }
  }
}

function types(o: { [k: string]: Json }): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** Every object in a JSON-LD value, depth-first (top-level, arrays, @graph, mainEntity). */
function objects(v: Json, out: { [k: string]: Json }[], depth = 0): void {
  if (depth > 6 || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) objects(x, out, depth + 1);
    return;
  }
  out.push(v);
  for (const k of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) if (v[k]) objects(v[k]!, out, depth + 1);
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return decodeEntities(v).trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str(v.name ?? v['@value'] ?? v.text);
  return null;
}

function names(v: Json | undefined): string[] {
  if (v === null || v === undefined) return [];
  if (typeof v === 'string') return v.trim() ? [v.trim()] : [];
  if (Array.isArray(v)) return v.flatMap((x) => names(x));
  if (typeof v === 'object') {
    const n = str(v.name);
    return n ? [n] : [];
  }
  return [];
}

export function readJsonLd(blocks: string[]): LdArticle | null {
  const all: { [k: string]: Json }[] = [];
  for (const raw of blocks) {
    const v = parseLoose(raw);
    if (v !== undefined) objects(v, all);
  }
  // Prefer a real article type over a generic WebPage.
  const ranked = all
    .map((o) => ({ o, t: types(o) }))
    .filter(({ t }) => t.some((x) => ARTICLE_TYPES.test(x)))
    .sort((a, b) => rank(a.t) - rank(b.t));
  const hit = ranked[0]?.o;
  if (!hit) return null;
  const webPage = ranked.find(({ t }) => t.includes('WebPage'))?.o;
  const publisher = str(hit.publisher) ?? str(hit.sourceOrganization) ?? (webPage ? str(webPage.publisher) : null);
  return {
    headline: str(hit.headline) ?? str(hit.name),
    authors: names(hit.author ?? hit.creator),
    datePublished: str(hit.datePublished) ?? str(hit.dateCreated),
    dateModified: str(hit.dateModified),
    publisher,
    description: str(hit.description),
    inLanguage: str(hit.inLanguage),
    url: str(hit.url),
    articleBody: str(hit.articleBody),
    paywalled: hit.isAccessibleForFree === false || hit.isAccessibleForFree === 'False' || hit.isAccessibleForFree === 'false',
  };
}

function rank(t: string[]): number {
  if (t.some((x) => /NewsArticle|Reportage|Analysis|Opinion|Report/.test(x))) return 0;
  if (t.some((x) => /Article|Posting/.test(x))) return 1;
  return 2;
}

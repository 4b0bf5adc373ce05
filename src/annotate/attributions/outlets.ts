/**
 * News organisations: the well-known outlets and wire agencies of the gazetteer (entities/gazetteer/news.ts),
 * plus the name shapes ("… Press Agency", "… Gazette") that let unknown ones be recognised. Used by the quotes
 * layer (to resolve "the newspaper" to the outlet named before) and by the attributions layer (to type what a
 * report cites).
 */
import { NEWS_ORGANIZATIONS, type NewsOrgKind } from '../entities/gazetteer/news.js';
import { escapeRegExp } from '../../util/regexp.js';

export type { NewsOrgKind } from '../entities/gazetteer/news.js';

export interface NewsOrg {
  /** The name a reader knows it by, with its article when it has one ("The New York Times"). */
  name: string;
  kind: NewsOrgKind;
  /** Other ways reports write it; matched case-sensitively as whole words. */
  aliases: string[];
}

/** The gazetteer's news organisations; a website cited under its own name ("Express.co.uk") is a source of its own. */
export const NEWS_ORGS: NewsOrg[] = NEWS_ORGANIZATIONS.flatMap((o) => [
  { name: o.name, kind: o.kind, aliases: o.variants.filter((v) => !o.sites.includes(v)) },
  ...o.sites.map((site) => ({ name: site, kind: o.kind, aliases: [] })),
]);

/** Surface form → organisation, longest forms first so "The New York Times" wins over "The Times". */
const SURFACES: [string, NewsOrg][] = NEWS_ORGS.flatMap((o) => [o.name, ...o.aliases].map((s) => [s, o] as [string, NewsOrg])).sort(
  (a, b) => b[0].length - a[0].length,
);

/** Words that end the names of news organisations nobody can list in advance (local and fictional papers). */
const AGENCY_HEADS = /\b(?:Press Agency|News Agency|Wire Service|Newswire|Press Association|Agency)$/;
const OUTLET_HEADS =
  /\b(?:Times|Post|Herald|Gazette|Tribune|Journal|Courier|Ledger|Chronicle|Telegraph|Guardian|Observer|Standard|Mirror|Mail|Express|Examiner|Inquirer|Independent|Sentinel|Monitor|Register|Review|Dispatch|Bulletin|Signal|Echo|Star|Sun|News|Radio|Television|TV|Broadcasting|Media|Daily|Weekly|Magazine|Press)$/;

/** Lower-cased surface, with and without its leading article → organisation. */
const BY_SURFACE = new Map<string, NewsOrg>();
for (const [surface, org] of SURFACES) {
  for (const key of [surface, surface.replace(/^The /, '')]) if (!BY_SURFACE.has(key.toLowerCase())) BY_SURFACE.set(key.toLowerCase(), org);
}

/** The news organisation a name denotes, from the gazetteer or from the shape of the name; null when it is not one. */
export function newsOrgOf(name: string): { name: string; kind: NewsOrgKind } | null {
  const n = name.trim().replace(/^the\s+/i, (m) => (/^The/.test(m) ? m : ''));
  const known = BY_SURFACE.get(n.toLowerCase());
  if (known) return known;
  if (!/^(?:The\s+)?\p{Lu}/u.test(n)) return null;
  // Names the gazetteer does not know are kept without their article, so "The Adalyn Gazette" and
  // "the Adalyn Gazette" meet.
  const plain = n.replace(/^The\s+/, '');
  if (AGENCY_HEADS.test(n) && plain.split(/\s+/).length >= 2) return { name: plain, kind: 'agency' };
  if (OUTLET_HEADS.test(n) && plain.split(/\s+/).length >= 2) return { name: plain, kind: 'outlet' };
  return null;
}

/** One pass over a text finds every gazetteer name; the alternation lists longer names first so they win. */
const SURFACE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${SURFACES.map(([s]) => escapeRegExp(s)).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const EXACT = new Map(SURFACES.map(([s, o]) => [s, o]));

/** Every gazetteer name occurring in `text`, with offsets; longest match wins where names overlap. */
export function findNewsOrgs(text: string): { start: number; end: number; surface: string; org: NewsOrg }[] {
  const out: { start: number; end: number; surface: string; org: NewsOrg }[] = [];
  for (const m of text.matchAll(SURFACE_RE)) out.push({ start: m.index, end: m.index + m[0].length, surface: m[0], org: EXACT.get(m[0])! });
  return out;
}

/** Two to five capitalised words, optionally after "The": the shape any outlet's name has. */
const CAPITALISED_RUN = /(?<![\p{L}\p{N}])(?:The\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}\p{Lu}[\p{L}]*(?![\p{L}\p{N}])/gu;

/** Names shaped like a news organisation's ("The Lisbon Herald", "Coastal Press Agency") anywhere in `text`. */
export function findOutletShapedNames(text: string): { start: number; end: number; name: string; kind: NewsOrgKind }[] {
  const out: { start: number; end: number; name: string; kind: NewsOrgKind }[] = [];
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const org = newsOrgOf(m[0]);
    if (org && (AGENCY_HEADS.test(m[0]) || OUTLET_HEADS.test(m[0]))) out.push({ start: m.index, end: m.index + m[0].length, name: org.name, kind: org.kind });
  }
  return out;
}

/**
 * One entity per real-world thing across all reports. Each report's layer already resolved titles, surnames,
 * acronyms and short forms inside that report (mention.canonical); here the canonical names of all reports are
 * keyed and joined:
 * - places by their gazetteer name without an administrative suffix ("Kursk Oblast", "Kursk region" → Kursk);
 * - acronyms by any report's definition ("ATACMS" in a report that never spells it out → Army Tactical Missile
 *   Systems, defined in another report);
 * - a bare surname by the one full name in the story that ends with it, and only when there is exactly one:
 *   two people sharing a surname are never joined through it.
 * Descriptions that refer to a named entity ("the newspaper" → The New York Times) count as its mentions but
 * not as aliases; groups ("two U.S. officials") are not entities.
 */
import type { Doc, EntityMention, EntityType, SourceSpan } from '../doc/types.js';
import type { BriefEntity } from '../brief/types.js';
import { PLACE_SUFFIXES, lookup } from '../annotate/entities/gazetteer/index.js';
import { nameKey, nameWords } from '../annotate/entities/names.js';
import { isSubsequence } from '../annotate/entities/resolve.js';
import { isUpperAcronym } from '../annotate/entities/scan.js';
import { groupBy } from '../util/group.js';
import { reportCount } from '../brief/reports.js';

interface Item {
  source: string;
  m: EntityMention;
  /** Canonical name after story-wide acronym expansion. */
  name: string;
  key: string;
}

/** British and American spellings of one word ("Harbour"/"Harbor", "Defence"/"Defense", "Centre"/"Center"). */
function spelling(word: string): string {
  return word.replace(/our$/, 'or').replace(/our(s)$/, 'or$1').replace(/ence$/, 'ense').replace(/tre$/, 'ter');
}

/**
 * The merging key of a canonical name: places lose "Oblast"/"region"; case, marks, British/American spelling
 * and spaces inside names ("Salt Market"/"Saltmarket") are folded.
 */
function keyOf(type: EntityType, name: string): string {
  let words = nameWords(name.replace(/^the\s+/i, ''));
  if (type === 'place' && words.length > 1 && PLACE_SUFFIXES.has(words[words.length - 1]!)) words = words.slice(0, -1);
  return words.map(spelling).join('').replace(/'s?/g, '');
}

/** Mentions that name something: names, and descriptions resolved to a name used in the same report. */
function namedMentions(doc: Doc): EntityMention[] {
  const names = new Set(doc.layers.entities.filter((m) => !m.generic).map((m) => nameKey(m.canonical)));
  return doc.layers.entities.filter((m) => !m.generic || names.has(nameKey(m.canonical)));
}

export function mergeEntities(docs: Doc[]): BriefEntity[] {
  // Acronyms defined anywhere in the story: the report's layer gave them their long form as canonical.
  const expansions = new Map<string, string>();
  for (const d of docs) {
    for (const m of d.layers.entities) {
      if (!m.generic && isUpperAcronym(m.text) && nameWords(m.canonical).length > 1 && !expansions.has(nameKey(m.text))) {
        expansions.set(nameKey(m.text), m.canonical);
      }
    }
  }
  const items: Item[] = [];
  for (const d of docs) {
    for (const m of namedMentions(d)) {
      const name = expansions.get(nameKey(m.canonical)) ?? m.canonical;
      items.push({ source: d.id, m, name, key: `${m.type}:${keyOf(m.type, name)}` });
    }
  }

  // Middle names across reports: "Bettie Mae Page" joins "Bettie Page" (same first and last word).
  const personKeys = new Map<string, string[]>();
  for (const it of items) if (it.m.type === 'person') personKeys.set(it.key, nameWords(it.name));
  for (const it of items) {
    const w = personKeys.get(it.key);
    if (!w || w.length < 3) continue;
    const shorter = [...personKeys].filter(([, o]) => o.length >= 2 && o.length < w.length && o[0] === w[0] && o.at(-1) === w.at(-1) && isSubsequence(o, w));
    if (shorter.length === 1) it.key = shorter[0]![0];
  }
  // A single-word person name joins the one multi-word name in the story that ends with it.
  const fullByLast = keysBy(items, (it) => (it.m.type === 'person' ? lastOfSeveral(nameWords(it.name)) : null));
  for (const it of items) {
    const w = nameWords(it.name);
    if ((it.m.type === 'person' || it.m.type === 'other') && w.length === 1) {
      const full = fullByLast.get(w[0]!);
      if (full?.size === 1) it.key = [...full][0]!;
    }
  }
  // An organisation known by its last word in one report ("the Gazette") is the one full name ending so.
  const orgByLast = keysBy(items, (it) => (it.m.type === 'organization' ? lastOfSeveral(nameWords(it.name.replace(/^the\s+/i, ''))) : null));
  for (const it of items) {
    const w = nameWords(it.name.replace(/^the\s+/i, ''));
    if ((it.m.type === 'organization' || it.m.type === 'other') && w.length === 1 && !lookup(it.name)) {
      const full = orgByLast.get(w[0]!);
      if (full?.size === 1) it.key = [...full][0]!;
    }
  }
  // A name typed 'other' in one report joins the same name typed in another, when only one type is on offer.
  const typedByKey = keysBy(items, (it) => (it.m.type === 'other' ? null : it.key.slice(it.key.indexOf(':') + 1)));
  for (const it of items) {
    if (!it.key.startsWith('other:')) continue;
    const typed = typedByKey.get(it.key.slice(6));
    if (typed?.size === 1) it.key = [...typed][0]!;
  }

  const groups = groupBy(items, (it) => it.key);
  const order = new Map(docs.map((d, i) => [d.id, i]));
  const entities = [...groups.values()].map((g) => {
    const types = count(g.map((it) => it.m.type).filter((t) => t !== 'other'));
    const type = (mostCommon(types) ?? 'other') as EntityType;
    const names = count(g.filter((it) => !it.m.generic).map((it) => it.name));
    const name = mostCommon(names) ?? g[0]!.name;
    const aliases = [...count(g.filter((it) => !it.m.generic).map((it) => it.m.text)).entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([a]) => a);
    const mentions: SourceSpan[] = g
      .map((it) => ({ source: it.source, start: it.m.start, end: it.m.end, text: it.m.text }))
      .sort((a, b) => order.get(a.source)! - order.get(b.source)! || a.start - b.start);
    return { name, type, aliases, mentions, reports: reportCount(mentions) };
  });
  entities.sort((a, b) => b.reports - a.reports || b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entities.map((e, i) => ({ id: `e${i + 1}`, name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions }));
}

/** The distinct keys the items hold now, under the word `wordOf` files each under (null: not filed). */
function keysBy(items: Item[], wordOf: (it: Item) => string | null): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const it of items) {
    const w = wordOf(it);
    if (w !== null) out.set(w, (out.get(w) ?? new Set<string>()).add(it.key));
  }
  return out;
}

/** The last word of a name of several words; null for a one-word name. */
function lastOfSeveral(words: string[]): string | null {
  return words.length > 1 ? words[words.length - 1]! : null;
}

function count<T>(xs: T[]): Map<T, number> {
  const m = new Map<T, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

/** The most frequent value; ties go to the longer string, then the alphabetically first (deterministic). */
function mostCommon<T>(m: Map<T, number>): T | undefined {
  let best: T | undefined;
  let n = -1;
  for (const [k, v] of m) {
    const better = v > n || (v === n && (String(k).length > String(best).length || (String(k).length === String(best).length && String(k) < String(best))));
    if (better) {
      best = k;
      n = v;
    }
  }
  return best;
}

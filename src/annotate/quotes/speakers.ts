/**
 * Who a speaker phrase refers to inside one report: names to the fullest form the report gave before ("Van
 * Hooft" → "Paul Van Hooft"), pronouns to the last fitting speaker, descriptions of news organisations ("the
 * newspaper", "the Times", "the report") to the outlet named before. Groups stay groups. Nothing is guessed:
 * a pronoun with no earlier speaker resolves to null.
 */
import type { Doc, QuoteMention, Span } from '../../doc/types.js';
import { findNewsOrgs, findOutletShapedNames, newsOrgOf } from '../attributions/outlets.js';
import { hasPersonTitle, isTitle, looksLikePerson, nameIn } from './names.js';
import { escapeRegExp } from '../../util/regexp.js';

export type SpeakerType = NonNullable<QuoteMention['speakerType']>;

export interface Speaker {
  name: string;
  type: SpeakerType;
  span: Span;
}

interface Known {
  name: string;
  type: 'person' | 'organization' | 'outlet' | 'agency';
  at: number;
  /** Title words the report used with a person ("mayor", "president"), lower-case. */
  titles: string[];
}

/** Nouns that describe a news organisation or its article: they refer back to the outlet named before. */
const OUTLET_DESCRIPTIONS =
  /^(?:the|that|this)\s+(?:newspaper|paper|daily|weekly|report|reports|article|outlet|publication|broadcaster|network|channel|agency|news agency|wire|wire service|magazine|site|website)$/i;
/** Documents speak too ("a US intelligence assessment warned"). */
const DOCUMENT_HEADS = /\b(?:assessment|report|document|memo|memorandum|study|survey|analysis|statement|letter|filing|review|paper|dossier|audit|inspection|briefing)$/i;
/** Group heads: plural people and bodies kept as groups. */
const GROUP_HEADS =
  /\b(?:officials|official|spokesman|spokeswoman|spokesperson|director|executive|officer|sources|source|people|residents|witnesses|passengers|survivors|commuters|neighbours|neighbors|workers|families|analysts|experts|critics|supporters|diplomats|officers|engineers|authorities|lawmakers|leaders|ministers|spokesmen|observers|officials|reports|service|office|government|administration|ministry|committee|council|authority|police|team|crews?|commission|department|agency|board)$/i;

/** A name after titles ("Dr Paul Van Hooft", "Mayor Ilse Varga"); group 1 is the name. */
const TITLED_NAME =
  /\b(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady|President|Prime Minister|Minister|Secretary|Senator|Mayor|Deputy Mayor|Councillor|Councilor|Governor|General|Chancellor|spokesman|spokeswoman|spokesperson|executive)\.?\s+)+((?:\p{Lu}[\p{L}'’-]+|van|von|de|der|al|bin)(?:\s+(?:\p{Lu}[\p{L}'’-]+|van|von|de|der|al|bin))*)/gu;
/** "First Last, a/the/who …": a name with an apposition; group 1 is the name. */
const APPOSED_NAME = /(?<![\p{L}’'])(\p{Lu}\p{Ll}+(?:\s+(?:\p{Lu}[\p{L}'’-]+|van|von|de|der|al|bin)){1,3}),\s+(?:a|an|the|who)\s/gu;

/** Everyone and everything a report names, in order of first mention, from the entities layer and the text itself. */
export function knownNames(doc: Doc): Known[] {
  const out: Known[] = [];
  for (const e of doc.layers.entities) {
    if (e.generic) continue;
    const org = newsOrgOf(e.canonical) ?? newsOrgOf(e.text);
    if (org) out.push({ name: org.name, type: org.kind, at: e.start, titles: [] });
    else if (e.type === 'person') out.push({ name: nameIn(e.canonical) ?? e.canonical, type: 'person', at: e.start, titles: titleWords(doc.text, e.start) });
    else if (e.type === 'organization') out.push({ name: e.canonical, type: 'organization', at: e.start, titles: [] });
  }
  for (const m of findNewsOrgs(doc.text)) out.push({ name: m.org.name, type: m.org.kind, at: m.start, titles: [] });
  for (const m of findOutletShapedNames(doc.text)) out.push({ name: m.name, type: m.kind, at: m.start, titles: [] });
  // Titled names and appositions: people for sure, found here so speaker resolution works without the entities layer.
  for (const m of doc.text.matchAll(TITLED_NAME)) {
    const name = nameIn(m[0]);
    if (name && looksLikePerson(name)) out.push({ name, type: 'person', at: m.index, titles: titleWords(doc.text, m.index + m[0].length - m[1]!.length) });
  }
  for (const m of doc.text.matchAll(APPOSED_NAME)) {
    const name = nameIn(m[1]!);
    if (name && name.includes(' ') && looksLikePerson(name) && !newsOrgOf(name)) out.push({ name, type: 'person', at: m.index, titles: [] });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Title words written just before a name ("Mayor", "Defence Secretary"), to resolve "the mayor" later. */
function titleWords(text: string, nameStart: number): string[] {
  const before = text.slice(Math.max(0, nameStart - 40), nameStart).split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = before.length - 1; i >= 0 && isTitle(before[i]!); i--) out.push(before[i]!.toLowerCase().replace(/\./g, ''));
  return out;
}

/** State carried through one report while its quotes are read in order. */
export class SpeakerResolver {
  private readonly known: Known[];
  /** Speakers resolved so far, most recent last: pronouns refer back to these. */
  private readonly speakers: { name: string; type: SpeakerType; at: number }[] = [];

  constructor(private readonly doc: Doc) {
    this.known = knownNames(doc);
  }

  /** Records a speaker so later pronouns can refer to it. */
  remember(s: Speaker): void {
    this.speakers.push({ name: s.name, type: s.type, at: s.span.start });
    if ((s.type === 'person' || s.type === 'outlet' || s.type === 'agency') && !this.known.some((k) => k.name === s.name && k.at <= s.span.start)) {
      this.known.push({ name: s.name, type: s.type, at: s.span.start, titles: [] });
      this.known.sort((a, b) => a.at - b.at);
    }
  }

  /** A person introduced by name at `at` (used for a quote that follows a paragraph introducing its speaker). */
  personAt(span: Span): Speaker | null {
    const phraseText = this.doc.text.slice(span.start, span.end);
    const name = nameIn(phraseText);
    if (!name || !looksLikePerson(name) || newsOrgOf(name)) return null;
    if (!name.includes(' ') && !hasPersonTitle(phraseText)) return null;
    return { name: this.fullName(name, span.start), type: 'person', span };
  }

  /** Resolves the phrase of a speech tag; null when it cannot be resolved without guessing. */
  resolve(p: { start: number; end: number; text: string }): Speaker | null {
    // "Lt. Bob Rifkin of Operation Safe Streets", "a spokeswoman for Beaumont Hospital in Royal Oak": the speaker
    // is the head before the preposition. A name of one capitalised word ("Union of Concerned Scientists") or a
    // description keeps its whole phrase.
    const cut = p.text.match(/^(.+?)\s+(?:of|for|from|at|in|with)\s+/);
    if (cut) {
      const head = cut[1]!;
      const headName = nameIn(head);
      const headResolved = headName && headName.includes(' ') && looksLikePerson(headName) && head.trim().endsWith(headName) ? this.resolve({ start: p.start, end: p.start + head.length, text: head }) : null;
      if (headResolved?.type === 'person') return headResolved;
      if (/\p{Ll}/u.test(head.split(/\s+/).pop() ?? '')) {
        const whole = this.resolveHead(p, head);
        if (whole) return whole;
      }
    }
    return this.resolveHead(p, null);
  }

  /** Resolves a phrase; with `head`, the phrase is a description whose head noun is `head`'s last word. */
  private resolveHead(p: { start: number; end: number; text: string }, head: string | null): Speaker | null {
    if (head !== null) {
      // A description: the whole phrase is the speaker as the report names it, typed by its head.
      const h = head.trim().toLowerCase();
      const span = { start: p.start, end: p.end };
      const raw = p.text.trim();
      if (OUTLET_DESCRIPTIONS.test(h)) return null;
      if (DOCUMENT_HEADS.test(h)) return { name: raw, type: 'document', span };
      if (/^(?:a|an|the|one|two|three|some|several)\s/i.test(raw) || GROUP_HEADS.test(h)) return { name: raw, type: 'group', span };
      return null;
    }
    const raw = p.text.trim().replace(/[’']s$/, '');
    const lower = raw.toLowerCase();
    const span = { start: p.start, end: p.end };
    if (/^(?:he|she|him|her)$/.test(lower)) {
      const subject = this.previousSubject(p.start);
      if (subject) return { name: subject, type: 'person', span };
      const last = this.speakers.findLast((s) => s.at < p.start && s.type === 'person');
      const person = last ?? this.known.findLast((k) => k.at < p.start && k.type === 'person' && this.recent(k.at, p.start));
      return person ? { name: person.name, type: 'person', span } : null;
    }
    if (/^(?:they|them)$/.test(lower)) {
      const last = this.speakers.findLast((s) => s.at < p.start);
      return last && last.type !== 'person' ? { name: last.name, type: last.type, span } : null;
    }
    if (/^it$/.test(lower)) {
      const last = this.speakers.findLast((s) => s.at < p.start);
      return last && (last.type === 'organization' || last.type === 'outlet' || last.type === 'agency' || last.type === 'document')
        ? { name: last.name, type: last.type, span }
        : null;
    }
    if (/^(?:we|i|you)$/.test(lower)) return null;
    if (OUTLET_DESCRIPTIONS.test(raw)) {
      const outlet = this.lastOutlet(p.start);
      if (outlet) return { name: outlet.name, type: outlet.type, span };
      return { name: raw, type: /report|article/.test(lower) ? 'document' : 'group', span };
    }
    // "the Times", "the Gazette": the short form of an outlet named before.
    const short = raw.match(/^[Tt]he\s+(\p{Lu}[\p{L}-]+)$/u);
    if (short) {
      const outlet = this.lastOutlet(p.start, short[1]!);
      if (outlet) return { name: outlet.name, type: outlet.type, span };
    }
    const org = newsOrgOf(raw);
    if (org) {
      // "The Times" after "The New York Times" is the same paper.
      const named = this.lastOutlet(p.start, org.name.replace(/^The\s+/, ''));
      return { name: named?.name ?? org.name, type: named?.type ?? org.kind, span };
    }
    // "the mayor" after "Mayor Ilse Varga".
    const role = lower.match(/^the\s+([\p{L}-]+)$/u);
    if (role && isTitle(role[1]!)) {
      const holder = this.known.findLast((k) => k.type === 'person' && k.at < p.start && k.titles.includes(role[1]!));
      if (holder) return { name: holder.name, type: 'person', span };
    }
    // A capitalised common noun opening a sentence ("Witnesses described …") is a group, not a name.
    if (!/\s/.test(raw) && GROUP_HEADS.test(lower)) return { name: raw, type: 'group', span };
    const name = nameIn(raw);
    // A name the phrase ends with, unless the phrase is a description that merely contains one ("the HTA's chief").
    // "the tenant Mira Holt": a role noun before a full name still names the person.
    const rolePrefixed = name !== null && name.includes(' ') && looksLikePerson(name) && raw.endsWith(name) && /\p{Ll}\s+$/u.test(raw.slice(0, raw.length - name.length));
    if (name && (rolePrefixed || !/^(?:the|a|an|some|two|three|several|many)\s/i.test(raw.slice(0, raw.length - name.length))) && raw.endsWith(name.split(' ').pop()!)) {
      if (!looksLikePerson(name)) return { name: raw.replace(/^the\s+/, ''), type: 'organization', span };
      // The entities layer knows better whether a name is a person's ("MV Gibe" is a ship, "India" a place).
      const nameAt = p.start + p.text.lastIndexOf(name.split(' ')[0]!);
      const entity = this.doc.layers.entities.find((e) => e.start <= nameAt && nameAt < e.end && !e.generic);
      if (entity && (entity.type === 'organization' || entity.type === 'place' || entity.type === 'product')) return { name: rolePrefixed ? name : raw.replace(/^the\s+/, ''), type: 'organization', span };
      const full = this.fullName(name, p.start);
      // A lone word with no title, no fuller form and no entity saying "person" is not known to be one.
      if (entity?.type !== 'person' && !full.includes(' ') && !hasPersonTitle(raw)) return { name: raw.replace(/^the\s+/, ''), type: 'organization', span };
      return { name: full, type: 'person', span };
    }
    if (DOCUMENT_HEADS.test(lower)) return { name: raw, type: 'document', span };
    if (GROUP_HEADS.test(lower)) return { name: raw, type: 'group', span };
    if (/^(?:a|an|the|one)\s/i.test(raw)) return { name: raw, type: 'group', span };
    // Any other short description the text gives ("Local traders") is the speaker as the report names it.
    if (/\s/.test(raw) && raw.split(/\s+/).length <= 6 && /\p{Ll}/u.test(raw) && !/[\d"“”]/.test(raw)) return { name: raw, type: 'group', span };
    return null;
  }

  /**
   * The person the previous sentence opens with ("Tomas Calder, the authority's chief executive, defended …"):
   * a pronoun subject right after it refers to that person before any earlier speaker.
   */
  private previousSubject(here: number): string | null {
    const sentences = this.doc.layers.sentences;
    const i = sentences.findIndex((s) => s.end > here);
    const prev = i > 0 ? sentences[i - 1] : undefined;
    if (!prev || prev.kind === 'h') return null;
    const lead = this.doc.text.slice(prev.start, prev.end).match(/^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir)\.?\s+)?(?:\p{Lu}[\p{L}’'-]*\.?\s+){0,4}\p{Lu}[\p{L}’'-]*(?=,|\s+\p{Ll})/u);
    if (!lead || /^(?:The|A|An|This|That|These|Those|In|On|At|As|But|And|While|When|If|It|They|We)\s/.test(lead[0])) return null;
    const person = this.personAt({ start: prev.start, end: prev.start + lead[0].length });
    if (person) return person.name;
    const name = nameIn(lead[0]);
    const known = name ? this.known.find((k) => k.type === 'person' && k.name.endsWith(name) && k.at < here) : undefined;
    return known && name && name.length > 2 ? this.fullName(name, here) : null;
  }

  /** Whether a mention at `at` is close enough before `here` for a pronoun with no earlier speaker. */
  private recent(at: number, here: number): boolean {
    const sentences = this.doc.layers.sentences;
    const a = sentences.findIndex((s) => s.end > at);
    const b = sentences.findIndex((s) => s.end > here);
    return a >= 0 && b >= 0 && b - a <= 2;
  }

  private lastOutlet(before: number, word?: string): Known | null {
    const outlets = this.known.filter((k) => (k.type === 'outlet' || k.type === 'agency') && k.at < before);
    const named = word ? new RegExp(`\\b${escapeRegExp(word)}\\b`, 'i') : null;
    const fit = named ? outlets.filter((k) => named.test(k.name)) : outlets;
    return fit.length ? fit[fit.length - 1]! : null;
  }

  /** The fullest form of a person's name the report gave: the most recent before, else the first after. */
  private fullName(name: string, at: number): string {
    const words = name.split(' ');
    const fits = this.known.filter((k) => {
      if (k.type !== 'person' || k.name === name) return false;
      const kw = k.name.split(' ');
      return kw.length > words.length && kw.slice(-words.length).join(' ') === name;
    });
    const before = fits.filter((k) => k.at < at);
    const pick = before.length ? before[before.length - 1] : fits[0];
    return pick?.name ?? name;
  }
}

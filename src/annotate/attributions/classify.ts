/**
 * What kind of source a cited phrase names: a news outlet or wire agency, a named person, an on-the-record
 * organisation, an unnamed person or group (anonymous), or a document. Decided from the gazetteer, the shape of
 * the name, and the head noun of descriptions.
 */
import type { AttributionKind } from '../../doc/types.js';
import type { SpeakerType } from '../quotes/speakers.js';
import { newsOrgOf } from './outlets.js';
import { looksLikePerson, nameIn } from '../quotes/names.js';

/** Unnamed people and groups of people: the report does not say who. */
const ANONYMOUS_HEADS =
  /\b(?:officials?|sources?|insiders?|directors?|executives?|managers?|representatives?|officers?|people|persons?|diplomats?|spokes(?:man|woman|person)|aides?|advisers?|advisors?|witnesses|witness|residents?|engineers?|analysts?|experts?|staff|employees?|members?|lawmakers?|investigators?|reports|someone|individuals?)$/i;
/** Documents and data. */
const DOCUMENT_HEADS =
  /\b(?:assessment|report|document|documents|memo|memorandum|study|survey|analysis|statement|letter|filing|review|dossier|audit|inspection|briefing|figures|data|records|estimates?|minutes|transcript|papers?|logs?)$/i;
/** Bodies speaking on the record. */
const BODY_HEADS =
  /\b(?:service|office|authority|agency|ministry|government|administration|department|council|committee|police|army|military|kremlin|house|pentagon|court|company|firm|commission|board|spokesperson's office)$/i;
/** Groups whose views a report describes but who are not its sources. */
const NOT_SOURCES = /^(?:the\s+)?(?:supporters|critics|opponents|some|many|others)$/i;

/** Words after an outlet's name that still mean the outlet ("Reuters sources", "New York Times reports"). */
const OUTLET_TAILS = /\s+(?:reports?|sources?|article|story|reporting|analysis|journalists?|reporters?|correspondents?)$/i;

export interface Cited {
  cites: string;
  kind: AttributionKind;
}

/** The kind of a speaker the quotes layer resolved, as a kind of source. */
export function kindOfSpeaker(name: string, type: SpeakerType): Cited | null {
  if (NOT_SOURCES.test(name)) return null;
  switch (type) {
    case 'outlet':
    case 'agency':
      return { cites: name, kind: type };
    case 'person':
      return { cites: name, kind: 'person' };
    case 'document':
      return { cites: name, kind: 'document' };
    case 'organization':
      return { cites: name, kind: newsOrgOf(name)?.kind ?? 'organization' };
    case 'group':
      return classifyPhrase(name);
  }
}

/** The kind of a phrase cited after "according to", "citing", "confirmed by". Null when it names no source. */
export function classifyPhrase(phrase: string): Cited | null {
  const p = phrase.trim().replace(/[’']s$/, '');
  if (p === '' || NOT_SOURCES.test(p)) return null;
  const org = newsOrgOf(p) ?? newsOrgOf(p.replace(OUTLET_TAILS, ''));
  if (org) return { cites: org.name, kind: org.kind };
  const head = p.replace(/\s+(?:who|which|that|familiar|with|close|briefed|speaking|in|at|from|of|for|to)\b.*$/i, '');
  if (DOCUMENT_HEADS.test(head)) return { cites: p, kind: 'document' };
  if (ANONYMOUS_HEADS.test(head)) return { cites: p, kind: 'anonymous' };
  if (BODY_HEADS.test(head)) return { cites: p.replace(/^the\s+/i, ''), kind: 'organization' };
  const name = nameIn(p);
  if (name && p.endsWith(name.split(' ').pop()!)) {
    if (looksLikePerson(name) && !/^(?:the|a|an)\s/i.test(p)) return { cites: name, kind: 'person' };
    return { cites: p.replace(/^the\s+/, ''), kind: 'organization' };
  }
  return null;
}

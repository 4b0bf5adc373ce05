/**
 * The attributions layer: whom a report says its information comes from. Three sources of evidence:
 * sourcing phrases ("according to Reuters and The New York Times reports", "citing unnamed U.S. officials",
 * "confirmed by two U.S. officials", "said to The New York Times"), the speakers of the quotes layer (a quoted
 * person, an outlet that "reported", a document that "warned"), and nothing else — a report's own reporting is
 * what no attribution covers.
 */
import type { AttributionMention, Doc, Span } from '../../doc/types.js';
import type { AnnotateOptions } from '../options.js';
import { SpeakerResolver } from '../quotes/speakers.js';
import { sentenceAt } from '../quotes/context.js';
import { classifyPhrase, kindOfSpeaker, type Cited } from './classify.js';
import { findNewsOrgs, newsOrgOf } from './outlets.js';

/** Phrases that introduce a cited source, and how far the cited phrase may run. */
const CUES: { re: RegExp; group: number }[] = [
  { re: /\b(?:according to|citing|quoting|as reported by|confirmed by|reported by|as cited by|cited by)\s+/giu, group: 0 },
  { re: /\b(?:said|told|speaking|spoke)\s+to\s+(?=(?:the\s+)?\p{Lu})/gu, group: 0 },
  { re: /\btold\s+(?=(?:the\s+)?\p{Lu}[\p{L}.]*)/gu, group: 0 },
];

/** Where a cited phrase stops: punctuation, a verb-like continuation, or a second cue. */
const PHRASE_END = /[,;:!?()“”"]|(?<!\b\p{Lu})\.(?=\s|$)|\s(?:citing|that|who|which|warned|said|says|reported|reports\s+(?:that|they)|on|in|as|after|before|when|because|to)\s|\s[-–—]\s|$/u;

export function attributionsLayer(doc: Doc, _options: AnnotateOptions): AttributionMention[] {
  const text = doc.text;
  const resolver = new SpeakerResolver(doc);
  const out: AttributionMention[] = [];
  const sentences = doc.layers.sentences;
  const sentenceOf = (at: number): Span => {
    const s = sentences[sentenceAt(doc, at)];
    return s && s.start <= at && at < s.end ? s : { start: at, end: at };
  };
  const push = (span: Span, c: Cited | null, scope: Span): void => {
    if (!c) return;
    const dup = out.find((a) => a.cites === c.cites && a.start < span.end && span.start < a.end);
    if (dup) {
      dup.scope = { start: Math.min(dup.scope.start, scope.start), end: Math.max(dup.scope.end, scope.end) };
      return;
    }
    out.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), cites: c.cites, kind: c.kind, scope });
  };

  // 1. Sourcing phrases.
  for (const s of sentences) {
    if (s.kind === 'h') continue;
    const sentence = text.slice(s.start, s.end);
    for (const cue of CUES) {
      for (const m of sentence.matchAll(cue.re)) {
        const from = s.start + m.index + m[0].length;
        const rest = text.slice(from, s.end);
        const stop = rest.search(PHRASE_END);
        const told = /^told\s/.test(m[0]);
        // Whoever was told is a name only: "told Express.co.uk the decision was …".
        const phrase = told
          ? (rest.match(/^(?:the\s+)?\p{Lu}[\p{L}\p{N}.’'-]*(?:\s+\p{Lu}[\p{L}\p{N}.’'-]*)*/u)?.[0] ?? '').replace(/[.’']+$/, '')
          : rest.slice(0, stop < 0 ? rest.length : stop).trim();
        if (!phrase) continue;
        // "a report by The New York Times": the outlet is the source, the report its vehicle.
        const by = phrase.match(/^(?:a|an|the)\s+(?:report|article|story|investigation|analysis)\s+(?:by|from|in)\s+(.+)$/i);
        const items = splitCoordination(by ? by[1]! : phrase);
        for (const item of items) {
          const at = from + (by ? phrase.indexOf(by[1]!) : 0) + (by ? by[1]! : phrase).indexOf(item);
          const cited = cite(item, at);
          // "told X" names an outlet only when X is one; "told reporters" is not a source.
          if (told && (!cited || (cited.kind !== 'outlet' && cited.kind !== 'agency'))) continue;
          if (cited && (cited.kind === 'outlet' || cited.kind === 'agency') && isSelf(doc, item)) continue;
          push({ start: at, end: at + item.length }, cited, s);
        }
      }
    }
  }

  // 2. Speakers of quotes and reported speech.
  for (const q of doc.layers.quotes) {
    if (!q.speaker || !q.speakerSpan) continue;
    const c = kindOfSpeaker(q.speaker, q.speakerType ?? 'group');
    if (!c) continue;
    if ((c.kind === 'outlet' || c.kind === 'agency') && isSelf(doc, text.slice(q.speakerSpan.start, q.speakerSpan.end))) continue;
    const tagSentence = sentenceOf(q.speakerSpan.start);
    const first = sentenceOf(q.start);
    const last = sentenceOf(Math.max(q.start, q.end - 1));
    const scope = { start: Math.min(tagSentence.start, first.start), end: Math.max(tagSentence.end, last.end) };
    push(q.speakerSpan, c, scope);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);

  function cite(item: string, at: number): Cited | null {
    const resolved = resolver.resolve({ start: at, end: at + item.length, text: item });
    if (resolved && resolved.type !== 'group') return kindOfSpeaker(resolved.name, resolved.type);
    return classifyPhrase(item);
  }
}

/** "Reuters and The New York Times reports" → ["Reuters", "The New York Times reports"]. */
function splitCoordination(phrase: string): string[] {
  const parts = phrase.split(/,\s*|\s+and\s+/).map((p) => p.trim()).filter(Boolean);
  // Split only when every part names something on its own ("two U.S. and British officials" stays whole).
  if (parts.length > 1 && parts.every((p) => newsOrgOf(p) ?? newsOrgOf(p.replace(/\s+(?:reports?|sources?)$/i, '')))) return parts;
  return [phrase];
}

/**
 * Whether an outlet a report names is the report itself ("she told the Gazette" in the Gazette). A short form
 * ("the Ledger") that the report never introduced by its full name is how a paper speaks of itself.
 */
function isSelf(doc: Doc, mention: string): boolean {
  const own = doc.article.outlet;
  const plain = mention.replace(/^the\s+/i, '').trim();
  if (own && (own === plain || newsOrgOf(own)?.name === newsOrgOf(plain)?.name)) return true;
  const short = mention.match(/^[Tt]he\s+(\p{Lu}[\p{L}-]+)$/u);
  // Well-known outlets are taken at their word; only a paper nobody can look up names itself this way.
  if (short && !findNewsOrgs(mention).length) {
    const word = short[1]!;
    const fuller = new RegExp(`\\p{Lu}[\\p{L}-]*\\s+(?:\\p{Lu}[\\p{L}-]*\\s+)*${word}\\b`, 'u');
    return !fuller.test(doc.text);
  }
  return false;
}

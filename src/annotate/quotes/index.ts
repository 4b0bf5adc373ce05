/**
 * The quotes layer: every quotation in a report (direct, partial, over several paragraphs) and every piece of
 * indirect speech, each with the speaker the report gives, resolved inside the report. Reads sentences, tokens
 * and (when present) entities; quote-mark structure and speech tags are parsed here, so a named speaker
 * resolves even without the entities layer.
 */
import type { Doc, QuoteKind, QuoteMention } from '../../doc/types.js';
import type { AnnotateOptions } from '../options.js';
import { markedQuotes, type MarkedQuote } from './marks.js';
import { SpeakerResolver, type Speaker } from './speakers.js';
import { indirectSpeech } from './indirect.js';
import { speechVerbs, subjectAfter, subjectBefore, isFinite, type Phrase } from './speech.js';
import { makePosLookup, sentenceAt, verbTest } from './context.js';

export type { Speaker } from './speakers.js';

/** Where the speech tag of a quotation was found, for tests and debugging. */
type TagFound = { phrase: Phrase | null; speaker: Speaker | null };

export function quotesLayer(doc: Doc, _options: AnnotateOptions): QuoteMention[] {
  const text = doc.text;
  const resolver = new SpeakerResolver(doc);
  const posAt = makePosLookup(doc);
  const isVerb = verbTest(posAt);
  const paragraphs = doc.layers.paragraphs;
  const marked = markedQuotes(
    text,
    paragraphs.map((p) => (p.kind === 'h' ? { ...p, end: p.start } : p)),
  );
  const inQuote = (at: number): boolean => marked.some((q) => at > q.open && at < q.close - 1);
  const indirect = indirectSpeech(doc, posAt, inQuote, marked);

  type Event = { at: number; run: () => QuoteMention[] };
  const events: Event[] = [];
  for (const q of marked) events.push({ at: q.open, run: () => [direct(q)] });
  for (const ind of indirect) {
    events.push({
      at: ind.verb.start,
      run: () => {
        const speaker = ind.tag ? resolveTag(ind.tag) : ind.inherit ? lastInSentence(ind.verb.start) : null;
        return [{ start: ind.content.start, end: ind.content.end, text: text.slice(ind.content.start, ind.content.end), kind: 'indirect' as QuoteKind, speaker: speaker?.name ?? null, speakerSpan: speaker?.span ?? null, ...(speaker ? { speakerType: speaker.type } : {}) }];
      },
    });
  }
  events.sort((a, b) => a.at - b.at);

  // Speakers resolved in each sentence, so "…, noting that" inherits the sentence's speaker.
  const bySentence = new Map<number, Speaker>();
  function lastInSentence(at: number): Speaker | null {
    return bySentence.get(sentenceAt(doc, at)) ?? null;
  }
  function resolveTag(p: Phrase | null): Speaker | null {
    if (!p) return null;
    const s = resolver.resolve(p);
    if (s) {
      resolver.remember(s);
      bySentence.set(sentenceAt(doc, p.start), s);
    }
    return s;
  }

  function direct(q: MarkedQuote): QuoteMention {
    const first = q.parts[0]!;
    const last = q.parts[q.parts.length - 1]!;
    const s0 = doc.layers.sentences[sentenceAt(doc, q.open)]!;
    const s1 = doc.layers.sentences[sentenceAt(doc, Math.max(q.close - 1, q.open))]!;
    const before = text.slice(s0.start, q.open);
    const startsSentence = before.trim() === '';
    const content = text.slice(first.start, first.end);
    let tag: TagFound = { phrase: null, speaker: null };
    let kind: QuoteKind = 'partial';
    const colon = before.match(/:\s*$/);
    if (colon) {
      kind = 'direct';
      tag = tagBeforeColon(s0.start, q.open - colon[0].length);
      // "In English: “…,” Mbaye said." — a colon after a phrase that names nobody leaves the tag after the quote.
      if (!tag.speaker) {
        const post = tagAfter(q.close, s1.end);
        if (post.speaker) tag = post;
      }
    } else {
      const post = tagAfter(q.close, s1.end);
      if (post.phrase) tag = post;
      if (startsSentence && /^[\p{Lu}\d‘'"“]/u.test(content)) kind = 'direct';
      else if (/[,]\s*$/.test(before) && /^[\p{Lu}]/u.test(content) && /[.?!…]$/.test(text.slice(last.start, last.end))) kind = 'direct';
      if (!tag.phrase) tag = tagInSentence(s0.start, q.open, q.close, s1.end);
      // The quote opens a paragraph of its own with no tag: its speaker is the person the previous paragraph
      // introduced by name ("Leo Marsh, a deckhand …, watched the span fall.").
      if (!tag.phrase && startsSentence && s0.start === paragraphs[q.paragraph]!.start && q.paragraph > 0) {
        const prev = doc.layers.sentences.filter((s) => s.paragraph === q.paragraph - 1);
        const lastPrev = prev[prev.length - 1];
        if (lastPrev && !inQuote(lastPrev.start + 1) && !/["“”]/.test(text.slice(lastPrev.start, lastPrev.end))) {
          const lead = text.slice(lastPrev.start, lastPrev.end).match(/^[^,]+(?=,)/);
          const person = lead && lead[0].split(/\s+/).length <= 5 ? resolver.personAt({ start: lastPrev.start, end: lastPrev.start + lead[0].length }) : null;
          if (person) {
            resolver.remember(person);
            tag = { phrase: { ...person.span, text: text.slice(person.span.start, person.span.end) }, speaker: person };
          }
        }
      }
    }
    const speaker = tag.speaker;
    return {
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      kind,
      speaker: speaker?.name ?? null,
      speakerSpan: speaker?.span ?? null,
      parts: q.parts.map((p) => ({ start: p.start, end: p.end })),
      ...(speaker ? { speakerType: speaker.type } : {}),
    };
  }

  /** "He explained:", "Kremlin spokesman Dmitry Peskov said:", "Putin:". */
  function tagBeforeColon(from: number, colonAt: number): TagFound {
    const verbs = speechVerbs(text, from, colonAt).filter((v) => !inQuote(v.start));
    const v = verbs[verbs.length - 1];
    if (v && text.slice(v.end, colonAt).trim().split(/\s+/).filter(Boolean).length <= 3) {
      const p = subjectBefore(text, from, v.start, isVerb);
      return { phrase: p, speaker: resolveTag(p) };
    }
    const lead = text.slice(from, colonAt);
    if (lead.trim().split(/\s+/).length <= 5 && /^\s*\p{Lu}/u.test(lead) && !/^\s*(?:In|On|At|For|From|With|By|As|To|After|Before|During|Under|Over|About)\s/.test(lead)) {
      const start = from + lead.search(/\S/);
      const p = { start, end: colonAt, text: text.slice(start, colonAt) };
      return { phrase: p, speaker: resolveTag(p) };
    }
    return { phrase: null, speaker: null };
  }

  /** “…,” the officials said / “…,” said Dr Van Hooft / “…,” Varga told reporters. */
  function tagAfter(close: number, sentenceEnd: number): TagFound {
    const rest = text.slice(close, sentenceEnd);
    const lead = rest.match(/^\s*[,—–-]?\s*/)![0];
    const from = close + lead.length;
    const verbs = speechVerbs(text, from, Math.min(sentenceEnd, from + 80)).filter((v) => !inQuote(v.start) && isFinite(v.form));
    const v = verbs[0];
    if (!v) return { phrase: null, speaker: null };
    const between = text.slice(from, v.start).trim();
    // "— so said housing campaigner Beth Arlow": an inverted tag after "so"/"as".
    if (between === '' || /^(?:so|as)$/i.test(between)) {
      const p = subjectAfter(text, v.end, sentenceEnd);
      return { phrase: p, speaker: resolveTag(p) };
    }
    const words = between.split(/\s+/);
    if (words.length > 8 || /[,;:]/.test(between)) return { phrase: null, speaker: null };
    const p = subjectBefore(text, from, v.start, isVerb);
    return { phrase: p, speaker: resolveTag(p) };
  }

  /** A partial quote's speaker: the speech verb before it in the sentence, "according to X", or a tag at the end. */
  function tagInSentence(sentStart: number, open: number, close: number, sentEnd: number): TagFound {
    const sentence = text.slice(sentStart, sentEnd);
    const acc = [...sentence.matchAll(/\baccording to ((?:the |a )?[\p{L}\p{N}.’' -]+?)(?=[,.;:]|$| reports?\b)/giu)];
    const verbs = speechVerbs(text, sentStart, open).filter((v) => !inQuote(v.start) && (isFinite(v.form) || /^(?:saying|telling)$/.test(v.form)) && !/^\s+by\b/.test(text.slice(v.end, v.end + 4)));
    const v = verbs[verbs.length - 1];
    if (v) {
      const p = subjectBefore(text, sentStart, v.start, isVerb);
      if (p) return { phrase: p, speaker: resolveTag(p) };
      const inherited = lastInSentence(v.start);
      if (inherited) return { phrase: { ...inherited.span, text: text.slice(inherited.span.start, inherited.span.end) }, speaker: inherited };
    }
    if (acc.length) {
      const m = acc[acc.length - 1]!;
      const start = sentStart + m.index + m[0].length - m[1]!.length;
      const p = { start, end: start + m[1]!.trimEnd().length, text: m[1]!.trimEnd() };
      return { phrase: p, speaker: resolveTag(p) };
    }
    // A tag closing the sentence: "… a “signal of strength and resolve”, said Dr Van Hooft."
    const tail = text.slice(close, sentEnd).match(/,\s*((?:said|says|added|noted|told)\s+[^,]+|[^,]{1,60}?\s(?:said|says|added|noted|stressed|explained|warned)(?:\s+\S+)?)\s*[.!?]?$/);
    if (tail) {
      const t = sentEnd - tail[0].length + tail[0].indexOf(tail[1]!);
      const verbsIn = speechVerbs(text, t, sentEnd).filter((x) => isFinite(x.form));
      const tv = verbsIn[0];
      if (tv) {
        const p = tv.start === t ? subjectAfter(text, tv.end, sentEnd) : subjectBefore(text, t, tv.start, isVerb);
        return { phrase: p, speaker: resolveTag(p) };
      }
    }
    return { phrase: null, speaker: null };
  }

  const out: QuoteMention[] = [];
  for (const e of events) out.push(...e.run());
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}


/**
 * Indirect speech: a speech verb that governs a reported clause ("US officials believe the new move could…",
 * "Al Jazeera reported that…"), a speech act with its object ("Putin dismissed the images but acknowledged…"),
 * and a tag closing a paraphrase ("…, he pointed out."). The content span is what was reported, the tag phrase
 * is who reported it; resolving the phrase to a name is the caller's job.
 */
import type { Doc, Span } from '../../doc/types.js';
import type { MarkedQuote } from './marks.js';
import { isFinite, speechVerbs, subjectAfter, subjectBefore, type Phrase, type VerbHit } from './speech.js';
import { verbTest } from './context.js';

export interface IndirectSpeech {
  verb: VerbHit;
  content: Span;
  tag: Phrase | null;
  /** The speaker is the one already found in this sentence ("…, the newspaper stated, noting that …"). */
  inherit: boolean;
}

const CLAUSE_START_POS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM']);
/** Adverbials that may stand between a speech verb and its clause ("said on Tuesday that"). */
const ADVERBIAL = /^\s+(?:on \p{Lu}\p{Ll}+|in a statement|in an interview|in a post|in a briefing|on \p{Ll}+day|yesterday|today|earlier|later|last (?:week|month|year)|again|publicly|privately|repeatedly|in (?:January|February|March|April|May|June|July|August|September|October|November|December))(?=[\s,])/u;
/** Objects of "tell": whoever was told ("told Express.co.uk", "told the Ledger", "told reporters"). */
const TOLD_OBJECT = /^\s+(?:reporters|journalists|him|her|them|us|me|the\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*|the\s+\p{Ll}+|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*)(?=\s)/u;
const SUBORDINATE = /^(?:while|as|although|though|whereas|if|because|since|when)$/i;
const TAG_VERBS = /^(?:said|says|added|adds|noted|notes|stressed|explained|warned|pointed out|told \S+|confirmed|insisted|argued|claimed|wrote|reported|stated|believes|believed)$/;

/** `posAt` is the tagger's part of speech of the word starting at an offset (see context.ts). */
export function indirectSpeech(doc: Doc, posAt: (at: number) => string | null, inQuote: (at: number) => boolean, marked: MarkedQuote[]): IndirectSpeech[] {
  const text = doc.text;
  const isVerb = verbTest(posAt);
  const prevWord = (at: number): { w: string; start: number } | null => {
    const m = text.slice(Math.max(0, at - 40), at).match(/(\S+)\s*$/);
    return m ? { w: m[1]!, start: at - m[0].length } : null;
  };
  const firstWordAt = (at: number): { w: string; start: number } | null => {
    const m = text.slice(at, at + 60).match(/^\s*(\S+)/);
    return m ? { w: m[1]!, start: at + m[0].length - m[1]!.length } : null;
  };
  const out: IndirectSpeech[] = [];

  for (const s of doc.layers.sentences) {
    if (s.kind === 'h') continue;
    const sentence = text.slice(s.start, s.end);
    const taken: Span[] = [];

    // A tag closing the sentence: "…, he pointed out." / "…, said Dr Van Hooft." / "…, city officials said."
    let lastComma = lastCommaOutsideQuotes(text, s, inQuote);
    // "…, Reuters reported, citing a police spokesman.": the tag stands before the participle phrase.
    if (lastComma !== null && /^\s*(?:citing|quoting|adding|noting|according)\b/.test(text.slice(lastComma + 1, s.end))) {
      lastComma = lastCommaOutsideQuotes(text, { start: s.start, end: lastComma }, inQuote);
    }
    if (lastComma !== null) {
      const tailEnd = s.end;
      const tail = text.slice(lastComma + 1, tailEnd).replace(/[.!?]+$/, '').trim();
      const words = tail.split(/\s+/);
      const verbs = speechVerbs(text, lastComma + 1, s.end).filter((v) => isFinite(v.form) && v.verb.clause);
      const v = verbs[0];
      const headIsQuote = marked.some((q) => q.open <= s.start + sentence.search(/\S/) && q.close >= lastComma - 1);
      if (v && words.length <= 9 && !headIsQuote && !/^\s+by\b/.test(text.slice(v.end, v.end + 5)) && TAG_VERBS.test(text.slice(v.start, v.end)) ) {
        const afterVerb = text.slice(v.end, s.end).replace(/[.!?]+$/, '').split(',')[0]!.trim().split(/\s+/).filter(Boolean);
        const inverted = text.slice(lastComma + 1, v.start).trim() === '';
        let tag = inverted ? subjectAfter(text, v.end, s.end) : subjectBefore(text, lastComma + 1, v.start, isVerb);
        // "…, said the ambulance arrived late" is a clause, not an inverted tag: a speaker phrase has no verb.
        if (tag && inverted && [...tag.text.matchAll(/\S+/g)].some((w) => isVerb(tag!.start + w.index))) tag = null;
        const headVerb = speechVerbs(text, s.start, lastComma).some((x) => !inQuote(x.start) && isFinite(x.form) && x.verb.clause && /^(?:said|told)$/.test(x.form));
        if (tag && afterVerb.length <= 4 && !headVerb && /\p{L}/u.test(text.slice(s.start, lastComma))) {
          out.push({ verb: v, content: trimSpan(text, { start: s.start, end: lastComma }), tag, inherit: false });
          taken.push({ start: lastComma, end: s.end });
        }
      }
    }

    // Embedded reported speech: "…, which she said would publish its findings in January."
    for (const m of sentence.matchAll(/\b(?:which|that|who)\s+((?:he|she|they|it|\p{Lu}[\p{L}’'-]+))\s+(said|says|believed|believes|claimed|claims|expected|expects)\s+(?=(?:would|will|could|can|had|was|were|is|are|has|have|might|may|should)\b)/gu)) {
      const vStart = s.start + m.index + m[0].trimEnd().length - m[2]!.length;
      const verb = speechVerbs(text, vStart, vStart + m[2]!.length)[0];
      if (!verb || inQuote(verb.start)) continue;
      const cStart = s.start + m.index + m[0].length;
      const comma = text.indexOf(',', cStart);
      const cEnd = comma > 0 && comma < s.end ? comma : s.end;
      const tagStart = s.start + m.index + m[0].indexOf(m[1]!);
      out.push({ verb, content: trimSpan(text, { start: cStart, end: cEnd }), tag: { start: tagStart, end: tagStart + m[1]!.length, text: m[1]! }, inherit: false });
      taken.push({ start: verb.start, end: verb.end });
    }

    for (const v of speechVerbs(text, s.start, s.end)) {
      if (inQuote(v.start) || taken.some((t) => v.start >= t.start && v.start < t.end)) continue;
      if (!v.verb.clause && !v.verb.object) continue;
      const prev = prevWord(v.start);
      const prevW = prev?.w.toLowerCase() ?? '';
      const progressive = !isFinite(v.form) && /^(?:is|are|was|were|been)$/.test(prevW);
      // Passives and infinitives are not someone speaking here ("confirmed by two officials", "to say what").
      if (!progressive && /^(?:was|were|been|being|is|are|be|to|not)$/.test(prevW) && !(prevW === 'not' && /\b(?:do|does|did)\s+not$/.test(text.slice(v.start - 12, v.start).trim()))) continue;
      if (/^\s+by\b/.test(text.slice(v.end, v.end + 5))) continue;
      const ing = !isFinite(v.form) && !progressive;
      if (ing && !/^\s+that\b/.test(text.slice(v.end, v.end + 6))) continue;
      // Base and third-person forms double as nouns ("reports", "claim"): trust them only where a subject stands
      // before and a clause follows.
      const past = /(?:ed|said|told|wrote|thought)$/.test(v.form.split(' ')[0]!) || v.form.includes(' ');
      if (!past && !ing && !isVerb(v.start)) {
        const p = prev ? posAt(prev.start) : null;
        const next = firstWordAt(v.end);
        const nextPos = next ? posAt(next.start) : null;
        if (!(p && ['PROPN', 'NOUN', 'PRON'].includes(p) && (next?.w === 'that' || (nextPos && ['PRON', 'PROPN', 'DET'].includes(nextPos))))) continue;
        if (prev && /^(?:the|a|an|these|those|some|many)$/i.test(prevWordBefore(text, prev.start))) {
          // "the reports claim" is fine, "according to … reports" is not: a determiner two words back needs a clause.
          if (next?.w !== 'that' && nextPos !== 'PRON') continue;
        }
      }
      let c = v.end;
      if (v.verb.lemma === 'tell') {
        const obj = text.slice(c).match(TOLD_OBJECT);
        if (!obj) continue;
        c += obj[0].length;
      }
      for (let guard = 0; guard < 3; guard++) {
        const adv = text.slice(c, s.end).match(ADVERBIAL);
        if (!adv) break;
        c += adv[0].length;
      }
      const rest = text.slice(c, s.end);
      const lead = rest.match(/^\s*/)![0].length;
      c += lead;
      const after = rest.slice(lead);
      let clause = false;
      if (v.verb.lemma === 'comment' && /^on\s/.test(after)) {
        // "commented on the matter as …": the object of "on" is what was said.
        clause = true;
        c += 3;
      } else if (/^that\s/.test(after)) {
        clause = true;
        c += 5;
      } else if (/^(?:whether|if|to|about|on|for|with|of|in|at|by|as|from|into|over|under|[,.;:"“”'‘(])/.test(after) || after === '') {
        continue;
      }
      const firstWord = firstWordAt(c);
      if (!firstWord) continue;
      const firstPos = posAt(firstWord.start);
      if (!clause) {
        if (!firstPos || !CLAUSE_START_POS.has(firstPos)) continue;
        if (v.verb.object) clause = true;
        else clause = finiteVerbSoon(text, c, s.end, isVerb);
        if (!clause) continue;
      }
      // The reported content ends with the sentence, or at the comma closing a subordinate clause
      // ("While supporters argue …, critics worry …").
      const tag = ing ? null : subjectBefore(text, s.start, v.start, isVerb);
      if (!ing && !tag) continue;
      let end = s.end;
      const opener = text.slice(s.start, tag?.start ?? v.start).trim().split(/\s+/).pop() ?? '';
      if (tag && SUBORDINATE.test(opener)) {
        const comma = text.indexOf(',', c);
        if (comma > 0 && comma < s.end) end = comma;
      }
      // The content must not be one direct quotation (“He said "…"” is a direct quote, not indirect speech).
      const content = trimSpan(text, { start: c, end });
      if (content.end <= content.start) continue;
      if (marked.some((q) => q.open <= content.start && q.close >= content.end - 1)) continue;
      out.push({ verb: v, content, tag, inherit: ing });
      taken.push({ start: v.start, end: content.end });
    }
  }
  return out.sort((a, b) => a.verb.start - b.verb.start);
}

function prevWordBefore(text: string, at: number): string {
  return text.slice(Math.max(0, at - 30), at).match(/(\S+)\s*$/)?.[1] ?? '';
}

/** A finite verb among the next words before any comma: the object is a clause, not a plain noun phrase. */
function finiteVerbSoon(text: string, from: number, to: number, isVerb: (at: number) => boolean): boolean {
  let n = 0;
  const re = /\S+/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to && n < 12) {
    if (n > 0 && isVerb(m.index) && !/ing$|^to$/.test(m[0])) return true;
    if (/[,;:]$/.test(m[0])) return false;
    n++;
  }
  return false;
}

function lastCommaOutsideQuotes(text: string, s: Span, inQuote: (at: number) => boolean): number | null {
  for (let i = s.end - 1; i > s.start; i--) if (text[i] === ',' && !inQuote(i)) return i;
  return null;
}

function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s.,;:!?]/.test(text[end - 1]!)) end--;
  return { start, end };
}

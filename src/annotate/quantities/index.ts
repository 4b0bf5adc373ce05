/**
 * The quantities layer: every figure a report states, with its value, unit, what it counts and how it is
 * bounded or hedged. Figures are found by pattern over each sentence (numbers have a small grammar); what
 * they count comes from the tagger's tokens (the noun after the figure, or the noun an apposition such as
 * "troops, numbering in the thousands" hangs on). Dates, times, ordinals and names with digits are not
 * quantities.
 */
import type { Doc, QuantityMention, QuantityQualifier, Token } from '../../doc/types.js';
import type { AnnotateOptions } from '../options.js';
import { FIGURE, figureValue, magnitudeValue } from './numbers.js';
import { CURRENCY_PREFIX_SOURCE, UNIT_SOURCE, currencyOfPrefix, isCurrencyCode, unitOf } from './units.js';
import { qualifierAfter, qualifierBefore } from './qualifiers.js';
import { tokensBySentence, wordTag } from '../tokens.js';

const NOT_LETTER = String.raw`(?![\p{L}\d]|[.,]\d)`;
/** A figure, then a unit (attached, spaced or hyphenated: "300km", "190 miles", "10-day") or the end of the word. */
const FIGURE_UNIT = String.raw`(?<fig>${FIGURE})(?:(?<unit>°\s?[CF]|(?<=\d)[CF])(?![\p{L}\d])|(?:\s*|-)(?<unit2>%|(?:${UNIT_SOURCE})(?![\p{L}\d]))|${NOT_LETTER})`;
/** Fractions of a whole: "a third of", "two-thirds of", "half of", "three quarters of". */
const FRACTION =
  /(?<![\p{L}])(?<num>a|an|one|two|three|four|five|half)(?:[\s-]+(?<den>halves|half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?))?(?=\s+of\b|\s*[,.;:)]|\s+(?:to|from|since|in)\b)/giu;
const DENOMINATOR: Record<string, number> = { half: 2, halves: 2, third: 3, quarter: 4, fifth: 5, sixth: 6, eighth: 8, tenth: 10 };
const NUMERATOR: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };
const SCAN = new RegExp(String.raw`(?<![\p{L}\d_.,$€£¥])(?<cur>${CURRENCY_PREFIX_SOURCE})?${FIGURE_UNIT}`, 'giu');
const RANGE_TAIL = new RegExp(
  String.raw`^\s*(?<sep>-|–|—|to|and|or)\s*(?<cur>${CURRENCY_PREFIX_SOURCE})?(?<fig>${FIGURE})(?:\s*(?<unit>%|(?:${UNIT_SOURCE})(?![\p{L}\d]))|${NOT_LETTER})`,
  'iu',
);
/** Magnitudes without a figure: "thousands of", "tens of thousands", and the digit form "1,000s". */
const MAGNITUDE =
  /(?<![\p{L}\d,])(?:(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|scores|hundreds|thousands|millions|billions)|(?:1,000|100|1000|10,000)s)(?![\p{L}])/giu;
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTH_BEFORE = new RegExp(String.raw`\b${MONTH}\.?\s+$`, 'i');
const MONTH_AFTER = new RegExp(String.raw`^(?:st|nd|rd|th)?(?:\s+of)?\s+${MONTH}\b`, 'i');
/** Verbs of amount that put a figure after the noun it counts ("troops, numbering in the thousands"). */
const AMOUNT_VERB = /(?:\b(?:numbering|totall?ing|amounting\s+to|estimated\s+at|put\s+at|reaching|counting|worth|valued\s+at)\s+)$/i;
/** Adjectives and participles that are what is counted ("50 dead", "seven injured"). */
const COUNTED_ADJ = new Set(['dead', 'injured', 'wounded', 'missing', 'killed', 'displaced', 'homeless', 'hurt', 'unemployed', 'arrested']);
const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade']);
/** Verbs of change: "rose from 40 to 60" is two figures, not a range. */
const CHANGE = /\b(?:rose|risen|rise|rises|rising|fell|fallen|fall|falls|falling|increased?|increasing|decreased?|decreasing|grew|grown|grow|dropped|drop|jumped|climbed|declined?|surged|slumped|went|gone|cut|raised|lowered)\b[^.]{0,40}$/i;

export function quantitiesLayer(doc: Doc, _options: AnnotateOptions): QuantityMention[] {
  const out: QuantityMention[] = [];
  const { text } = doc;
  const bySentence = tokensBySentence(doc);
  doc.layers.sentences.forEach((sentence, si) => {
    const tokens = bySentence[si]!;
    const found: QuantityMention[] = [];
    const s = text.slice(sentence.start, sentence.end);
    const overlapsFound = (q: { start: number; end: number }) => found.some((f) => f.start < q.end && q.start < f.end);
    for (const m of s.matchAll(FRACTION)) {
      const q = fractionMention(s, sentence.start, m, tokens);
      if (q) found.push(q);
    }
    const fractions = found.length;
    for (const m of s.matchAll(SCAN)) {
      // A range's second figure was read with its first ("between 40 and 60"); "two" of "two-thirds" is a fraction's.
      const at = sentence.start + m.index!;
      if (found.length > fractions && at < found[found.length - 1]!.end) continue;
      if (overlapsFound({ start: at, end: at + m[0].length })) continue;
      const q = figureMention(doc, s, sentence.start, m, tokens);
      if (q && !overlapsFound(q)) found.push(q);
    }
    for (const m of s.matchAll(MAGNITUDE)) {
      const q = magnitudeMention(doc, s, sentence.start, m, tokens);
      if (q && !overlapsFound(q)) found.push(q);
    }
    found.sort((a, b) => a.start - b.start);
    out.push(...found);
  });
  return out;
}

/** One figure found by SCAN, or null when it is a date, a time, an ordinal, part of a name, or a pronoun "one". */
function figureMention(doc: Doc, s: string, base: number, m: RegExpMatchArray, tokens: Token[]): QuantityMention | null {
  const g = m.groups!;
  let start = m.index!;
  let end = start + m[0].length;
  const fig = g.fig!;
  const unitWord = g.unit ?? g.unit2;
  let value = figureValue(fig);
  if (value === null) return null;
  const before = s.slice(0, start);
  const after = s.slice(end);
  const digits = /^\d/.test(fig);
  let unit = g.cur ? currencyOfPrefix(g.cur) : null;
  if (unitWord && !unit) unit = /^°?\s?[CF]$/i.test(unitWord) ? `°${unitWord.slice(-1).toUpperCase()}` : unitOf(unitWord);
  const plainFigure = !g.cur && !unitWord && !/\s*(?:hundred|dozen|thousand|million|billion|trillion)$/i.test(fig) && !/\d[a-z]+$/i.test(fig);

  // Names with digits ("F-16", "Su-34"), ordinals, times and dates are not quantities.
  if (/[\p{L}]-$/u.test(before)) return null;
  if (digits && /^(?:st|nd|rd|th)\b/i.test(after)) return null;
  if (digits && /^(?::\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|BST|CET))/i.test(after)) return null;
  if (digits && plainFigure && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after))) return null;
  // A bare four-digit year is a date ("the 2023 report"), unless it counts a plural ("2000 soldiers").
  if (digits && plainFigure && /^\d{4}$/.test(fig) && value >= 1800 && value <= 2100 && !pluralAfter(tokens, base + end)) return null;
  if (/\b(?:no\.|number|article|chapter|section|page|flight|route|resolution)\s+$/i.test(before) && plainFigure) return null;
  // "the two nations" refers back to things already named; it states no new figure.
  if (!digits && /\b(?:the|these|those|both|its|their|his|her)\s+$/i.test(before)) return null;
  if (/^one$/i.test(fig.trim())) {
    if (/^\s+(?:of|another|or|and|day|side|thing|way|time)\b/i.test(after) || /\b(?:no|the|this|that|any|each|every|which|someone|anyone|one)\s+$/i.test(before)) return null;
    if (!unitWord && !countedNounAfter(tokens, base + end)) return null;
  }
  // An age after a name ("Ana Ruiz, 34, said") is not a figure the story reports.
  if (plainFigure && /\p{Lu}\p{L}+,\s*$/u.test(before) && /^\s*,/.test(after)) return null;
  // A capitalised word right before a bare figure makes it a name or a label ("Article 5", "Storm 2").
  if (plainFigure && /[\p{Lu}][\p{L}]*\s+$/u.test(before) && before.trim().split(/\s+/).length > 1 && !qualifierBefore(before)) {
    if (!countedNounAfter(tokens, base + end)) return null;
  }

  let qualifier: QuantityQualifier = /^(?:half\s+)?an?\s/i.test(fig) ? 'about' : 'exact';
  let high: number | undefined;

  // Ranges: "between 40 and 60", "40-60", "from 10 to 15 days" (not "rose from 40 to 60").
  const tail = RANGE_TAIL.exec(after);
  if (tail) {
    const sep = tail.groups!.sep!.toLowerCase();
    const between = /\bbetween\s+$/i.test(before);
    const from = /\bfrom\s+$/i.test(before);
    const isRange =
      (sep === 'and' && between) ||
      (sep === 'to' && (between || !CHANGE.test(before))) ||
      (sep === 'or' && !unitWord && /^\d|^[a-z]/i.test(tail.groups!.fig!) && !from) ||
      (/[-–—]/.test(sep) && !/\s/.test(tail[0].slice(0, tail[0].indexOf(sep))) && !from);
    const hv = figureValue(tail.groups!.fig!);
    if (isRange && hv !== null && hv > 0) {
      let lv = value;
      // "between 40 and 60 million": the scale written once applies to both ends.
      if (hv > lv * 100 && lv < 1000) {
        const scale = hv / (figureValue(tail.groups!.fig!.replace(/\s*(?:hundred|thousand|million|billion|trillion)\b.*$|(?<=\d)(?:k|m|mn|mln|bn|b|tn|trn)$/i, '')) ?? hv);
        if (scale > 1) lv *= scale;
      }
      if (hv > lv) {
        value = lv;
        high = hv;
        qualifier = 'range';
        unit ??= (tail.groups!.cur ? currencyOfPrefix(tail.groups!.cur) : null) ?? (tail.groups!.unit ? unitOf(tail.groups!.unit) : null);
        end += tail[0].length;
        if (between || from) start -= /\b(?:between|from)\s+$/i.exec(before)![0].length;
      }
    }
  }
  if (qualifier !== 'range') {
    let q = qualifierBefore(before);
    // "over three years" is a period, not a bound.
    if (q && /\bover\s+$/i.test(before) && unit !== null && TIME_UNITS.has(unit)) q = null;
    if (q) {
      qualifier = q.qualifier;
      start -= q.length;
    }
    const qa = qualifierAfter(s.slice(end));
    if (qa) {
      qualifier = q ? qualifier : qa.qualifier;
      end += qa.length;
    }
  }
  while (/\s/.test(s[start] ?? '')) start++;

  const noun = countedAfter(tokens, base + end);
  let counts = noun?.lemma ?? null;
  // The span runs to the counted noun so the brief shows "more than 10,000 troops", not "more than 10,000".
  if (noun && (unit === null || isCurrencyCode(unit) || unit === '%')) end = noun.end - base;
  else if (noun) counts = null;
  if (counts === null && (unit === null || isCurrencyCode(unit))) counts = countedNounBefore(tokens, s, base, start);
  return {
    start: base + start,
    end: base + end,
    text: s.slice(start, end),
    value,
    ...(high !== undefined ? { high } : {}),
    unit,
    counts,
    qualifier,
  };
}

/** "more than a third of", "two-thirds of the workers": a share of a whole, valued as a fraction. */
function fractionMention(s: string, base: number, m: RegExpMatchArray, tokens: Token[]): QuantityMention | null {
  const num = m.groups!.num!.toLowerCase();
  const den = m.groups!.den?.toLowerCase().replace(/s$/, '').replace(/^hal(?:ve|f)$/, 'half');
  if (num === 'half' && den) return null;
  if (num !== 'half' && !den) return null;
  const value = num === 'half' ? 0.5 : NUMERATOR[num]! / DENOMINATOR[den!]!;
  let start = m.index!;
  let qualifier: QuantityQualifier = 'exact';
  const q = qualifierBefore(s.slice(0, start));
  if (q) {
    qualifier = q.qualifier;
    start -= q.length;
  }
  const end = m.index! + m[0].length;
  return { start: base + start, end: base + end, text: s.slice(start, end), value, unit: null, counts: countedNounAfter(tokens, base + end), qualifier };
}

/** "thousands of troops", "numbering in the thousands", "tens of thousands of people". */
function magnitudeMention(doc: Doc, s: string, base: number, m: RegExpMatchArray, tokens: Token[]): QuantityMention | null {
  let start = m.index!;
  let end = start + m[0].length;
  const before = s.slice(0, start);
  const after = s.slice(end);
  const inThe = /\b(?:in|by)\s+(?:the|their|its)\s+$/i.exec(before);
  // "Hundreds were evacuated": a magnitude as the subject of a verb counts people the sentence does not name.
  const next = tokens.find((t) => t.start >= base + end);
  const asSubject = next !== undefined && (next.pos === 'AUX' || next.pos === 'VERB') && !/\bof\s+$/i.test(before);
  if (!/^\s+of\b/i.test(after) && !inThe && !asSubject) return null;
  let counts: string | null;
  if (inThe) {
    start -= inThe[0].length;
    const verb = /\b(?:numbering|totall?ing|counting|running|killed|died|arrived|came|gathered|protested)\s+$/i.exec(s.slice(0, start));
    if (verb) start -= verb[0].length;
    // "troops, numbering in the thousands": the apposition's noun is what is counted.
    counts = countedNounBefore(tokens, s, base, start, true);
  } else {
    const noun = countedAfter(tokens, base + end);
    counts = noun?.lemma ?? null;
    if (noun) end = noun.end - base;
  }
  const value = magnitudeValue(m[0]);
  return { start: base + start, end: base + end, text: s.slice(start, end), value, unit: null, counts, qualifier: 'order-of-magnitude' };
}

function pluralAfter(tokens: Token[], at: number): boolean {
  const t = tokens.find((x) => x.start >= at);
  return t !== undefined && t.pos === 'NOUN' && t.norm !== t.lemma;
}

function countedNounAfter(tokens: Token[], at: number): string | null {
  return countedAfter(tokens, at)?.lemma ?? null;
}

/** The noun a figure counts, read from the tokens after it: "10,000 North Korean troops", "seven of the victims". */
function countedAfter(tokens: Token[], at: number): { lemma: string; end: number } | null {
  let i = tokens.findIndex((t) => t.start >= at);
  if (i < 0) return null;
  // "a 5.8-magnitude earthquake", "a 3-storey block": the noun joined by a hyphen is what the figure measures.
  const first = tokens[i]!;
  const second = tokens[i + 1];
  if (first.start === at && first.norm === '-' && second && second.start === first.end && second.pos === 'NOUN') return { lemma: second.lemma, end: second.end };
  let steps = 0;
  let sawOf = false;
  for (; i < tokens.length && steps < 5; i++, steps++) {
    const t = tokens[i]!;
    if (t.pos === 'NOUN') {
      // A possessive is not what is counted ("two of the bridge's bearings"); a compound's head is its last noun.
      if (tokens[i + 1]?.norm === "'s" || tokens[i + 1]?.norm === "'") {
        i++;
        continue;
      }
      let j = i;
      while (tokens[j + 1]?.pos === 'NOUN' && tokens[j + 1]!.start - tokens[j]!.end <= 1) j++;
      return { lemma: tokens[j]!.lemma, end: tokens[j]!.end };
    }
    if (COUNTED_ADJ.has(t.norm)) return { lemma: t.norm === 'killed' ? 'dead' : t.norm, end: t.end };
    // "three were killed", "12 have been injured": the participle says who is counted; the span stays the figure.
    if (steps === 0 && t.pos === 'AUX') {
      let k = i;
      while (tokens[k]?.pos === 'AUX' && k - i < 3) k++;
      const p = tokens[k];
      if (p && COUNTED_ADJ.has(p.norm)) return { lemma: p.norm === 'killed' ? 'dead' : p.norm, end: at };
      return null;
    }
    if (t.norm === 'of' && !sawOf && steps === 0) {
      sawOf = true;
      continue;
    }
    if ((t.pos === 'DET' || t.pos === 'NUM') && sawOf) continue; // "two-thirds of the 1,200 workers"
    if (t.pos === 'ADJ' || t.pos === 'PROPN' || (t.pos === 'PUNCT' && t.norm === '-') || t.norm === 'more' || t.norm === 'additional') continue;
    if (t.pos === 'VERB' && /(?:ed|en)$/.test(t.norm) && tokens[i + 1]?.pos === 'NOUN') continue; // "armed forces"
    // Right after a figure a plural read as a verb is the counted noun: "with three spans".
    if (t.pos === 'VERB' && steps === 0 && /s$/.test(t.norm) && t.norm !== t.lemma && tokens[i - 2]?.pos === 'ADP') return { lemma: t.lemma, end: t.end };
    return null;
  }
  return null;
}

/** The noun before a figure joined to it by a verb of amount or an apposition: "aid amounting to $175 billion". */
function countedNounBefore(tokens: Token[], s: string, base: number, start: number, apposition = false): string | null {
  const before = s.slice(0, start);
  const verb = AMOUNT_VERB.exec(before) ?? (apposition ? /,?\s*$/.exec(before) : null);
  if (!verb) return null;
  let cut = base + start - verb[0].length;
  const comma = /,\s*$/.exec(s.slice(0, cut - base));
  if (comma) cut -= comma[0].length;
  const prev = tokens.filter((t) => t.end <= cut).pop();
  if (!prev) return null;
  // The tagger reads a capitalised first word as a name ("Rebels numbering…", "Aid worth…").
  const firstOfSentence = tokens[0] === prev && /^\p{Lu}\p{Ll}+$/u.test(s.slice(prev.start - base, prev.end - base));
  if (prev.pos === 'NOUN') return prev.lemma;
  return prev.pos === 'PROPN' && firstOfSentence ? (wordTag(prev.norm)?.lemma ?? prev.norm) : null;
}

/**
 * The entities layer: people, organisations, places and products named in one report, each with the fullest
 * name it stands for in that report, plus descriptions and groups ("the newspaper", "two U.S. officials") marked
 * generic. Built from the wink-nlp tags of the tokens layer, capitalisation, compiled gazetteers and context;
 * no model beyond the tagger. Cross-report merging is in src/align/entities.ts.
 */
import type { Doc, EntityMention, Token } from '../../doc/types.js';
import type { AnnotateOptions } from '../options.js';
import { PLACE_HEADS, PLACE_SUFFIXES, PRODUCT_NOUNS } from './gazetteer/index.js';
import { classifyRun, type Candidate } from './classify.js';
import { descriptions } from './descriptions.js';
import { nameKey } from './names.js';
import { resolve } from './resolve.js';
import { runs, sentenceInitial, type Words } from './scan.js';
import { tokensBySentence } from '../tokens.js';

/** Title-case lines (headlines, "Impact and Implications") capitalise every word, so capitals say nothing there. */
function titleCase(words: Words, from: number, to: number, ratio = 0.75): boolean {
  const long = words.surf.slice(from, to).filter((s) => /^\p{L}{4,}$/u.test(s));
  return long.length >= 3 && long.filter((s) => /^\p{Lu}/u.test(s)).length / long.length >= ratio;
}

/**
 * Index of the colon ending a short title-case label at the start of a line ("Risk of Broader Conflict:"), or
 * -1. A label has no verb: "Mayor Ilse Varga said:" is a speech tag, not a label.
 */
function labelEnd(words: Words): number {
  const colon = words.surf.findIndex((s) => s === ':');
  if (colon <= 0 || colon > 8 || words.toks.slice(0, colon).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return -1;
  const long = words.surf.slice(0, colon).filter((s) => /^\p{L}{4,}$/u.test(s));
  return long.length >= 2 && long.every((s) => /^\p{Lu}/u.test(s)) ? colon : -1;
}

function sentenceWords(doc: Doc, toks: Token[]): Words {
  return { toks, surf: toks.map((t) => doc.text.slice(t.start, t.end)), text: doc.text };
}

/** Stretches a mention over a following "region"/"oblast" (places) and includes "the" of outlets named with it. */
function extend(doc: Doc, c: Candidate): void {
  const after = doc.text.slice(c.end).match(/^\s+(\p{Ll}+)\b/u);
  const word = after?.[1] ?? '';
  if (PLACE_SUFFIXES.has(word) && (c.type === 'place' || c.type === 'other') && c.nameStart === c.start) {
    c.end += after![0].length;
    c.type = 'place';
  } else if (PRODUCT_NOUNS.has(word) && c.type === 'other') c.type = 'product';
  else if ((c.type === 'other' || (c.type === 'place' && !c.known)) && PLACE_HEADS.has(word) && !PLACE_SUFFIXES.has(word)) {
    // "the Salt Market footbridge": a lower-case place noun completes the name.
    c.end += after![0].length;
    c.type = 'place';
    c.name = doc.text.slice(c.nameStart, c.end);
  }
  const num = doc.text.slice(c.end).match(/^ \d+\b/);
  if (num && PLACE_HEADS.has(nameKey(doc.text.slice(c.nameStart, c.end)))) {
    // "Pier 4", "Terminal 2".
    c.end += num[0].length;
    c.type = 'place';
    c.name = doc.text.slice(c.nameStart, c.end);
  }
}

/** Outlets whose name has "The" keep the article they are written with ("the Times", "The New York Times"). */
function withArticle(doc: Doc, c: Candidate): void {
  const before = doc.text.slice(Math.max(0, c.start - 4), c.start);
  if (c.type === 'organization' && c.name.startsWith('The ') && /^[Tt]he $/.test(before)) {
    c.start -= 4;
    c.nameStart = c.start;
  }
}

export function entitiesLayer(doc: Doc, _options: AnnotateOptions): EntityMention[] {
  const bySentence = tokensBySentence(doc);
  const sentences = doc.layers.sentences.map((s, i) => {
    const words = sentenceWords(doc, bySentence[i]!);
    // A headline has no closing full stop; a sentence full of names ("Sir Keir Starmer met Mr Trump.") does.
    const heading = s.kind === 'h' || (!/[.!?…"”']$/.test(doc.text.slice(s.start, s.end).trim()) && titleCase(words, 0, words.surf.length));
    const label = heading ? words.surf.length : labelEnd(words);
    return { index: i, words, knownOnly: (k: number) => k < label };
  });

  // Words the report capitalises mid-sentence: a lone capitalised first word is a name only if it is one of them.
  const midCaps = new Set<string>();
  for (const s of sentences) {
    if (s.knownOnly(0)) continue;
    s.words.surf.forEach((x, k) => {
      if (/^\p{Lu}/u.test(x) && !sentenceInitial(s.words, k)) midCaps.add(nameKey(x));
    });
  }
  // Body text first: its names are what title-case lines may repeat.
  const known = new Set<string>();
  const all: Candidate[] = [];
  const none = (): boolean => false;
  for (const s of sentences) {
    for (const run of runs(s.words, none, known)) {
      if (s.knownOnly(run[0]!.from)) continue;
      for (const c of classifyRun(s.words, s.index, run, midCaps)) all.push(c);
    }
  }
  for (const c of all) {
    if (c.type === 'other') continue;
    for (const w of nameKey(doc.text.slice(c.nameStart, c.end)).split(' ')) known.add(w);
  }
  for (const s of sentences) {
    for (const run of runs(s.words, s.knownOnly, known)) {
      if (!s.knownOnly(run[0]!.from)) continue;
      for (const c of classifyRun(s.words, s.index, run, midCaps)) all.push(c);
    }
  }
  all.sort((a, b) => a.start - b.start);
  for (const c of all) extend(doc, c);
  // A capitalised run standing alone inside quotation marks is a title of a work ("The Notorious Bettie Page").
  for (const c of all) {
    if (c.known || c.type === 'place') continue;
    const before = doc.text.slice(Math.max(0, c.start - 6), c.start);
    const after = doc.text.slice(c.end, c.end + 3);
    if (/["“](?:\s*(?:The|A|An)\s+)?$/.test(before) && /^[,.!?]?["”]/.test(after) && c.end - c.start > 0 && /\s/.test(doc.text.slice(c.start, c.end))) c.type = 'other';
  }
  resolve(doc.text, all);
  for (const c of all) withArticle(doc, c);

  const named: EntityMention[] = all.map((c) => {
    const m: EntityMention = { start: c.start, end: c.end, text: doc.text.slice(c.start, c.end), type: c.type, canonical: c.name };
    if (c.titles.length) m.titles = c.titles;
    if (c.orgKind) m.orgKind = c.orgKind;
    return m;
  });
  return [...named, ...descriptions(doc.text, named)].sort((a, b) => a.start - b.start || b.end - a.end);
}

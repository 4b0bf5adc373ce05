/**
 * The summary: at most seven sentences, each a whole sentence of a report taken verbatim, each citing every
 * source that states its fact. Facts come in order of how widely they are reported (sources), then how
 * centrally (how early in their reports they appear, and how strongly the reports agree). For each fact the
 * sentence that reads best on its own is chosen: a body sentence (never a heading or a bullet), not a quote
 * fragment, not opening with a pronoun or a connective when another report words it self-contained. A
 * sentence that restates a fact already in the summary is skipped, so no two sentences say the same thing.
 */
import type { Doc, Sentence, SourceSpan } from '../doc/types.js';
import type { Claim, SummarySentence } from './types.js';
import { selfContained } from '../align/claims.js';
import { sentenceIndexAt } from '../annotate/sentences.js';
import { reportCount } from './reports.js';

const MIN_WORDS = 6;
const ANAPHORIC = /\b(?:this|these|those|such)\s+\p{L}+|\bthe (?:region|area|city|country|town)\b|\bthere\b/giu;
const MAX_WORDS = 55;
/** Score cost of a sentence that packs a single-source detail into a corroborated fact. */
const NARROWER_PENALTY = 1;

interface Candidate {
  doc: Doc;
  sentence: Sentence;
  index: number;
  text: string;
}

function sentenceOf(doc: Doc, span: SourceSpan): number {
  return sentenceIndexAt(doc.layers.sentences, span.start);
}

/** Whether a sentence can stand in a summary at all: body text, a full sentence, not a fragment of a quote. */
function usable(c: Candidate): boolean {
  if (c.sentence.kind !== 'p' && c.sentence.kind !== 'quote') return false;
  const words = c.text.split(/\s+/).length;
  if (words < MIN_WORDS || words > MAX_WORDS) return false;
  if (!/[.!?…]["”’)]?$/.test(c.text)) return false;
  // A quote opened but not closed (or closed but not opened) is part of a longer quotation.
  const open = (c.text.match(/[“]/g) ?? []).length;
  const close = (c.text.match(/[”]/g) ?? []).length;
  const straight = (c.text.match(/"/g) ?? []).length;
  return open === close && straight % 2 === 0;
}

/** How well a sentence reads alone: self-contained, not mainly someone's words, not overlong. */
function readability(c: Candidate): number {
  let score = 0;
  if (selfContained(c.text)) score += 2;
  if (!/^["“]/.test(c.text)) score += 1;
  const words = c.text.split(/\s+/).length;
  if (words > 40) score -= 1;
  // Phrases that point back to an earlier sentence ("these weapons", "the region") read poorly alone.
  score -= 0.5 * (c.text.match(ANAPHORIC) ?? []).length;
  return score;
}

/** How early in its report a sentence stands, from 1 (lead) down to 0 (last). */
function position(doc: Doc, index: number): number {
  const n = doc.layers.sentences.length;
  return n <= 1 ? 1 : 1 - index / (n - 1);
}

export function summarize(docs: Doc[], claims: Claim[], max = 7): SummarySentence[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  // Which claims each sentence supports, to tell when a sentence would repeat a fact already summarised.
  const claimsOfSentence = new Map<string, Set<string>>();
  for (const c of claims)
    for (const s of c.support) {
      const doc = byId.get(s.source);
      if (!doc) continue;
      const key = `${s.source}#${sentenceOf(doc, s)}`;
      let set = claimsOfSentence.get(key);
      if (!set) claimsOfSentence.set(key, (set = new Set()));
      set.add(c.id);
    }
  // How early each report first states the fact, averaged over reports: a report's later restatement of
  // a fact it led with does not make the fact less central.
  const centrality = (c: Claim): number => {
    const first = new Map<string, number>();
    for (const s of c.support) {
      const doc = byId.get(s.source)!;
      first.set(s.source, Math.max(first.get(s.source) ?? 0, position(doc, sentenceOf(doc, s))));
    }
    return [...first.values()].reduce((a, b) => a + b, 0) / Math.max(1, first.size);
  };
  const width = new Map(claims.map((c) => [c.id, reportCount(c.support)]));
  const ranked = claims
    .map((c, order) => ({ c, order, width: reportCount(c.support), central: centrality(c) }))
    .sort((x, y) => y.width - x.width || y.central - x.central || x.order - y.order);
  const covered = new Set<string>();
  const usedSentences = new Set<string>();
  const out: SummarySentence[] = [];
  for (const { c } of ranked) {
    if (out.length >= max) break;
    if (covered.has(c.id)) continue;
    const candidates: Candidate[] = [];
    for (const s of c.support) {
      const doc = byId.get(s.source);
      if (!doc) continue;
      const index = sentenceOf(doc, s);
      const sentence = doc.layers.sentences[index];
      if (!sentence) continue;
      const cand = { doc, sentence, index, text: doc.text.slice(sentence.start, sentence.end) };
      if (usable(cand) && !usedSentences.has(`${doc.id}#${index}`)) candidates.push(cand);
    }
    // A sentence that also states a fact already in the summary would say it twice.
    const fresh = candidates.filter((cand) => {
      const facts = claimsOfSentence.get(`${cand.doc.id}#${cand.index}`) ?? new Set();
      return ![...facts].some((id) => id !== c.id && covered.has(id));
    });
    if (fresh.length === 0) continue;
    // The sentence holding the claim's own wording (its most central statement) is the natural pick.
    const lead = c.support.find((s) => s.text === c.text);
    const holdsLead = (cand: Candidate): number => (lead && lead.source === cand.doc.id && cand.sentence.start <= lead.start && lead.start < cand.sentence.end ? 1 : 0);
    // How much of the sentence is this fact: a sentence that also tells other things would cite these
    // sources for facts they do not all state.
    const focus = (cand: Candidate): number => {
      const mine = c.support.filter((s) => s.source === cand.doc.id && s.start >= cand.sentence.start && s.end <= cand.sentence.end);
      return mine.reduce((acc, s) => acc + (s.end - s.start), 0) / Math.max(1, cand.sentence.end - cand.sentence.start);
    };
    // A sentence that also tells a detail only its own report gives would cite all these sources for it.
    const narrower = (cand: Candidate): number => {
      const facts = claimsOfSentence.get(`${cand.doc.id}#${cand.index}`) ?? new Set<string>();
      return (width.get(c.id) ?? 0) > 1 && [...facts].some((id) => id !== c.id && width.get(id) === 1) ? NARROWER_PENALTY : 0;
    };
    const best = fresh
      .map((cand) => ({ cand, score: readability(cand) + position(cand.doc, cand.index) + holdsLead(cand) + focus(cand) - narrower(cand) }))
      .sort((x, y) => y.score - x.score || docs.indexOf(x.cand.doc) - docs.indexOf(y.cand.doc) || x.cand.index - y.cand.index)[0]!.cand;
    // A sentence that leans on its neighbours ("However, ...", "He said ...") does not stand in a summary.
    if (!selfContained(best.text)) continue;
    const key = `${best.doc.id}#${best.index}`;
    usedSentences.add(key);
    for (const id of claimsOfSentence.get(key) ?? []) covered.add(id);
    covered.add(c.id);
    out.push({
      text: best.text,
      sources: [...new Set(c.support.map((s) => s.source))],
      support: c.support,
      claim: c.id,
    });
  }
  return out;
}

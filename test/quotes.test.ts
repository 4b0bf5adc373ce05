/**
 * The quotes layer and section, measured against gold written for this project: the real corpus (short
 * anchors only), the example story, and hard cases. Prints precision/recall/F1 for quote spans and for spans
 * with the right speaker; fails under 0.85 F1.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ATACMS, EXAMPLE, ROOT, corpusDocs, docOf, prf, readJson, report } from './helpers.js';
import { join } from 'node:path';
import type { Doc, QuoteMention } from '../src/doc/types.js';
import { normalizeWord } from '../src/annotate/tokens.js';
import { markedQuotes } from '../src/annotate/quotes/marks.js';
import { quotesSection, wordDiff } from '../src/brief/sections/quotes.js';
import { buildBrief } from '../src/brief/build.js';
import { validateBrief } from '../src/brief/validate.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderTerminal } from '../src/render/terminal.js';

interface GoldQuote {
  doc?: string;
  kind: 'direct' | 'partial' | 'indirect';
  anchor: string;
  end?: string;
  speaker: string | null;
}


const norm = (s: string): string => normalizeWord(s).replace(/\s+/g, ' ').trim();
const normSpeaker = (s: string | null): string | null =>
  s === null ? null : s.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/[.’]/g, '').replace(/'/g, '').replace(/\s+/g, ' ').trim();

/** The quoted words of a mention, paragraphs joined (the span itself also holds the marks between paragraphs). */
function quoteText(doc: Doc, q: QuoteMention): string {
  return (q.parts?.length ? q.parts : [q]).map((p) => doc.text.slice(p.start, p.end)).join(' ');
}

interface Scored {
  span: { p: number; r: number; f1: number };
  speaker: { p: number; r: number; f1: number };
  misses: string[];
}

function score(docs: Doc[], gold: GoldQuote[], docKey: (doc: Doc) => string): Scored {
  const preds = docs.flatMap((doc) => doc.layers.quotes.map((q) => ({ doc, q, key: docKey(doc), text: norm(quoteText(doc, q)), used: false })));
  let tpSpan = 0;
  let tpSpeaker = 0;
  const misses: string[] = [];
  for (const g of gold) {
    const fits = preds.filter(
      (p) =>
        !p.used &&
        (g.doc === undefined || p.key.startsWith(g.doc)) &&
        (p.q.kind === 'indirect') === (g.kind === 'indirect') &&
        p.text.includes(norm(g.anchor)) &&
        (g.end === undefined || p.text.replace(/[,\s]+$/, '').endsWith(norm(g.end))),
    );
    const best = fits.find((p) => normSpeaker(p.q.speaker) === normSpeaker(g.speaker)) ?? fits[0];
    if (!best) {
      misses.push(`missed ${g.doc ?? ''} ${g.kind} "${g.anchor}"`);
      continue;
    }
    best.used = true;
    tpSpan++;
    if (normSpeaker(best.q.speaker) === normSpeaker(g.speaker)) tpSpeaker++;
    else misses.push(`speaker of "${g.anchor}": got ${best.q.speaker} want ${g.speaker}`);
  }
  for (const p of preds) if (!p.used) misses.push(`extra ${p.key} ${p.q.kind} "${p.text.slice(0, 50)}" (${p.q.speaker})`);
  return { span: prf(tpSpan, preds.length, gold.length), speaker: prf(tpSpeaker, preds.length, gold.length), misses };
}

function check(label: string, s: Scored): void {
  report(`quotes ${label} spans`, s.span);
  report(`quotes ${label} spans+speakers`, s.speaker);
  for (const m of s.misses) console.log(`  ${m}`);
  assert.ok(s.span.f1 >= 0.85, `${label}: quote span F1 ${s.span.f1.toFixed(3)} < 0.85`);
  assert.ok(s.speaker.f1 >= 0.85, `${label}: quote span+speaker F1 ${s.speaker.f1.toFixed(3)} < 0.85`);
}

const idPrefix = (doc: Doc): string => doc.id.slice(0, 3).replace(/-.*$/, '');

test('quotes on the real corpus match the gold (spans and speakers)', async () => {
  const docs = await corpusDocs(ATACMS);
  const gold = readJson<{ quotes: GoldQuote[] }>(join(ROOT, 'gold', 'atacms', 'quotes.json')).quotes;
  for (const g of gold) assert.ok(docs.some((d) => d.id.startsWith(g.doc!) && norm(d.text).includes(norm(g.anchor))), `gold anchor not in ${g.doc}: ${g.anchor}`);
  check('atacms', score(docs, gold, (d) => d.id));
});

test('issue 3 acceptance: the named speakers of the real corpus', async () => {
  const docs = await corpusDocs(ATACMS);
  const byPrefix = (p: string): Doc => docs.find((d) => d.id.startsWith(p))!;
  const quoted = (d: Doc) => d.layers.quotes.filter((q) => q.kind !== 'indirect').map((q) => ({ q, text: quoteText(d, q) }));
  const d000 = byPrefix('000');
  const vanHooft = quoted(d000).filter((x) => x.q.speaker === 'Paul Van Hooft');
  // Eight quotations covering thirteen paragraphs: the multi-paragraph ones count once each.
  assert.ok(vanHooft.length >= 8, `Van Hooft quotes: ${vanHooft.length}`);
  assert.equal(vanHooft.reduce((n, x) => n + (x.q.parts?.length ?? 1), 0), 13);
  const speakerOf = (d: Doc, words: string): string | null | undefined => quoted(d).find((x) => x.text.includes(words))?.q.speaker;
  assert.equal(speakerOf(d000, 'signal of strength and resolve'), 'Paul Van Hooft');
  assert.equal(speakerOf(d000, 'outgoing administration'), 'Dmitry Peskov');
  assert.equal(speakerOf(d000, 'operational details'), 'Keir Starmer');
  assert.equal(speakerOf(d000, 'close co-operation'), 'John Healey');
  const d002 = byPrefix('002');
  assert.equal(speakerOf(d002, 'NATO countries'), 'Vladimir Putin');
  assert.equal(speakerOf(d002, 'major change in U.S. policy'), 'The New York Times');
  assert.equal(speakerOf(byPrefix('001'), 'Mr. Biden could authorize'), 'the officials');
});

test('quotes on the example story match the gold', async () => {
  const docs = await corpusDocs(EXAMPLE);
  const gold = readJson<{ quotes: GoldQuote[] }>(join(ROOT, 'gold', 'example', 'quotes.json')).quotes;
  check('example', score(docs, gold, idPrefix));
});

test('quotes on the hard cases match the gold', () => {
  const cases = readJson<{ cases: { id: string; text: string; quotes: GoldQuote[] }[] }>(join(ROOT, 'gold', 'cases', 'quotes.json')).cases;
  assert.ok(cases.length >= 30, `only ${cases.length} hard cases`);
  const docs = cases.map((c) => docOf(c.text, c.id));
  const gold = cases.flatMap((c) => c.quotes.map((q) => ({ ...q, doc: c.id })));
  check('cases', score(docs, gold, (d) => d.id));
});

test('quote marks: straight, curly, single, apostrophes and paragraphs that continue a quotation', () => {
  const text = 'He said: "One.\n"Two.\n"Three." Then ‘four’ and don\'t, the \'90s, Jones\' car.\nShe said “five” and "six".';
  const paragraphs = [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind: 'p' as const }));
  const quotes = markedQuotes(text, paragraphs).map((q) => q.parts.map((p) => text.slice(p.start, p.end)));
  assert.deepEqual(quotes, [['One.', 'Two.', 'Three.'], ['four'], ['five'], ['six']]);
});

test('wording drift: substitutions are shown, a fragment is not drift', () => {
  assert.deepEqual(wordDiff('This is a dark morning for the city', 'This is a dark day for the city'), ['morning → day']);
  assert.deepEqual(wordDiff('Nothing in that check suggested a risk', 'nothing suggested a risk'), ['− in that check']);
  assert.deepEqual(wordDiff('we will look again at every bearing and weld', 'look again at every bearing'), []);
});

test('the same quotation in several reports is one entry with drift; the brief validates and renders', async () => {
  const docs = await corpusDocs(EXAMPLE);
  const quotes = quotesSection(docs, []);
  const shared = quotes.filter((q) => new Set(q.occurrences.map((o) => o.source)).size > 1);
  assert.ok(shared.length >= 1, 'no quotation carried by two reports');
  for (const q of quotes) assert.equal(new Set(q.occurrences.map((o) => o.source)).size, q.occurrences.length, `${q.id} has two occurrences in one report`);
  const withDrift = shared.find((q) => q.drift.length > 0);
  assert.ok(withDrift, 'no wording drift found between reports');
  assert.ok(withDrift.drift.every((d) => d.differs.length > 0));

  const brief = buildBrief(docs);
  assert.deepEqual(validateBrief(brief), []);
  const md = renderMarkdown(brief);
  assert.match(md, /## Quotes/);
  assert.match(md, /words it differently/);
  const term = renderTerminal(brief, { color: false });
  assert.match(term, /QUOTES/);
});

test('quote text from an article cannot inject markup into the Markdown brief', () => {
  const a = docOf('"Click [here](http://evil.example) <script>alert(1)</script> now," said Mara Quint.', 'a');
  const b = docOf('Mara Quint said the offer was "a trap".', 'b');
  const md = renderMarkdown(buildBrief([a, b]));
  assert.doesNotMatch(md, /<script>/);
  assert.doesNotMatch(md, /\]\(http/);
});

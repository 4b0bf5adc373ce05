import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Doc, QuantityMention } from '../src/doc/types.js';
import type { Brief, BriefDiscrepancy, Claim } from '../src/brief/types.js';
import { align } from '../src/align/index.js';
import { discrepanciesSection } from '../src/brief/sections/discrepancies.js';
import { quantitiesSection } from '../src/brief/sections/quantities.js';
import { timelineSection } from '../src/brief/sections/timeline.js';
import { validateBrief } from '../src/brief/validate.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { relate, type Measure } from '../src/align/measures.js';
import { interval } from '../src/align/measures.js';
import { ATACMS, EXAMPLE, ROOT, prf, readJson, report } from './helpers.js';
import { corpusDocs, locate, overlaps, sentenceDoc } from './numbers-dates-helpers.js';

interface GoldDiscrepancy {
  kind: BriefDiscrepancy['kind'];
  about: string;
  variants: { source: string; anchor: string }[];
}

const THRESHOLD = 0.85;

/** The sentence of a report that holds an anchor, as a claim support span. */
function sentenceSpan(doc: Doc, anchor: string) {
  const at = locate(doc.text, anchor, doc.id);
  const s = doc.layers.sentences.find((x) => x.start <= at.start && at.end <= x.end)!;
  return { source: doc.id, start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) };
}

/**
 * Claims from the aligner, plus one claim per gold wording item grouping its two statements: the wording
 * detector is measured on facts an aligner groups, whatever the aligner of the day manages.
 */
function claimsFor(docs: Doc[], gold: GoldDiscrepancy[]): Claim[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const extra: Claim[] = gold
    .filter((g) => g.kind === 'wording')
    .map((g, i) => {
      const support = g.variants.map((v) => sentenceSpan(byId.get(v.source)!, v.anchor));
      return { id: `gold-${i + 1}`, text: support[0]!.text, status: 'corroborated', support, sources: support.map((s) => s.source) };
    });
  return [...align(docs), ...extra];
}

function matches(p: BriefDiscrepancy, g: GoldDiscrepancy, docs: Map<string, Doc>): boolean {
  if (p.kind !== g.kind) return false;
  return g.variants.every((v) => p.variants.some((pv) => pv.source === v.source && overlaps(pv, locate(docs.get(v.source)!.text, v.anchor, v.source))));
}

function check(label: string, docs: Doc[], gold: GoldDiscrepancy[]): BriefDiscrepancy[] {
  const found = discrepanciesSection(docs, claimsFor(docs, gold));
  const byId = new Map(docs.map((d) => [d.id, d]));
  const tp = gold.filter((g) => found.some((p) => matches(p, g, byId))).length;
  const correct = found.filter((p) => gold.some((g) => matches(p, g, byId))).length;
  const m = prf(tp, found.length, gold.length);
  m.p = found.length ? correct / found.length : 1;
  m.f1 = m.p + m.r ? (2 * m.p * m.r) / (m.p + m.r) : 0;
  report(`discrepancies ${label}`, m, `(${tp}/${gold.length} gold, ${found.length} found)`);
  for (const p of found) console.log(`  ${p.kind}: ${p.about} — ${p.variants.map((v) => `${v.source} "${v.text}"`).join(' vs ')}`);
  assert.ok(m.f1 >= THRESHOLD, `discrepancies F1 on ${label} ${m.f1.toFixed(3)} < ${THRESHOLD}`);
  return found;
}

test('discrepancies on the real corpus: the North Korean troop figures differ in precision, not in fact', () => {
  const docs = corpusDocs(ATACMS, '2024-11-18', (f) => f.slice(0, 3));
  const gold = readJson<{ discrepancies: GoldDiscrepancy[] }>(join(ROOT, 'gold', 'atacms', 'discrepancies.json')).discrepancies;
  const found = check('atacms', docs, gold);
  const troops = found.find((d) => d.variants.some((v) => v.text.includes('10,000')));
  assert.equal(troops?.kind, 'precision');
  assert.deepEqual(troops?.variants.map((v) => v.source), ['001', '004']);
  assert.ok(!found.some((d) => d.kind === 'conflict'), 'no conflict of numbers in this coverage');
});

test('discrepancies on the example story: a conflict, a precision difference and a wording difference', () => {
  const docs = corpusDocs(EXAMPLE, '2025-03-05', (f) => f);
  const gold = readJson<{ discrepancies: GoldDiscrepancy[] }>(join(ROOT, 'gold', 'example', 'discrepancies.json')).discrepancies;
  const found = check('example', docs, gold);
  assert.equal(found[0]?.kind, 'conflict', 'conflicts come first');
});

function measure(id: string, q: Partial<QuantityMention> & { value: number }): Measure {
  const full: QuantityMention = { start: 0, end: 1, text: 'x', unit: null, counts: 'troop', qualifier: 'exact', ...q };
  const [low, high] = interval(full);
  return { doc: { id } as Doc, q: full, key: 'count:troop', owners: new Set(), ownerWords: [], context: new Set(), low, high, point: full.value };
}

test('values relate as the same, less precise, or in conflict', () => {
  assert.equal(relate(measure('a', { value: 50 }), measure('b', { value: 70 })), 'conflict');
  assert.equal(relate(measure('a', { value: 10000, qualifier: 'more-than' }), measure('b', { value: 1000, qualifier: 'order-of-magnitude' })), 'precision');
  assert.equal(relate(measure('a', { value: 190, qualifier: 'about' }), measure('b', { value: 190, qualifier: 'up-to' })), 'same');
  assert.equal(relate(measure('a', { value: 40, high: 60, qualifier: 'range' }), measure('b', { value: 55 })), 'precision');
  assert.equal(relate(measure('a', { value: 40, high: 60, qualifier: 'range' }), measure('b', { value: 75 })), 'conflict');
  assert.equal(relate(measure('a', { value: 7, qualifier: 'at-least' }), measure('b', { value: 5 })), 'conflict');
});

test('figures of different things are not compared: a Russian assault force is not the North Korean contingent', () => {
  const docs = [
    sentenceDoc('North Korean troops, estimated at more than 10,000 troops, arrived in the region.', null),
    sentenceDoc('Russia is preparing an assault by about 50,000 Russian soldiers near the border.', null),
  ].map((d, i) => ({ ...d, id: `r${i}` }));
  assert.deepEqual(discrepanciesSection(docs, []), []);
});

test('wording: opposite modifiers of one grouped fact are found; the same words are not', () => {
  const a = { ...sentenceDoc('The ministry confirmed that the strikes were limited to the border area.', null), id: 'a' };
  const b = { ...sentenceDoc('The ministry said the strikes reached deep into enemy territory.', null), id: 'b' };
  const c = { ...sentenceDoc('The ministry said the strikes were limited to the border area.', null), id: 'c' };
  const claim = (docs: Doc[]): Claim[] => [{ id: 'c1', text: '', status: 'corroborated', support: docs.map((d) => ({ source: d.id, start: 0, end: d.text.length, text: d.text })) }];
  const found = discrepanciesSection([a, b], claim([a, b]));
  assert.equal(found.length, 1);
  assert.equal(found[0]!.kind, 'wording');
  assert.deepEqual(found[0]!.variants.map((v) => v.value), ['limited', 'deep']);
  assert.deepEqual(discrepanciesSection([a, c], claim([a, c])), []);
  assert.deepEqual(discrepanciesSection([a, b], []), [], 'facts the alignment did not group are not compared');
});

test('timeline: sorted by date with undated last, one entry per event across reports, each with its event', () => {
  const docs = [
    sentenceDoc('The bridge reopened on 4 May 2021 after repairs. The mayor resigned on Friday.', null),
    sentenceDoc('After repairs, the bridge reopened on 4 May 2021, the council said. It closed again in 2019.', null),
  ].map((d, i) => ({ ...d, id: `r${i}` }));
  const t = timelineSection(docs, []);
  assert.deepEqual(t.map((e) => e.date), ['2019', '2021-05-04', null]);
  const reopened = t[1]!;
  assert.equal(reopened.source, 'r0');
  assert.deepEqual(reopened.also?.map((a) => a.source), ['r1']);
  assert.match(reopened.event, /^The bridge reopened after repairs/);
  assert.equal(t[2]!.text, 'Friday');
});

test('the sections validate against the schema and render as Numbers, Discrepancies and Timeline', () => {
  const docs = corpusDocs(ATACMS, '2024-11-18', (f) => f.slice(0, 3));
  const claims = align(docs);
  const brief: Brief = {
    version: 1,
    sources: docs.map((d) => ({ id: d.id, input: d.article.input, title: d.article.title, outlet: d.article.outlet, dateline: d.article.dateline, publishedAt: d.article.publishedAt, text: d.text, removed: d.article.removed })),
    claims,
    summary: [],
    quantities: quantitiesSection(docs, claims),
    discrepancies: discrepanciesSection(docs, claims),
    timeline: timelineSection(docs, claims),
  };
  assert.deepEqual(validateBrief(brief), []);
  const md = renderMarkdown(brief);
  for (const h of ['Discrepancies', 'Numbers', 'Timeline']) assert.match(md, new RegExp(`^#+ ${h}`, 'm'));
  assert.match(md, /more than 10,000 troops/);
  assert.match(md, /2024-08-30/);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Doc, QuantityMention } from '../src/doc/types.js';
import { ATACMS, EXAMPLE, ROOT, prf, readJson, report } from './helpers.js';
import { corpusDocs, locate, overlaps, sentenceDoc } from './numbers-dates-helpers.js';

interface GoldQuantity {
  anchor: string;
  value: number;
  high?: number;
  unit: string | null;
  counts: string | null;
  qualifier: string;
}

const THRESHOLD = 0.85;

function sameFields(p: QuantityMention, g: GoldQuantity): boolean {
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  return close(p.value, g.value) && (g.high === undefined || (p.high !== undefined && close(p.high, g.high))) && p.unit === g.unit && p.counts === g.counts && p.qualifier === g.qualifier;
}

/** True positives: a predicted figure over the anchor with every field right; misses and extras are listed. */
function score(items: { doc: Doc; gold: GoldQuantity[] }[]): { tp: number; predicted: number; gold: number; errors: string[] } {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  const errors: string[] = [];
  for (const { doc, gold: g } of items) {
    const preds = doc.layers.quantities;
    predicted += preds.length;
    gold += g.length;
    const used = new Set<QuantityMention>();
    for (const item of g) {
      const span = locate(doc.text, item.anchor, doc.id);
      const hit = preds.find((p) => !used.has(p) && overlaps(p, span) && sameFields(p, item));
      if (hit) {
        used.add(hit);
        tp++;
      } else {
        const near = preds.find((p) => overlaps(p, span));
        errors.push(`${doc.id}: missed ${JSON.stringify(item)}${near ? ` (got ${JSON.stringify({ ...near, start: undefined, end: undefined })})` : ''}`);
      }
    }
    for (const p of preds) if (!used.has(p) && !g.some((item) => overlaps(p, locate(doc.text, item.anchor, doc.id)))) errors.push(`${doc.id}: extra "${p.text}"`);
  }
  return { tp, predicted, gold, errors };
}

function corpusItems(dir: string, goldPath: string, idOf: (f: string) => string): { doc: Doc; gold: GoldQuantity[] }[] {
  const gold = readJson<{ sources: Record<string, GoldQuantity[]> }>(goldPath);
  const docs = corpusDocs(dir, null, idOf);
  assert.deepEqual(docs.map((d) => d.id).sort(), Object.keys(gold.sources).sort(), 'gold covers every report');
  return docs.map((doc) => ({ doc, gold: gold.sources[doc.id]! }));
}

function check(label: string, items: { doc: Doc; gold: GoldQuantity[] }[]): void {
  const s = score(items);
  const m = prf(s.tp, s.predicted, s.gold);
  report(`quantities ${label}`, m, `(${s.tp}/${s.gold} gold, ${s.predicted} found)`);
  for (const e of s.errors) console.log(`  ${e}`);
  assert.ok(m.f1 >= THRESHOLD, `quantities F1 on ${label} ${m.f1.toFixed(3)} < ${THRESHOLD}:\n${s.errors.join('\n')}`);
}

test('quantities on the real corpus: every figure with value, unit, what it counts and its qualifier', () => {
  const items = corpusItems(ATACMS, join(ROOT, 'gold', 'atacms', 'quantities.json'), (f) => f.slice(0, 3));
  check('atacms', items);
  // The acceptance figures, one by one.
  const all = items.flatMap((i) => i.doc.layers.quantities.map((q) => ({ id: i.doc.id, ...q })));
  const find = (id: string, text: string) => all.find((q) => q.id === id && q.text.includes(text));
  assert.deepEqual(
    (({ value, unit, counts, qualifier }) => ({ value, unit, counts, qualifier }))(find('001', '10,000')!),
    { value: 10000, unit: null, counts: 'troop', qualifier: 'more-than' },
  );
  assert.equal(find('001', '50,000')?.qualifier, 'about');
  assert.equal(find('002', '190')?.qualifier, 'up-to');
  assert.equal(find('004', '$175 billion')?.value, 175_000_000_000);
  assert.equal(find('004', '$175 billion')?.unit, 'USD');
  assert.equal(find('004', 'seven')?.qualifier, 'at-least');
  assert.equal(find('004', 'thousands')?.qualifier, 'order-of-magnitude');
});

test('quantities on the example story', () => {
  check('example', corpusItems(EXAMPLE, join(ROOT, 'gold', 'example', 'quantities.json'), (f) => f));
});

test('quantities on the written hard cases', () => {
  const gold = readJson<{ cases: { text: string; expect: GoldQuantity[] }[] }>(join(ROOT, 'gold', 'cases', 'quantities.json'));
  assert.ok(gold.cases.length >= 15);
  check('cases', gold.cases.map((c) => ({ doc: sentenceDoc(c.text, null), gold: c.expect })));
});

test('spans are exact slices of the text', () => {
  const doc = sentenceDoc('Rescuers freed at least 12 miners, roughly 40% of those trapped.', null);
  for (const q of doc.layers.quantities) assert.equal(doc.text.slice(q.start, q.end), q.text);
  assert.deepEqual(doc.layers.quantities.map((q) => q.qualifier), ['at-least', 'about']);
});

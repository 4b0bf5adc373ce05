import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { DateMention, Doc } from '../src/doc/types.js';
import { ATACMS, EXAMPLE, ROOT, prf, readJson, report } from './helpers.js';
import { corpusDocs, locate, overlaps, sentenceDoc } from './numbers-dates-helpers.js';
import { datesLayer } from '../src/annotate/dates/index.js';

interface GoldDate {
  anchor: string;
  date: string | null;
  relative: boolean;
}

const THRESHOLD = 0.85;

/** A found expression over the anchor with the right date; without a publication date relative ones must be null. */
function score(items: { doc: Doc; gold: GoldDate[] }[], dated: boolean): { tp: number; predicted: number; gold: number; errors: string[] } {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  const errors: string[] = [];
  for (const { doc, gold: g } of items) {
    predicted += doc.layers.dates.length;
    gold += g.length;
    const used = new Set<DateMention>();
    for (const item of g) {
      const span = locate(doc.text, item.anchor, doc.id);
      const want = dated || !item.relative ? item.date : null;
      const hit = doc.layers.dates.find((p) => !used.has(p) && overlaps(p, span) && p.date === want && p.resolved === (want !== null && item.relative));
      if (hit) {
        used.add(hit);
        tp++;
      } else {
        const near = doc.layers.dates.find((p) => overlaps(p, span));
        errors.push(`${doc.id}: "${item.anchor}" want ${want}${near ? ` got ${near.date} from "${near.text}"` : ' not found'}`);
      }
    }
    for (const p of doc.layers.dates) if (!g.some((item) => overlaps(p, locate(doc.text, item.anchor, doc.id)))) errors.push(`${doc.id}: extra "${p.text}"`);
  }
  return { tp, predicted, gold, errors };
}

function check(label: string, items: { doc: Doc; gold: GoldDate[] }[], dated: boolean): void {
  const s = score(items, dated);
  const m = prf(s.tp, s.predicted, s.gold);
  report(`dates ${label}`, m, `(${s.tp}/${s.gold} gold, ${s.predicted} found)`);
  for (const e of s.errors) console.log(`  ${e}`);
  assert.ok(m.f1 >= THRESHOLD, `dates F1 on ${label} ${m.f1.toFixed(3)} < ${THRESHOLD}:\n${s.errors.join('\n')}`);
}

function corpus(dir: string, goldFile: string, idOf: (f: string) => string, dated: boolean): { doc: Doc; gold: GoldDate[] }[] {
  const gold = readJson<{ published: string; sources: Record<string, GoldDate[]> }>(goldFile);
  const docs = corpusDocs(dir, dated ? gold.published : null, idOf);
  assert.deepEqual(docs.map((d) => d.id).sort(), Object.keys(gold.sources).sort(), 'gold covers every report');
  return docs.map((doc) => ({ doc, gold: gold.sources[doc.id]! }));
}

const ATACMS_GOLD = join(ROOT, 'gold', 'atacms', 'dates.json');
const EXAMPLE_GOLD = join(ROOT, 'gold', 'example', 'dates.json');

test('dates on the real corpus with --date 2024-11-18 resolve as the issue lists', () => {
  const items = corpus(ATACMS, ATACMS_GOLD, (f) => f.slice(0, 3), true);
  check('atacms dated', items, true);
  const got = (id: string, text: string) => items.find((i) => i.doc.id === id)!.doc.layers.dates.find((d) => d.text.includes(text))?.date;
  assert.equal(got('001', '30 August'), '2024-08-30');
  assert.equal(got('004', 'May'), '2024-05');
  assert.equal(got('004', 'Sunday'), '2024-11-17');
  assert.equal(got('000', 'yesterday'), '2024-11-17');
  assert.equal(got('000', 'January'), '2025-01');
  assert.equal(got('000', 'September 2022'), '2022-09');
  assert.equal(got('003', 'earlier this year'), '2024');
});

test('dates on the real corpus without a date: only absolute expressions resolve, nothing is invented', () => {
  const items = corpus(ATACMS, ATACMS_GOLD, (f) => f.slice(0, 3), false);
  check('atacms undated', items, false);
  for (const { doc } of items) for (const d of doc.layers.dates) assert.equal(d.resolved, false, `${doc.id}: "${d.text}" resolved without a date`);
});

test('dates on the example story, with and without a date', () => {
  check('example dated', corpus(EXAMPLE, EXAMPLE_GOLD, (f) => f, true), true);
  check('example undated', corpus(EXAMPLE, EXAMPLE_GOLD, (f) => f, false), false);
});

test('dates on the written hard cases', () => {
  const gold = readJson<{ published: string; cases: { text: string; published?: string | null; expect: GoldDate[] }[] }>(join(ROOT, 'gold', 'cases', 'dates.json'));
  assert.ok(gold.cases.length >= 15);
  const items = gold.cases.map((c) => {
    const date = c.published === undefined ? gold.published : c.published;
    return { doc: sentenceDoc(c.text, date), gold: c.expect.map((e) => ({ ...e, date: date === null && e.relative ? null : e.date })) };
  });
  check('cases', items, true);
});

test("the article's own publication date wins over --date", () => {
  const base = sentenceDoc('The talks collapsed yesterday.', null);
  const doc = { ...base, article: { ...base.article, publishedAt: '2024-01-10T08:00:00Z' } };
  assert.equal(datesLayer(doc, { date: '2025-06-01' })[0]?.date, '2024-01-09');
  assert.equal(datesLayer(base, { date: '2025-06-01' })[0]?.date, '2025-05-31');
});

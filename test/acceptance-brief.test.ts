/**
 * Acceptance of issue 2 on the real corpus: the facts the issue names are claims with the right sources
 * (located through the gold anchors, never through corpus text in code), junk and headings are in no claim,
 * single-source facts are not glued to others, and every summary sentence is a sentence of a source it cites.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ATACMS, ROOT, docsOfFolder } from './helpers.js';
import type { Brief, Claim } from '../src/brief/types.js';
import { buildBrief } from '../src/brief/build.js';
import { validateBrief } from '../src/brief/validate.js';
import { loadGold } from './alignment-gold.js';

const DATE = '2024-11-18';
const docs = docsOfFolder(ATACMS, DATE);
const brief: Brief = buildBrief(docs);
const gold = loadGold(join(ROOT, 'gold', 'atacms', 'alignment.json'));
const id = (prefix: string): string => brief.sources.find((s) => s.id.startsWith(prefix))!.id;

/** Claims whose support contains one of a gold fact's anchors. */
function claimsOfFact(fact: string): Claim[] {
  const f = gold.facts.find((x) => x.id === fact);
  assert.ok(f, `gold fact ${fact}`);
  const out = new Set<Claim>();
  for (const { source, anchor } of f.sentences) {
    const text = brief.sources.find((s) => s.id === source)!.text;
    const at = text.indexOf(anchor);
    assert.ok(at >= 0, `anchor of ${fact} not in ${source}`);
    for (const c of brief.claims) if (c.support.some((s) => s.source === source && s.start <= at && at < s.end)) out.add(c);
  }
  return [...out];
}

function widest(fact: string): Claim {
  const claims = claimsOfFact(fact).sort((a, b) => b.sources!.length - a.sources!.length);
  assert.ok(claims.length > 0, `no claim for ${fact}`);
  return claims[0]!;
}

test('the brief validates against the schema and its own spans', () => {
  assert.deepEqual(validateBrief(brief), []);
});

test('the named facts are claims of the named sources', () => {
  const expect: [string, string[]][] = [
    ['authorisation', ['000', '001', '002', '003', '004']],
    ['north-korean-troops', ['000', '001', '002', '003', '004']],
    ['kursk-first-target', ['001', '002', '003', '004']],
    ['range-190-miles', ['001', '002', '003']],
    ['two-months-before-handover', ['000', '001', '002', '004']],
  ];
  for (const [fact, sources] of expect) {
    const claim = widest(fact);
    for (const s of sources) assert.ok(claim.sources!.includes(id(s)), `${fact}: ${s} missing from "${claim.text}" (${claim.sources!.join(', ')})`);
    if (sources.length === 5) assert.equal(claim.status, 'consensus', fact);
  }
});

test('facts only one report has are single-source claims, not glued to others', () => {
  for (const fact of ['umerov-list', 'assault-50000', 'aid-175-billion', 'satellite-images']) {
    const claims = claimsOfFact(fact);
    assert.ok(claims.length > 0, `${fact} is in no claim`);
    for (const c of claims) assert.equal(c.status, 'single-source', `${fact} glued into "${c.text}" (${c.sources!.join(', ')})`);
  }
});

test('junk lines are removed and appear in no claim and no summary sentence', () => {
  const removed000 = brief.sources.find((s) => s.id === id('000'))!.removed.map((r) => r.text);
  const removed001 = brief.sources.find((s) => s.id === id('001'))!.removed.map((r) => r.text);
  assert.ok(removed000.some((t) => /you may also like/i.test(t)));
  assert.ok(removed000.length >= 6, 'the trailer and its five headlines');
  assert.ok(removed001.some((t) => /read also/i.test(t)));
  const junk = [...removed000, ...removed001].filter((t) => !/^\W*$/.test(t));
  const texts = [...brief.claims.flatMap((c) => [c.text, ...c.support.map((s) => s.text)]), ...brief.summary.map((s) => s.text)];
  for (const j of junk) for (const t of texts) assert.ok(!t.includes(j), `junk "${j}" in "${t}"`);
});

test('headings are not claims', () => {
  const d002 = docs.find((d) => d.id === id('002'))!;
  const headings = d002.layers.sentences.filter((s) => s.kind === 'h');
  assert.equal(headings.length, 4);
  for (const h of headings)
    for (const c of brief.claims)
      for (const s of c.support) assert.ok(s.source !== d002.id || s.end <= h.start || s.start >= h.end, `heading inside claim "${c.text}"`);
});

test('the summary: at most seven whole sentences of cited sources, none a heading or a bullet, no repeats', () => {
  assert.ok(brief.summary.length > 0 && brief.summary.length <= 7);
  const seen = new Set<string>();
  for (const s of brief.summary) {
    const hit = docs
      .filter((d) => s.sources.includes(d.id))
      .flatMap((d) => d.layers.sentences.filter((x) => d.text.slice(x.start, x.end) === s.text).map((x) => x.kind));
    assert.ok(hit.length > 0, `summary sentence is not a sentence of a cited source: ${s.text}`);
    assert.ok(hit.every((k) => k === 'p' || k === 'quote'), `summary sentence is a heading or bullet: ${s.text}`);
    assert.ok(!seen.has(s.text));
    seen.add(s.text);
    const claim = brief.claims.find((c) => c.id === s.claim);
    assert.ok(claim, 'summary sentence names its claim');
    assert.deepEqual([...s.sources].sort(), [...claim.sources!].sort(), 'cites every source of its fact');
  }
  // The most widely reported fact leads.
  assert.equal(brief.summary[0]!.sources.length, 5);
});

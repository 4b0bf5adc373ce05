/**
 * The attributions layer, the sourcing section and the independent-source count, measured against gold
 * written for this project (real corpus by short anchors, the example story, hard cases). Prints
 * precision/recall/F1; fails under 0.85 F1.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ATACMS, EXAMPLE, ROOT, corpusDocs, docOf, prf, readJson, report } from './helpers.js';
import type { Doc } from '../src/doc/types.js';
import { buildBrief } from '../src/brief/build.js';
import { validateBrief } from '../src/brief/validate.js';
import { independentCount, withIndependence } from '../src/brief/independence.js';
import type { Brief, BriefAttribution, BriefSource, Claim } from '../src/brief/types.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderTerminal } from '../src/render/terminal.js';

interface GoldAttribution {
  doc?: string;
  at: string;
  cites: string;
  kind: string;
}


const normCites = (s: string): string => s.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/[.’']/g, '').replace(/\s+/g, ' ').trim();

function score(label: string, docs: Doc[], gold: GoldAttribution[], docKey: (d: Doc) => string): void {
  const preds = docs.flatMap((doc) => doc.layers.attributions.map((a) => ({ doc, a, key: docKey(doc), used: false })));
  let tp = 0;
  const misses: string[] = [];
  for (const g of gold) {
    const doc = docs.find((d) => g.doc === undefined || docKey(d).startsWith(g.doc));
    const at = doc ? doc.text.indexOf(g.at) : -1;
    assert.ok(doc && at >= 0, `${label}: anchor not found in ${g.doc}: ${g.at}`);
    const hit = preds.find(
      (p) => !p.used && p.doc === doc && p.a.start >= at && p.a.end <= at + g.at.length && normCites(p.a.cites) === normCites(g.cites) && p.a.kind === g.kind,
    );
    if (hit) {
      hit.used = true;
      tp++;
    } else {
      const near = preds.find((p) => p.doc === doc && p.a.start >= at && p.a.end <= at + g.at.length);
      misses.push(`missed ${g.doc ?? ''} "${g.at}" → ${g.cites} (${g.kind})${near ? `; got ${near.a.cites} (${near.a.kind})` : ''}`);
    }
  }
  for (const p of preds) if (!p.used) misses.push(`extra ${p.key} "${p.a.text}" → ${p.a.cites} (${p.a.kind})`);
  const m = prf(tp, preds.length, gold.length);
  report(`attributions ${label}`, m);
  for (const x of misses) console.log(`  ${x}`);
  assert.ok(m.f1 >= 0.85, `${label}: attribution F1 ${m.f1.toFixed(3)} < 0.85`);
}

test('attributions on the real corpus match the gold', async () => {
  const docs = await corpusDocs(ATACMS);
  score('atacms', docs, readJson<{ attributions: GoldAttribution[] }>(join(ROOT, 'gold', 'atacms', 'attributions.json')).attributions, (d) => d.id);
});

test('issue 3 acceptance: whom each report of the real corpus cites', async () => {
  const docs = await corpusDocs(ATACMS);
  const cited = (prefix: string): Set<string> =>
    new Set(docs.find((d) => d.id.startsWith(prefix))!.layers.attributions.map((a) => `${a.kind}:${a.cites}`));
  const c001 = cited('001');
  assert.ok(c001.has('agency:Reuters') && c001.has('outlet:The New York Times'), [...c001].join(', '));
  const c002 = cited('002');
  assert.ok(c002.has('outlet:The New York Times') && c002.has('anonymous:unnamed U.S. officials'), [...c002].join(', '));
  assert.ok(cited('003').has('outlet:Al Jazeera'));
  assert.ok(cited('004').has('anonymous:two U.S. officials'));
});

test('attributions on the example story match the gold', async () => {
  const docs = await corpusDocs(EXAMPLE);
  score('example', docs, readJson<{ attributions: GoldAttribution[] }>(join(ROOT, 'gold', 'example', 'attributions.json')).attributions, (d) => d.id.slice(0, 2));
});

test('attributions on the hard cases match the gold', () => {
  const cases = readJson<{ cases: { id: string; text: string; attributions: GoldAttribution[] }[] }>(join(ROOT, 'gold', 'cases', 'attributions.json')).cases;
  assert.ok(cases.length >= 30, `only ${cases.length} hard cases`);
  const docs = cases.map((c) => docOf(c.text, c.id));
  score('cases', docs, cases.flatMap((c) => c.attributions.map((a) => ({ ...a, doc: c.id }))), (d) => d.id);
});

function claim(id: string, sources: string[]): Claim {
  return { id, text: 'x', status: 'corroborated', support: sources.map((s) => ({ source: s, start: 0, end: 1, text: 'x' })) };
}
function attribution(source: string, cites: string, kind: BriefAttribution['kind'], claims: string[]): BriefAttribution {
  return { source, cites, kind, start: 0, end: 1, text: 'x', claims };
}
function source(id: string, copyOf?: string[]): BriefSource {
  return { id, input: id, title: null, outlet: null, dateline: null, publishedAt: null, text: 'x', removed: [], ...(copyOf ? { copyOf } : {}) };
}

test('independence: relays of the same outlet count once, syndicated copies add nothing', () => {
  const sources = new Map(['a', 'b', 'c', 'd'].map((id) => [id, source(id, id === 'd' ? ['c'] : undefined)]));
  const c = claim('c1', ['a', 'b', 'c', 'd']);
  const atts = [
    attribution('a', 'The New York Times', 'outlet', ['c1']),
    attribution('b', 'the New York Times', 'outlet', ['c1']),
    attribution('b', 'unnamed officials', 'anonymous', ['c1']),
  ];
  // a and b relay one paper; c reports on its own; d copies c.
  assert.equal(independentCount(c, atts, sources), 2);
  const brief = { version: 1, sources: [...sources.values()], claims: [c], summary: [], attributions: atts } as Brief;
  assert.equal(withIndependence(brief).claims[0]!.independentSources, 2);
  // Two reports quoting the same person are one origin; anonymous sources stay each report's own.
  const c2 = claim('c2', ['a', 'b', 'c']);
  const atts2 = [attribution('a', 'Ilse Varga', 'person', ['c2']), attribution('b', 'Ilse Varga', 'person', ['c2']), attribution('c', 'two officials', 'anonymous', ['c2'])];
  assert.equal(independentCount(c2, atts2, sources), 2);
  // One report relaying two outlets is still one report: it cannot make a claim more independent than its reports.
  const c3 = claim('c3', ['a', 'b']);
  const atts3 = [
    attribution('a', 'Reuters', 'agency', ['c3']),
    attribution('a', 'The New York Times', 'outlet', ['c3']),
    attribution('b', 'The New York Times', 'outlet', ['c3']),
  ];
  assert.equal(independentCount(c3, atts3, sources), 1);
  assert.equal(independentCount(claim('c4', ['a', 'c']), [attribution('a', 'Reuters', 'agency', ['c4']), attribution('a', 'AFP', 'agency', ['c4'])], sources), 2);
});

test('the brief on the real corpus validates, counts independent sources and shows the sourcing', async () => {
  const brief = buildBrief(await corpusDocs(ATACMS));
  assert.deepEqual(validateBrief(brief), []);
  for (const c of brief.claims) {
    const raw = new Set(c.support.map((s) => s.source)).size;
    assert.ok(c.independentSources !== undefined && c.independentSources >= 1 && c.independentSources <= raw, `${c.id}: ${c.independentSources} of ${raw}`);
  }
  const atts = brief.attributions ?? [];
  assert.ok(atts.some((a) => a.cites === 'The New York Times' && a.claims.length > 0), 'NYT attributions back no claim');
  const md = renderMarkdown(brief);
  assert.match(md, /## Sourcing/);
  assert.match(md, /cites Reuters \\?\(agency/);
  assert.match(renderTerminal(brief, { color: false }), /SOURCING/);
});

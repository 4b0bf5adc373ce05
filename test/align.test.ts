/**
 * The aligner: pairwise precision/recall against the gold files of the real corpus and of the project's own
 * fictional story (printed, failing below issue 2's 0.85 / 0.80), plus behaviour on small texts written here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ATACMS, EXAMPLE, ROOT, docOf, docsOfFolder, docsOfTexts, report } from './helpers.js';
import type { Doc } from '../src/doc/types.js';
import { align, alignDetailed } from '../src/align/index.js';
import { loadGold, scoreAlignment } from './alignment-gold.js';
import { factUnits } from '../src/align/units.js';
import { unitFeatures } from '../src/align/features.js';
import { frameText } from '../src/align/frames.js';

/** Issue 2's acceptance level, met by both stories. */
const TARGET = { precision: 0.85, recall: 0.8 };

function measure(label: string, dir: string, gold: string, date: string | null): void {
  const docs = docsOfFolder(dir, date);
  const score = scoreAlignment(docs, align(docs), loadGold(gold));
  report(label, score, `(pairs: ${score.tp} right of ${score.predicted} predicted, ${score.gold} in gold)`);
  const short = (pair: string): string => pair.replace(/_[0-9a-f]{16}/g, '');
  console.log(`${label} missed: ${score.missed.map(short).join(' ')}`);
  console.log(`${label} extra: ${score.extra.map(short).join(' ')}`);
  assert.ok(score.p >= TARGET.precision, `${label}: precision ${score.p.toFixed(3)} below ${TARGET.precision}`);
  assert.ok(score.r >= TARGET.recall, `${label}: recall ${score.r.toFixed(3)} below ${TARGET.recall}`);
}

test('alignment accuracy on the real corpus (atacms-2024-11)', () => {
  measure('align atacms-2024-11', ATACMS, join(ROOT, 'gold', 'atacms', 'alignment.json'), '2024-11-18');
});

test('alignment accuracy on the fictional example story (harbor-bridge)', () => {
  measure('align harbor-bridge', EXAMPLE, join(ROOT, 'gold', 'example', 'alignment.json'), null);
});

// Small stories written for these tests (fiction), one behaviour each.
const paraphrase = {
  a: 'The city council approved a ban on cars in the old town on Monday. The mayor welcomed the vote.\n',
  b: 'On Monday the council authorised a prohibition of vehicles in the historic old town. Shops said they feared losses.\n',
  c: 'Heavy rain flooded three streets near the harbour overnight. The fire service pumped water from cellars.\n',
};

function claimOf(docs: Doc[], source: string, words: string) {
  const doc = docs.find((d) => d.id === source)!;
  const at = doc.text.indexOf(words);
  assert.ok(at >= 0, `${words} not in ${source}`);
  return align(docs).filter((c) => c.support.some((s) => s.source === source && s.start <= at && at < s.end));
}

test('paraphrases of one fact become one claim; an unrelated report stays apart', () => {
  const docs = docsOfTexts(paraphrase);
  const claims = claimOf(docs, 'a', 'approved a ban');
  assert.equal(claims.length, 1);
  assert.deepEqual(claims[0]!.sources, ['a', 'b']);
  assert.equal(claims[0]!.status, 'corroborated');
  for (const c of align(docs)) assert.ok(!(c.sources ?? []).includes('c') || c.sources!.length === 1);
});

test('sharing a topic (a name) is not sharing a fact', () => {
  const docs = docsOfTexts({
    a: 'Rescue teams reached Valdoria on Sunday after the landslide.\n',
    b: 'Valdoria is famous for its cheese market and its Baroque church.\n',
  });
  for (const c of align(docs)) assert.equal(c.sources!.length, 1, c.text);
});

test('a statement and its negation are not one fact', () => {
  const docs = docsOfTexts({
    a: 'The minister confirmed that the tunnel will reopen in June.\n',
    b: 'The minister did not confirm that the tunnel will reopen in June.\n',
  });
  const both = align(docs).filter((c) => c.sources!.length > 1);
  assert.equal(both.length, 0, both.map((c) => c.text).join(' | '));
});

test('a long sentence is cut into clauses so one clause can be corroborated and another stay single-source', () => {
  const docs = docsOfTexts({
    a: 'The ferry company cancelled all crossings on Friday, and its chief executive resigned after a dispute over pay with the harbour pilots.\n',
    b: 'All ferry crossings were cancelled by the company on Friday. Passengers were offered refunds.\n',
  });
  const units = factUnits(docs[0]!, 0);
  assert.ok(units.length >= 2, 'the sentence of a should be cut at ", and"');
  const cancelled = claimOf(docs, 'a', 'cancelled all crossings');
  assert.ok(cancelled.some((c) => c.sources!.length === 2));
  const resigned = claimOf(docs, 'a', 'chief executive resigned');
  assert.ok(resigned.every((c) => c.status === 'single-source'), 'the resignation is only in a');
});

test('every span carries the exact text of its source and ids are deterministic', () => {
  const docs = docsOfTexts(paraphrase);
  const first = alignDetailed(docs).claims;
  const second = align(docsOfTexts(paraphrase));
  assert.deepEqual(
    first.map((c) => c.id),
    second.map((c) => c.id),
  );
  assert.equal(new Set(first.map((c) => c.id)).size, first.length, 'claim ids are unique');
  for (const c of first)
    for (const s of c.support) assert.equal(docs.find((d) => d.id === s.source)!.text.slice(s.start, s.end), s.text);
});

test('headings are never claims', () => {
  const docs = docsOfTexts({
    a: 'Bridge collapse in the harbour\n\nPart of the footbridge fell into the water on Tuesday.\n\nWhat happens next\n\nThe city will open an inquiry.\n',
    b: 'A section of the footbridge dropped into the water on Tuesday, officials said.\n',
  });
  for (const d of docs)
    for (const s of d.layers.sentences.filter((x) => x.kind === 'h'))
      for (const c of align(docs)) for (const sp of c.support) assert.ok(sp.source !== d.id || sp.end <= s.start || sp.start >= s.end, `heading in ${c.text}`);
});

test('frames: who does what to whom, read off the tags', () => {
  const doc = docOf('The army will use the new missiles against rebel fighters in the Dornfeld valley.\n', 'a');
  const unit = factUnits(doc, 0)[0]!;
  const frame = unitFeatures(doc, unit).frame;
  const strike = frame.find((p) => p.predicate === 'strike' && p.theme?.nouns.has('troop'));
  assert.ok(strike, frameText(frame));
  assert.ok(strike.place?.names.has('dornfeld'), frameText(frame));
  const passive = unitFeatures(docOf('Hundreds of fighters were deployed to the valley by the rebels.\n', 'b'), factUnits(docOf('Hundreds of fighters were deployed to the valley by the rebels.\n', 'b'), 0)[0]!).frame;
  const deploy = passive.find((p) => p.predicate === 'deploy');
  assert.ok(deploy?.theme?.nouns.has('troop') && deploy.agent?.nouns.has('rebel'), frameText(passive));
});

test('sharing who and where is not sharing what happens (troops deployed in a place vs strikes on them there)', () => {
  const docs = docsOfTexts({
    a: 'Rebel fighters were deployed in the Dornfeld valley.\n',
    b: 'The army will use its missiles against the rebel fighters in the Dornfeld valley.\n',
    c: 'Ferries were cancelled in the harbour.\n',
  });
  const deployed = claimOf(docs, 'a', 'deployed');
  assert.ok(deployed.every((cl) => cl.sources!.length === 1), deployed.map((cl) => cl.text).join(' | '));
});

test('what could happen is not what happened, though worded alike', () => {
  const docs = docsOfTexts({
    a: 'The council approved the new bridge toll for lorries on Monday.\n',
    b: 'The council could approve a new bridge toll for lorries, a councillor said.\n',
    c: 'Councillors warned that the council might approve a bridge toll for lorries.\n',
    d: 'Heavy rain flooded three streets near the harbour overnight. The fire service pumped water from cellars.\n',
  });
  const done = claimOf(docs, 'a', 'approved');
  assert.ok(done.every((cl) => cl.sources!.length === 1), done.map((cl) => cl.text).join(' | '));
  const possible = claimOf(docs, 'b', 'could approve');
  assert.ok(possible.some((cl) => cl.sources!.includes('c')), 'two reports of the same possibility are one claim');
});

test('"the country" stands for the country the report named last', () => {
  const docs = docsOfTexts({
    a: 'Storms crossed France overnight. They cut power lines across the country.\n',
  });
  const unit = factUnits(docs[0]!, 0).find((u) => docs[0]!.text.slice(u.start, u.end).includes('the country'))!;
  assert.ok(!docs[0]!.text.slice(unit.start, unit.end).includes('France'));
  assert.ok(unitFeatures(docs[0]!, unit).terms.has('france'), [...unitFeatures(docs[0]!, unit).terms.keys()].join(' '));
});

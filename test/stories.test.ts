/** Grouping into stories and copy detection, on real reports (ECB+) and on a generated stream. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED, report } from './helpers.js';
import { kindOf, phraseKey, reportFeatures, type ReportFeatures } from '../src/stories/features.js';
import { StoryIndex } from '../src/stories/index-state.js';
import { bcubed, pairwise } from '../src/stories/score.js';
import { minhash, similarity } from '../src/stories/minhash.js';
import { generateStream, rng } from '../bench/generate.js';

const ECB = join(SHARED, 'bench', 'ecb-plus-stories');

test('ECB+: reports of 66 events (two similar events per topic) arrive shuffled and are grouped into stories', () => {
  const labels = JSON.parse(readFileSync(join(ECB, 'labels.json'), 'utf8')) as Record<string, string>;
  const files = readdirSync(ECB).filter((f) => labels[f]).sort();
  assert.equal(files.length, 772);
  const r = rng(1);
  for (let i = files.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [files[i], files[j]] = [files[j]!, files[i]!];
  }
  const index = new StoryIndex();
  for (const f of files) index.assign(f, reportFeatures(null, readFileSync(join(ECB, f), 'utf8')), NaN);
  // As a batch ends (src/store/add-all.ts).
  index.settle();
  const predicted = new Map(files.map((f) => [f, index.storyOf.get(f)!]));
  const gold = new Map(files.map((f) => [f, labels[f]!]));
  const b = bcubed(predicted, gold);
  const p = pairwise(predicted, gold);
  report('ECB+ stories BCubed', b, `(${new Set(predicted.values()).size} stories, gold 66)`);
  report('ECB+ stories pairwise', p);
  // Seed 1 gives 0.955 (seeds 1–10: mean 0.959, 0.954 at least; 0.944 before a settle re-cut pairs of stories,
  // 0.940 before it moved single reports, 0.928 before settling); the goal is 0.95 (see notes/stories.md).
  assert.ok(b.f1 >= 0.95, `BCubed F1 ${b.f1.toFixed(3)} below 0.95`);
});

test('a generated time-ordered stream: stories found, two same-kind events kept apart', () => {
  const stream = generateStream(1500, 21);
  const index = new StoryIndex();
  for (const g of stream) index.assign(g.id, reportFeatures(g.title, g.text), Date.parse(g.publishedAt));
  const predicted = new Map(stream.map((g) => [g.id, index.storyOf.get(g.id)!]));
  const gold = new Map(stream.map((g) => [g.id, g.story]));
  const b = bcubed(predicted, gold);
  report('generated stream BCubed', b);
  // 0.997; without the number conflict (two quakes near one town, magnitudes 88 and 53.6) it was 0.986.
  assert.ok(b.f1 >= 0.99, `BCubed F1 ${b.f1.toFixed(3)} below 0.99`);
});

test('MinHash: a copy with a changed line is near, an independent report on the same event is not', () => {
  const base =
    'The harbour authority of Port Velin said on Tuesday that the eastern pier would stay closed for repairs until March. ' +
    'Engineers found cracks in three of the pillars during an inspection last week, a spokeswoman said. ' +
    'Ferries to the islands will use the western quay in the meantime, and timetables will change from Monday. ' +
    'The repair work is expected to cost about four million euros, paid from the port budget.';
  const nearCopy = base.replace('a spokeswoman said', 'the authority said in a statement') + ' Local traders fear fewer visitors.';
  const independent =
    'Port Velin will keep its eastern pier shut until March after an inspection found cracked pillars, officials said. ' +
    'Ferry services move to the western quay; the bill for repairs is put at four million euros.';
  assert.ok(similarity(minhash(base), minhash(nearCopy)) >= 0.5);
  assert.ok(similarity(minhash(base), minhash(independent)) < 0.2);
  assert.equal(similarity(minhash(base), minhash(base)), 1);
});

test('a title-case headline counts its words as terms, not as one long false name', () => {
  const f = reportFeatures('Harbour Pilot Arrested After Ferry Collision Near Port Velin', 'Port Velin police held the pilot on Tuesday.');
  const keys = [...f.keys.keys()];
  assert.ok(!keys.some((k) => k.startsWith('n:harbour')), keys.join(' '));
  assert.ok(f.keys.has('t:collision') && f.keys.has('t:arrest'));
  // The body still names the place.
  assert.ok(f.keys.has('n:port velin'));
  // A sentence-case headline keeps its names.
  assert.ok(reportFeatures('Harbour pilot held after collision near Port Velin', '').keys.has('n:port velin'));
});

test('a name in the lead counts more than the same kind of name in the background further down', () => {
  const background = ' The ferry line had a quieter year before.'.repeat(12);
  const f = reportFeatures(
    'Ferry pilot Brenna Tolvik held after collision near Port Velin',
    `Port Velin police held the pilot on Tuesday.${background} A month earlier another pilot, Osric Mahler, ran aground off the same pier.`,
  );
  assert.ok(f.keys.get('n:tolvik')! > f.keys.get('n:mahler')!, [...f.keys].join(' '));
  // Mentioned once each, but the lead's name is what tells this event from the earlier one.
  assert.ok(f.keys.get('n:brenna tolvik')! > f.keys.get('n:osric mahler')!);
});

test('a story of one report takes a second only at the young-story similarity, not at the join threshold', () => {
  const features = (keys: string[]): ReportFeatures => ({ keys: new Map(keys.map((k) => [k, 1])), words: 300 });
  const own = (tag: string, n: number): string[] => Array.from({ length: n }, (_, i) => `t:${tag}${i}`);
  // Two of ten keys shared: the second report is about as near the first as the other quake on the same island.
  const first = features(['t:quake', 't:island', ...own('a', 8)]);
  const second = features(['t:quake', 't:island', ...own('b', 8)]);
  const fresh = new StoryIndex();
  fresh.assign('first', first, NaN);
  const score = fresh.similarity(fresh.memberOf(second), fresh.stories.get(fresh.storyOf.get('first')!)!);
  assert.ok(score >= fresh.options.join && score < fresh.options.youngJoin, `similarity ${score.toFixed(3)}`);
  const a = fresh.assign('second', second, NaN);
  assert.ok(a.created && fresh.storyOf.get('second') !== fresh.storyOf.get('first'));
  // Without the young-story threshold the same report joins the one-report story.
  const old = new StoryIndex({ youngJoin: 0 });
  old.assign('first', first, NaN);
  assert.equal(old.assign('second', second, NaN).story, old.storyOf.get('first'));
});

test('settling merges the fragments of one event and splits two alike events that were mixed', () => {
  const features = (keys: string[]): ReportFeatures => ({ keys: new Map(keys.map((k) => [k, 1])), words: 300 });
  let unique = 0;
  const report = (event: string[]): ReportFeatures => features(['t:quake', 't:island', ...event, ...Array.from({ length: 6 }, () => `t:own${unique++}`)]);
  const alpha = ['n:alpha', '#:5.6'];
  const beta = ['n:beta', 'd:2005'];
  // Settling only when asked, so that the test decides what the stories hold before it.
  const index = new StoryIndex({ settleEvery: Infinity });
  const story = (id: string): string => index.assign(id, features([`t:seed${id}`]), NaN).story;
  const [one, two, mixed] = [story('x1'), story('x2'), story('x3')];
  for (let i = 0; i < 3; i++) index.attach(`a${i}`, report(alpha), NaN, one);
  for (let i = 3; i < 6; i++) index.attach(`a${i}`, report(alpha), NaN, two);
  for (let i = 0; i < 6; i++) {
    index.attach(`p${i}`, report(['n:pi', '#:7.1']), NaN, mixed);
    index.attach(`q${i}`, report(beta), NaN, mixed);
  }
  const { merged, moved } = index.settle();
  // The two halves of event alpha are one story now; the mixed story is two, each of one event.
  assert.equal(index.storyOf.get('a0'), index.storyOf.get('a5'));
  assert.ok(merged.length >= 1);
  const ps = new Set(Array.from({ length: 6 }, (_, i) => index.storyOf.get(`p${i}`)));
  const qs = new Set(Array.from({ length: 6 }, (_, i) => index.storyOf.get(`q${i}`)));
  assert.equal(ps.size, 1);
  assert.equal(qs.size, 1);
  assert.notEqual([...ps][0], [...qs][0]);
  assert.equal(moved.length, 6);
  // Nothing changed since: a second settle does nothing.
  assert.deepEqual(index.settle(), { moved: [], merged: [] });
});

test('two adjacent content words make a phrase key; a stop word, a name or a number between them does not', () => {
  const f = reportFeatures(null, 'Divers found the cable cut near the harbour. The cable was repaired by Velin Telecom crews on 3 pier sections.');
  // In the lead, so counted three times, as its words are.
  assert.equal(f.keys.get(phraseKey('cable', 'cut')), 3);
  assert.ok(f.keys.has('t:cable') && f.keys.has('t:cut'));
  const phrases = [...f.keys.keys()].filter((k) => kindOf(k) === 'phrase').sort();
  // "cable was repaired": a stop word between; "Telecom crews": a name before; "3 pier": a number before.
  assert.deepEqual(phrases, [phraseKey('cable', 'cut'), phraseKey('pier', 'section')].sort());
  // A phrase key is a bucket: short, the same for the same words, another for the words swapped.
  assert.match(phraseKey('cable', 'cut'), /^p:[0-9a-z]{1,4}$/);
  assert.notEqual(phraseKey('cable', 'cut'), phraseKey('cut', 'cable'));
});

test('settling moves a report that a story of the other event kept to the story of its own event', () => {
  const features = (keys: string[]): ReportFeatures => ({ keys: new Map(keys.map((k) => [k, 1])), words: 300 });
  let unique = 0;
  const report = (event: string[]): ReportFeatures => features(['t:quake', 't:island', ...event, ...Array.from({ length: 4 }, () => `t:own${unique++}`)]);
  const alpha = ['n:alpha', 'n:harbour', '#:5.6', 't:tremor'];
  const beta = ['n:beta', 'n:ridge', '#:6.1', 't:aftershock'];
  const index = new StoryIndex({ settleEvery: Infinity });
  const story = (id: string): string => index.assign(id, features([`t:seed${id}`]), NaN).story;
  const [a, b] = [story('x1'), story('x2')];
  for (let i = 0; i < 6; i++) index.attach(`a${i}`, report(alpha), NaN, a);
  for (let i = 0; i < 6; i++) index.attach(`b${i}`, report(beta), NaN, b);
  // A beta report in the alpha story: one report is too few for a split, and the stories are too unlike to merge.
  index.attach('stray', report(beta), NaN, a);
  const { moved } = index.settle();
  assert.equal(index.storyOf.get('stray'), index.storyOf.get('b0'));
  assert.ok(moved.some((m) => m.report === 'stray' && m.from === a));
  assert.notEqual(index.storyOf.get('a0'), index.storyOf.get('b0'));
  // Every alpha report stays with alpha.
  assert.equal(new Set(Array.from({ length: 6 }, (_, i) => index.storyOf.get(`a${i}`))).size, 1);
  // Where no move may reach another story (the report's own weight in the alpha story holds it there), or where
  // a person put the report there by hand (pinned), it stays.
  for (const [options, pinned] of [[{ moveFloor: Infinity }, false], [{}, true]] as const) {
    const still = new StoryIndex({ settleEvery: Infinity, ...options });
    const [a2, b2] = [still.assign('x1', features(['t:seedx1']), NaN).story, still.assign('x2', features(['t:seedx2']), NaN).story];
    unique = 0;
    for (let i = 0; i < 6; i++) still.attach(`a${i}`, report(alpha), NaN, a2);
    for (let i = 0; i < 6; i++) still.attach(`b${i}`, report(beta), NaN, b2);
    still.attach('stray', report(beta), NaN, a2);
    if (pinned) still.pinned.add('stray');
    still.settle();
    assert.equal(still.storyOf.get('stray'), still.storyOf.get('a0'));
  }
});

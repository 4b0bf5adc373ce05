/**
 * The summary on small stories written for these tests (fiction): ordering by how widely a fact is reported,
 * verbatim sentences of cited sources, no headings or bullets, no pronoun-initial sentence when a
 * self-contained wording exists, no repeats, and the `max` bound.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docsOfTexts } from './helpers.js';
import { align } from '../src/align/index.js';
import { summarize } from '../src/brief/summary.js';

const story = {
  a:
    'The Lindqvist dam on the river Arvel burst on Saturday night, flooding the village of Maren.\n\n' +
    'Some 300 residents were evacuated to a school in the neighbouring town.\n\n' +
    'He said the water level would fall by Monday.\n\n' +
    'The regional governor, Petra Holm, blamed years of neglect by the dam operator.\n',
  b:
    'Flood after dam failure\n\n' +
    'The Lindqvist dam on the Arvel river gave way late on Saturday, and floodwater swept into Maren.\n\n' +
    'About 300 people were evacuated to a school in a nearby town.\n\n' +
    '- Roads: closed\n\n' +
    'Engineers expect the water level to fall by Monday, the operator said.\n',
  c:
    'Floodwater poured into the village of Maren on Saturday night after the Lindqvist dam on the river Arvel burst.\n\n' +
    'A spokesman for the operator declined to comment on the cause.\n',
};

test('facts reported most widely come first, each as a verbatim sentence of a source it cites', () => {
  const docs = docsOfTexts(story);
  const summary = summarize(docs, align(docs));
  assert.ok(summary.length >= 2);
  assert.deepEqual([...summary[0]!.sources].sort(), ['a', 'b', 'c'], summary[0]!.text);
  for (let i = 1; i < summary.length; i++) assert.ok(summary[i - 1]!.sources.length >= summary[i]!.sources.length);
  for (const s of summary) {
    const kinds = docs
      .filter((d) => s.sources.includes(d.id))
      .flatMap((d) => d.layers.sentences.filter((x) => d.text.slice(x.start, x.end) === s.text).map((x) => x.kind));
    assert.ok(kinds.length > 0, `not a sentence of a cited source: ${s.text}`);
    assert.ok(kinds.every((k) => k === 'p' || k === 'quote'), `heading or bullet: ${s.text}`);
  }
});

test('a pronoun-initial sentence is passed over for a self-contained wording of the same fact', () => {
  const docs = docsOfTexts(story);
  const summary = summarize(docs, align(docs));
  for (const s of summary) assert.ok(!/^(He|She|They|It|This|These)\b/.test(s.text), s.text);
  assert.ok(summary.some((s) => /water level/.test(s.text)), 'the water-level fact is in the summary, in its self-contained wording');
});

test('no two summary sentences state the same fact, and max bounds the length', () => {
  const docs = docsOfTexts(story);
  const claims = align(docs);
  const summary = summarize(docs, claims);
  assert.equal(new Set(summary.map((s) => s.text)).size, summary.length);
  assert.equal(new Set(summary.map((s) => s.claim)).size, summary.length);
  const evacuated = summary.filter((s) => /evacuated/.test(s.text));
  assert.ok(evacuated.length <= 1, 'the evacuation is told once');
  assert.equal(summarize(docs, claims, 1).length, 1);
  assert.equal(summarize(docs, claims, 0).length, 0);
});

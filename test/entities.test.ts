/**
 * Entities: per-report mentions (span + type) and cross-report merging, measured against gold written by hand
 * for the real corpus (../shared), the fictional example story, and hard-case sentences (gold/cases). Gold
 * locates a mention as [surface, n]: the n-th whole-word occurrence of the surface in the report's text, so no
 * corpus sentence is copied into the repository.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Doc, EntityType, RawInput } from '../src/doc/types.js';
import { extract } from '../src/extract/index.js';
import { sentenceLayer } from '../src/annotate/sentences.js';
import { tokenLayer } from '../src/annotate/tokens.js';
import { entitiesLayer } from '../src/annotate/entities/index.js';
import { abbreviates, nameKey } from '../src/annotate/entities/names.js';
import { mergeEntities } from '../src/align/entities.js';
import { renderMarkdown } from '../src/render/markdown.js';
import type { Brief, BriefEntity } from '../src/brief/types.js';
import { ATACMS, EXAMPLE, ROOT, SHARED, corpusFiles, prf, readJson, report } from './helpers.js';

type GoldMention = [string, number, EntityType, string];
type GoldDescription = [string, number, string];
interface StoryGold {
  docs: Record<string, GoldMention[]>;
  descriptions?: Record<string, GoldDescription[]>;
}
interface CaseGold {
  cases: { reports: string[]; mentions: [number, ...GoldMention][]; descriptions?: [number, ...GoldDescription][] }[];
}

/** The layers the entities layer reads (sentences, tokens), then the layer itself — as annotate() runs them. */
function docOf(id: string, raw: RawInput): Doc {
  const article = extract(raw);
  const sentences = sentenceLayer(article.text, article.paragraphs);
  const doc: Doc = {
    id,
    article,
    text: article.text,
    layers: { paragraphs: article.paragraphs, sentences, tokens: tokenLayer(article.text, sentences), entities: [], quotes: [], quantities: [], dates: [], attributions: [] },
  };
  doc.layers.entities = entitiesLayer(doc, {});
  return doc;
}

const raw = (input: string, body: Uint8Array): RawInput => ({ input, url: null, body, contentType: 'text/plain', publishedAt: null });

function loadStory(dir: string, idOf: (file: string) => string): Doc[] {
  return corpusFiles(dir).map((f) => docOf(idOf(basename(f)), raw(f, readFileSync(f))));
}

/** Start of the n-th whole-word occurrence of `surface` in `text`, or -1. */
function locate(text: string, surface: string, n: number): number {
  const esc = surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let i = 0;
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\d])${esc}(?![\\p{L}\\d])`, 'gu'))) if (++i === n) return m.index!;
  return -1;
}

interface Score {
  tp: number;
  predicted: number;
  gold: number;
  typeless: number;
  pairs: { tp: number; predicted: number; gold: number };
  desc: { tp: number; predicted: number; gold: number };
  misses: string[];
}

const empty = (): Score => ({ tp: 0, predicted: 0, gold: 0, typeless: 0, pairs: { tp: 0, predicted: 0, gold: 0 }, desc: { tp: 0, predicted: 0, gold: 0 }, misses: [] });

/** Scores one story (docs + gold keyed by doc id) into `s`. */
function score(s: Score, docs: Doc[], gold: Map<string, GoldMention[]>, descs: Map<string, GoldDescription[]>, entities: BriefEntity[]): void {
  const clusterOf = new Map<string, string>();
  for (const e of entities) for (const m of e.mentions) clusterOf.set(`${m.source}:${m.start}:${m.end}`, e.id);
  const matched: { gold: string; pred: string }[] = [];
  for (const d of docs) {
    const named = d.layers.entities.filter((m) => !m.generic);
    const g = gold.get(d.id) ?? [];
    s.predicted += named.length;
    s.gold += g.length;
    for (const [surface, n, type, entity] of g) {
      const start = locate(d.text, surface, n);
      const end = start + surface.length;
      const hit = named.find((m) => m.start === start && m.end === end);
      if (hit && hit.type === type) s.tp++;
      else s.misses.push(`${d.id} ${surface}#${n} ${type}${hit ? ' typed ' + hit.type : start < 0 ? ' (anchor not found)' : ' missed'}`);
      if (hit) {
        s.typeless++;
        matched.push({ gold: entity, pred: clusterOf.get(`${d.id}:${hit.start}:${hit.end}`) ?? `single:${d.id}:${start}` });
      }
    }
    for (const m of named) {
      if (!g.some(([surface, n]) => locate(d.text, surface, n) === m.start && m.end === m.start + surface.length)) s.misses.push(`${d.id} extra ${m.text} ${m.type}`);
    }
    const gd = descs.get(d.id) ?? [];
    const pd = d.layers.entities.filter((m) => m.generic && named.some((n) => n.canonical === m.canonical));
    s.desc.predicted += pd.length;
    s.desc.gold += gd.length;
    for (const [surface, n, canonical] of gd) {
      const start = locate(d.text, surface, n);
      if (pd.some((m) => m.start === start && m.canonical === canonical)) s.desc.tp++;
      else s.misses.push(`${d.id} description ${surface}#${n} → ${canonical} not resolved`);
    }
  }
  for (let i = 0; i < matched.length; i++) {
    for (let j = i + 1; j < matched.length; j++) {
      const sameGold = matched[i]!.gold === matched[j]!.gold;
      const samePred = matched[i]!.pred === matched[j]!.pred;
      if (sameGold) s.pairs.gold++;
      if (samePred) s.pairs.predicted++;
      if (sameGold && samePred) s.pairs.tp++;
    }
  }
}

function printAndCheck(label: string, s: Score): void {
  const mentions = prf(s.tp, s.predicted, s.gold);
  const spans = prf(s.typeless, s.predicted, s.gold);
  const merging = prf(s.pairs.tp, s.pairs.predicted, s.pairs.gold);
  report(`entities ${label} mentions (span+type)`, mentions, `(${s.tp}/${s.predicted} predicted, ${s.gold} gold)`);
  report(`entities ${label} mentions (span only)`, spans);
  report(`entities ${label} merging (pairwise)`, merging, `(${s.pairs.gold} gold pairs)`);
  if (s.desc.gold) report(`entities ${label} descriptions → named entity`, prf(s.desc.tp, s.desc.predicted, s.desc.gold));
  if (s.misses.length) console.log(`${label} errors: ${s.misses.slice(0, 25).join('; ')}`);
  assert.ok(mentions.f1 >= 0.85, `${label}: mention F1 ${mentions.f1.toFixed(3)} < 0.85`);
  assert.ok(merging.f1 >= 0.85, `${label}: merging F1 ${merging.f1.toFixed(3)} < 0.85`);
  if (s.desc.gold) assert.ok(prf(s.desc.tp, s.desc.predicted, s.desc.gold).f1 >= 0.85, `${label}: description F1 < 0.85`);
}

function storyScore(docs: Doc[], gold: StoryGold): Score {
  const s = empty();
  score(s, docs, new Map(Object.entries(gold.docs)), new Map(Object.entries(gold.descriptions ?? {})), mergeEntities(docs));
  return s;
}

const atacmsDocs = (): Doc[] => loadStory(ATACMS, (f) => f.slice(0, 3));

test('entities on the real corpus: mentions and merging against gold', () => {
  printAndCheck('atacms', storyScore(atacmsDocs(), readJson<StoryGold>(join(ROOT, 'gold', 'atacms', 'entities.json'))));
});

test('entities on the real corpus: the acceptance entities merge, and never with each other', () => {
  const entities = mergeEntities(atacmsDocs());
  const find = (alias: string): BriefEntity[] => entities.filter((e) => e.aliases.some((a) => nameKey(a) === nameKey(alias)));
  const expect: [string, string[]][] = [
    ['Joe Biden', ['Mr Biden', 'President Joe Biden', 'President Biden', 'Biden']],
    ['Vladimir Putin', ['Putin', 'President Putin']],
    ['Donald Trump', ['Trump', 'President-elect Donald Trump']],
    ['Volodymyr Zelensky', ['President Volodymyr Zelensky']],
    ['Paul Van Hooft', ['Dr Van Hooft', 'Mr Van Hooft']],
    ['Keir Starmer', ['Prime Minister Sir Keir Starmer']],
    ['The New York Times', ['The Times', 'the Times']],
    ['ATACMS', ['Army Tactical Missile Systems']],
    ['Kyiv', ['Kiev']],
    ['Kursk', ['Kursk Oblast', 'Kursk region']],
  ];
  const ids = new Set<string>();
  for (const [name, aliases] of expect) {
    const found = new Set([name, ...aliases].flatMap((a) => find(a).map((e) => e.id)));
    assert.equal(found.size, 1, `${name} and its aliases should be one entity, found ${[...found].join(', ')}`);
    const id = [...found][0]!;
    assert.ok(!ids.has(id), `${name} merged with another acceptance entity`);
    ids.add(id);
  }
  // Mentions carry their exact text; every mention of an entity is listed once.
  for (const e of entities) {
    const keys = e.mentions.map((m) => `${m.source}:${m.start}`);
    assert.equal(new Set(keys).size, keys.length, `${e.name} lists a mention twice`);
  }
});

test('entities on the example story: mentions and merging against gold', () => {
  printAndCheck('example', storyScore(loadStory(EXAMPLE, (f) => f.slice(0, 2)), readJson<StoryGold>(join(ROOT, 'gold', 'example', 'entities.json'))));
});

test('entities on held-out real text (ECB+ topics 4 and 12): mentions and merging against gold', () => {
  const dir = join(SHARED, 'bench', 'ecb-plus-stories');
  const gold = readJson<StoryGold>(join(ROOT, 'gold', 'ecb', 'entities.json'));
  const s = empty();
  // Each ECB+ topic is its own story: merging is scored inside a topic.
  for (const topic of [...new Set(Object.keys(gold.docs).map((id) => id.split('_')[0]!))]) {
    const docs = Object.keys(gold.docs)
      .filter((id) => id.split('_')[0] === topic)
      .map((id) => docOf(id, raw(join(dir, `${id}.txt`), readFileSync(join(dir, `${id}.txt`)))));
    score(s, docs, new Map(Object.entries(gold.docs)), new Map(), mergeEntities(docs));
  }
  printAndCheck('ecb-heldout', s);
});

test('entities on hard cases: titles, surnames, acronyms, short forms, variants, demonyms, shared surnames', () => {
  const gold = readJson<CaseGold>(join(ROOT, 'gold', 'cases', 'entities.json'));
  assert.ok(gold.cases.reduce((n, c) => n + c.reports.join(' ').split(/(?<=[.!?”"])\s+/).length, 0) >= 30, 'at least 30 hard-case sentences');
  const s = empty();
  gold.cases.forEach((c, ci) => {
    const docs = c.reports.map((text, ri) => docOf(`c${ci}r${ri}`, raw(`case-${ci}-${ri}.txt`, new TextEncoder().encode(text))));
    const g = new Map<string, GoldMention[]>();
    for (const [r, ...m] of c.mentions) g.set(`c${ci}r${r}`, [...(g.get(`c${ci}r${r}`) ?? []), m as GoldMention]);
    const gd = new Map<string, GoldDescription[]>();
    for (const [r, ...m] of c.descriptions ?? []) gd.set(`c${ci}r${r}`, [...(gd.get(`c${ci}r${r}`) ?? []), m as GoldDescription]);
    score(s, docs, g, gd, mergeEntities(docs));
  });
  printAndCheck('cases', s);
});

test('acronym matching and name keys', () => {
  assert.ok(abbreviates('ATACMS', ['Army', 'Tactical', 'Missile', 'Systems']));
  assert.ok(abbreviates('HTA', ['Harbour', 'Transit', 'Authority']));
  assert.ok(abbreviates('NATO', ['North', 'Atlantic', 'Treaty', 'Organization']));
  assert.ok(!abbreviates('HTA', ['Harbour', 'Authority']));
  assert.ok(!abbreviates('ICC', ['International', 'Atomic', 'Agency']));
  assert.equal(nameKey('Zelenskyy’s'), 'zelenskyy');
  assert.equal(nameKey('U.S.'), nameKey('US'));
  assert.equal(nameKey('Erdoğan'), 'erdogan');
});

test('the entities section renders names, types, aliases and report counts, escaped', () => {
  const entities = mergeEntities(atacmsDocs());
  const brief: Brief = { version: 1, sources: [], claims: [], summary: [], entities };
  const md = renderMarkdown(brief);
  assert.match(md, /## Entities/);
  assert.match(md, /Joe Biden .*person.* — also .*Mr Biden.* · 5 reports/);
});

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { reportFeatures, kindOf } from '../src/stories/features.js';
import { StoryIndex } from '../src/stories/index-state.js';
const dir = '/work/shared/bench/ecb-plus-stories';
const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, string>;
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const opts = JSON.parse(process.argv[2] ?? '{}');
const idx = new StoryIndex(opts);
const feats = new Map(files.map((f) => [f, reportFeatures(null, readFileSync(join(dir, f), 'utf8'))]));
for (const f of feats.values()) idx.df.add(f.keys.keys());
const kinds = (process.env.KINDS ?? 'name,term,number,date').split(',');
const vec = (f: string) => { const v = idx.vector(feats.get(f)!); for (const k of [...v.keys()]) if (!kinds.includes(kindOf(k))) v.delete(k); return v; };
let ok = 0, sameTopic = 0, other = 0;
for (const f of files) {
  const v = vec(f);
  const cents = new Map<string, Map<string, number>>();
  for (const g of files) { if (g === f) continue; const l = labels[g]!; const c = cents.get(l) ?? cents.set(l, new Map()).get(l)!; for (const [k, w] of vec(g)) c.set(k, (c.get(k) ?? 0) + w); }
  let best = '', bs = -1;
  for (const [l, c] of cents) { const s = StoryIndex.cosine(v, c); if (s > bs) { bs = s; best = l; } }
  if (best === labels[f]) ok++; else if (best.split('_')[0] === labels[f]!.split('_')[0]) sameTopic++; else other++;
}
console.log({ ok, sameTopic, other });

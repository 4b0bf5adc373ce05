import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { reportFeatures, kindOf } from '../src/stories/features.js';
import { StoryIndex } from '../src/stories/index-state.js';
const dir = '/work/shared/bench/ecb-plus-stories';
const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, string>;
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const idx = new StoryIndex(JSON.parse(process.argv[2] ?? '{}'));
const feats = new Map(files.map((f) => [f, reportFeatures(null, readFileSync(join(dir, f), 'utf8'))]));
for (const f of feats.values()) idx.df.add(f.keys.keys());
const sub = (v: Map<string, number>, ks: string[]) => new Map([...v].filter(([k]) => ks.includes(kindOf(k))));
const vecs = new Map(files.map((f) => [f, idx.vector(feats.get(f)!)]));
const same: number[][] = [], sister: number[][] = [], far: number[][] = [];
for (let i = 0; i < files.length; i++) for (let j = i + 1; j < files.length; j++) {
  const a = files[i]!, b = files[j]!; const la = labels[a]!, lb = labels[b]!;
  const bucket = la === lb ? same : la.split('_')[0] === lb.split('_')[0] ? sister : far;
  if (bucket === far && (i * 7 + j) % 50 !== 0) continue;
  const va = vecs.get(a)!, vb = vecs.get(b)!;
  bucket.push([StoryIndex.cosine(va, vb), StoryIndex.cosine(sub(va, ['name']), sub(vb, ['name'])), StoryIndex.cosine(sub(va, ['term']), sub(vb, ['term'])), StoryIndex.cosine(sub(va, ['number', 'date']), sub(vb, ['number', 'date']))]);
}
const pct = (xs: number[], p: number) => { const s = [...xs].sort((x, y) => x - y); return s[Math.floor(p * (s.length - 1))]!.toFixed(3); };
for (const [name, b] of [['same', same], ['sister', sister], ['far', far]] as const) {
  for (let c = 0; c < 4; c++) console.log(name, ['all', 'name', 'term', 'num'][c], [0.1, 0.25, 0.5, 0.75, 0.9].map((p) => pct(b.map((x) => x[c]!), p)).join(' '));
}

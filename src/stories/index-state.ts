/**
 * Online grouping of reports into stories. Each arriving report is compared with a handful of candidate stories
 * found through an inverted index on its most distinctive keys (names, numbers, dates, rare terms), never with
 * every stored story, so the cost of one assignment stays flat as the store grows. The report joins the best
 * candidate when their weighted cosine similarity passes a threshold, or starts a story; after joining, a story
 * that has become as close to another candidate as a member would be is merged into it.
 *
 * Weights: a key's weight is (1 + log tf) × idf × a boost per kind. Names, numbers and dates weigh more than
 * ordinary terms because they tell two events of the same kind apart (two earthquakes share "quake",
 * "magnitude" and "killed" but not the place, the magnitude or the day).
 */
import { kindOf, type FeatureKind, type ReportFeatures } from './features.js';

export interface GroupingOptions {
  /** Minimum similarity for a report to join a story. */
  join: number;
  /** Minimum similarity between two stories' profiles to merge them. */
  merge: number;
  /** Multiplier of each kind of key. */
  boost: Record<FeatureKind, number>;
  /** Keys of a report used to look up candidates (its most distinctive ones). */
  probeKeys: number;
  /** Keys of a story entered in the index. */
  indexKeys: number;
  /** Keys kept in a story's profile. */
  profileKeys: number;
  /** Candidate stories scored per report. */
  candidates: number;
  /** Stories whose last report is older than this (ms, in report time) leave the index. */
  window: number;
  /** Stories kept in memory at most; the least recently active leave first. */
  maxActive: number;
}

export const DEFAULT_GROUPING: GroupingOptions = {
  join: 0.3,
  merge: 0.5,
  boost: { name: 2.5, number: 1.5, date: 1.5, term: 1 },
  probeKeys: 24,
  indexKeys: 40,
  profileKeys: 300,
  candidates: 24,
  window: 14 * 24 * 3600 * 1000,
  maxActive: 20000,
};

/** A story as the index keeps it: summed key counts of its members, pruned to the strongest keys. */
export interface StoryProfile {
  id: string;
  /** key → summed (1 + log tf) over members. */
  keys: Map<string, number>;
  size: number;
  /** Report times (ms since epoch) of its first and last member. */
  first: number;
  last: number;
}

export interface Assignment {
  story: string;
  created: boolean;
  /** Stories merged into `story` because of this report. */
  merged: string[];
  /** Similarity with the story joined (0 when created). */
  score: number;
}

/** The corpus statistics idf needs: in how many reports each key occurs. */
export class DocumentFrequencies {
  readonly counts = new Map<string, number>();
  total = 0;
  add(keys: Iterable<string>): void {
    this.total++;
    for (const k of keys) this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
  }
  idf(key: string): number {
    return Math.log((this.total + 1) / ((this.counts.get(key) ?? 0) + 0.5));
  }
}

function tfWeight(count: number): number {
  return 1 + Math.log(count);
}

export class StoryIndex {
  readonly options: GroupingOptions;
  readonly df: DocumentFrequencies;
  readonly stories = new Map<string, StoryProfile>();
  private readonly postings = new Map<string, Set<string>>();
  private readonly indexed = new Map<string, string[]>();
  private now = -Infinity;
  private nextId: () => string;

  constructor(options: Partial<GroupingOptions> = {}, nextId?: () => string, df = new DocumentFrequencies()) {
    this.options = { ...DEFAULT_GROUPING, ...options, boost: { ...DEFAULT_GROUPING.boost, ...options.boost } };
    this.df = df;
    let n = 0;
    this.nextId = nextId ?? (() => `s${++n}`);
  }

  private weight(key: string, tf: number): number {
    return tfWeight(tf) * this.df.idf(key) * this.options.boost[kindOf(key)];
  }

  /** A report's weighted vector. */
  vector(features: ReportFeatures): Map<string, number> {
    const v = new Map<string, number>();
    for (const [k, tf] of features.keys) v.set(k, this.weight(k, tf));
    return v;
  }

  /** A story's weighted vector: mean member counts × idf × boost. */
  profileVector(p: StoryProfile): Map<string, number> {
    const v = new Map<string, number>();
    for (const [k, c] of p.keys) v.set(k, (c / p.size) * this.df.idf(k) * this.options.boost[kindOf(k)]);
    return v;
  }

  /** Cosine similarity of two sparse vectors. */
  static cosine(a: Map<string, number>, b: Map<string, number>): number {
    let dot = 0;
    let na = 0;
    let nb = 0;
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    for (const [k, w] of small) {
      const o = large.get(k);
      if (o !== undefined) dot += w * o;
    }
    for (const w of a.values()) na += w * w;
    for (const w of b.values()) nb += w * w;
    return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  private strongest(v: Map<string, number>, n: number): string[] {
    return [...v.entries()]
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, n)
      .map((e) => e[0]);
  }

  /** Candidate stories: those sharing the most of the report's distinctive keys, within the time window. */
  candidates(v: Map<string, number>, time: number): string[] {
    const hits = new Map<string, number>();
    for (const k of this.strongest(v, this.options.probeKeys)) {
      const set = this.postings.get(k);
      if (!set) continue;
      const w = v.get(k)!;
      for (const id of set) hits.set(id, (hits.get(id) ?? 0) + w);
    }
    return [...hits.entries()]
      .filter(([id]) => {
        const s = this.stories.get(id);
        return s !== undefined && (!Number.isFinite(time) || Math.abs(time - s.last) <= this.options.window || (time >= s.first && time <= s.last));
      })
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, this.options.candidates)
      .map((e) => e[0]);
  }

  private reindex(p: StoryProfile): void {
    for (const k of this.indexed.get(p.id) ?? []) this.postings.get(k)?.delete(p.id);
    const keys = this.strongest(this.profileVector(p), this.options.indexKeys);
    for (const k of keys) {
      let set = this.postings.get(k);
      if (!set) this.postings.set(k, (set = new Set()));
      set.add(p.id);
    }
    this.indexed.set(p.id, keys);
  }

  private prune(p: StoryProfile): void {
    if (p.keys.size <= this.options.profileKeys * 1.5) return;
    const kept = [...p.keys.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, this.options.profileKeys);
    p.keys = new Map(kept);
  }

  /** Puts a story (loaded from a store, or built here) into the index. */
  put(p: StoryProfile): void {
    this.stories.set(p.id, p);
    this.reindex(p);
  }

  /** Takes a story out of memory and out of the index (it stays in the store). */
  drop(id: string): void {
    for (const k of this.indexed.get(id) ?? []) {
      const set = this.postings.get(k);
      set?.delete(id);
      if (set && set.size === 0) this.postings.delete(k);
    }
    this.indexed.delete(id);
    this.stories.delete(id);
  }

  /** Stories that went quiet leave memory so it stays bounded however long the stream runs. */
  private evict(): void {
    const { window, maxActive } = this.options;
    if (this.stories.size <= maxActive && !Number.isFinite(this.now)) return;
    const old: StoryProfile[] = [];
    for (const s of this.stories.values()) if (Number.isFinite(this.now) && this.now - s.last > window * 2) old.push(s);
    for (const s of old) this.drop(s.id);
    if (this.stories.size > maxActive) {
      const byAge = [...this.stories.values()].sort((a, b) => a.last - b.last || (a.id < b.id ? -1 : 1));
      for (const s of byAge.slice(0, this.stories.size - maxActive)) this.drop(s.id);
    }
  }

  private absorb(p: StoryProfile, features: ReportFeatures, time: number): void {
    for (const [k, tf] of features.keys) p.keys.set(k, (p.keys.get(k) ?? 0) + tfWeight(tf));
    p.size++;
    if (Number.isFinite(time)) {
      p.first = Math.min(p.first, time);
      p.last = Math.max(p.last, time);
    }
    this.prune(p);
  }

  /** Folds story `from` into story `into`. */
  mergeInto(into: StoryProfile, from: StoryProfile): void {
    for (const [k, c] of from.keys) into.keys.set(k, (into.keys.get(k) ?? 0) + c);
    into.size += from.size;
    into.first = Math.min(into.first, from.first);
    into.last = Math.max(into.last, from.last);
    this.prune(into);
    this.drop(from.id);
    this.reindex(into);
  }

  /** Assigns one report (its features and its time, ms since epoch or NaN when unknown) to a story. */
  assign(features: ReportFeatures, time: number): Assignment {
    this.df.add(features.keys.keys());
    if (Number.isFinite(time) && time > this.now) this.now = time;
    const v = this.vector(features);
    const candidates = this.candidates(v, time);
    let best: StoryProfile | null = null;
    let bestScore = 0;
    for (const id of candidates) {
      const s = this.stories.get(id)!;
      const score = StoryIndex.cosine(v, this.profileVector(s));
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    const t = Number.isFinite(time) ? time : this.now;
    if (!best || bestScore < this.options.join) {
      const p: StoryProfile = { id: this.nextId(), keys: new Map(), size: 0, first: t, last: t };
      this.absorb(p, features, time);
      this.put(p);
      this.evict();
      return { story: p.id, created: true, merged: [], score: 0 };
    }
    this.absorb(best, features, time);
    const merged: string[] = [];
    const bv = this.profileVector(best);
    for (const id of candidates) {
      const other = this.stories.get(id);
      if (!other || other === best) continue;
      if (StoryIndex.cosine(bv, this.profileVector(other)) >= this.options.merge) {
        this.mergeInto(best, other);
        merged.push(other.id);
      }
    }
    this.reindex(best);
    this.evict();
    return { story: best.id, created: false, merged, score: bestScore };
  }
}

/**
 * The web app's Library over the embedded store: stories as the store groups them, briefs as `corroborate brief`
 * builds them for a stored story, and additions through the same path as `corroborate ingest` (readArticles →
 * Store.add, one transaction per report). Nothing is written to disk but the store file itself: pasted
 * texts and dropped files arrive as strings and go straight into the store.
 */
import type { Brief } from '../brief/types.js';
import type { Article, RawInput } from '../doc/types.js';
import { extractSettled, readArticles } from '../extract/read.js';
import { mediaTypeOfPath, type IngestOptions } from '../ingest/index.js';
import type { Store } from '../store/store.js';
import { storyBriefAsync } from '../stories/brief.js';
import { briefInWorker } from './brief-thread.js';
import { InputError, UsageError } from '../util/errors.js';
import { contentHash } from '../store/ids.js';
import { sinceOrFail } from '../store/since.js';
import type { AddRequest, AddResult, Library, StorySummary } from './library.js';

export interface StoreLibraryOptions {
  /** Publication date of reports that carry none, and the reference for relative dates (YYYY-MM-DD). */
  date?: string | null;
  /** How URLs and feeds are fetched (timeouts, sizes, private addresses), as for `ingest`. */
  ingest?: IngestOptions;
  /** Build briefs on a worker thread (default), or on the server's thread between its other work (false). */
  worker?: boolean;
}

/**
 * A brief is rebuilt only when its story changed (a report added, moved away or updated): annotating a big story
 * takes seconds, and a report added to another story must not cost that.
 */
interface CachedBrief {
  signature: string;
  brief: Brief;
}

const CACHED_BRIEFS = 8;

/**
 * A pasted text is named by its content (the same paste twice is one report, two different pastes are two);
 * a dropped file by its name, so dropping an edited file again stores a new version of that report, as
 * `ingest` does for a path.
 */
function rawOfText(t: { name: string; text: string; pasted: boolean }, date: string | null): RawInput {
  return {
    input: t.pasted ? `pasted-${contentHash(t.text).slice(0, 10)}` : t.name,
    url: null,
    body: new TextEncoder().encode(t.text),
    contentType: t.pasted ? null : mediaTypeOfPath(t.name),
    publishedAt: date,
  };
}

export class StoreLibrary implements Library {
  private readonly briefs = new Map<string, CachedBrief>();
  /** Briefs being built (on a worker, or giving the event loop turns), so other requests are served meanwhile. */
  private readonly building = new Map<string, { signature: string; brief: Promise<Brief | null> }>();
  /** How many briefs this library has started to build (for tests: concurrent requests share one build). */
  builds = 0;

  constructor(
    readonly store: Store,
    private readonly options: StoreLibraryOptions = {},
  ) {}

  async stories(query: { q?: string; since?: string } = {}): Promise<StorySummary[]> {
    const since = sinceOrFail(query.since?.trim() || undefined, 'since');
    const q = query.q?.trim().toLowerCase() ?? '';
    const matching = q ? this.store.storiesMentioning(q) : null;
    return this.store
      .stories({ since })
      .filter((s) => !matching || matching.has(s.id) || (s.title ?? '').toLowerCase().includes(q) || s.reports.some((r) => [r.title, r.outlet, r.input, r.url].some((f) => f?.toLowerCase().includes(q))))
      // A report's own title reads better than the first words the store falls back on (and the brief page uses it).
      .map((s) => ({ ...s, title: s.reports.find((r) => r.title)?.title ?? s.title ?? s.reports[0]?.input ?? s.id }));
  }

  async brief(storyId: string): Promise<Brief | null> {
    const id = this.store.resolveStory(storyId);
    if (!id) return null;
    const signature = this.store
      .reports(id)
      .map((r) => `${r.id}:${r.versions}:${r.copyOf ?? ''}`)
      .join(' ');
    const cached = this.briefs.get(id);
    if (cached?.signature === signature) {
      this.briefs.delete(id);
      this.briefs.set(id, cached);
      return cached.brief;
    }
    // Requests that arrive while this story's brief is being built wait for that build instead of starting another.
    const inFlight = this.building.get(id);
    if (inFlight?.signature === signature) return inFlight.brief;
    this.builds++;
    const date = this.options.date ?? null;
    const file = this.store.db.name;
    // On a worker thread when the store is a file the worker can open; otherwise here, yielding between steps.
    const building = this.options.worker !== false && file && file !== ':memory:' ? briefInWorker({ kind: 'story', store: file, story: id, date }) : storyBriefAsync(this.store, id, { date });
    const brief = building.then(
      (b): Brief | null => b,
      (err: unknown) => {
        if (err instanceof UsageError) return null;
        throw err;
      },
    );
    const entry = { signature, brief };
    this.building.set(id, entry);
    try {
      const built = await brief;
      if (built) {
        this.briefs.delete(id);
        this.briefs.set(id, { signature, brief: built });
        // Keep the most recently used few: a brief of 200 reports holds their whole texts.
        while (this.briefs.size > CACHED_BRIEFS) this.briefs.delete(this.briefs.keys().next().value!);
      }
      return built;
    } finally {
      if (this.building.get(id) === entry) this.building.delete(id);
    }
  }

  async add(request: AddRequest): Promise<AddResult> {
    const date = this.options.date ?? null;
    const errors: string[] = [];
    const articles: Article[] = [];
    for (const t of request.texts ?? []) {
      const pasted = /^pasted-\d*$/.test(t.name);
      if (!t.text.trim()) {
        errors.push(`${t.name}: empty input`);
        continue;
      }
      const article = extractSettled(rawOfText({ ...t, pasted }, date));
      if (article instanceof InputError) errors.push(article.message);
      else articles.push(article);
    }
    if (request.urls?.length) {
      const read = await readArticles(request.urls, { ...this.options.ingest, date });
      for (const e of read.errors) errors.push(e.message);
      articles.push(...read.articles);
    }
    let added = 0;
    const stories = new Set<string>();
    for (const article of articles) {
      if (!article.text.trim()) {
        errors.push(`${article.input}: no article text found`);
        continue;
      }
      try {
        const r = this.store.add(article);
        if (r.status !== 'duplicate') added++;
        if (r.story) stories.add(r.story);
      } catch (err) {
        errors.push(`${article.input}: ${(err as Error).message.split('\n')[0]}`);
      }
    }
    return { added, stories: [...stories].map((s) => this.store.resolveStory(s) ?? s), errors };
  }

  /** Read from the file, so reports stored by a concurrent `ingest` show up too. */
  async revision(): Promise<number> {
    return this.store.revision();
  }

  close(): void {
    this.store.close();
  }
}

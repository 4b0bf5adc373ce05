/**
 * A Library kept in memory: the reports given on the command line form one story. For `serve` on a folder
 * without touching the store, and for tests.
 */
import { buildBriefAsync } from '../brief/build.js';
import type { Brief } from '../brief/types.js';
import type { Article } from '../doc/types.js';
import { extractPlainText } from '../extract/plaintext/index.js';
import { annotateAllAsync, sourceIds } from '../pipeline.js';
import { briefInWorker } from './brief-thread.js';
import type { AddRequest, AddResult, Library, StorySummary } from './library.js';

export class MemoryLibrary implements Library {
  private articles: Article[];
  private rev = 1;
  private cached: { rev: number; brief: Promise<Brief> } | null = null;
  /** How many briefs this library has started to build (for tests: concurrent requests share one build). */
  builds = 0;
  private readonly firstSeen: string;

  constructor(
    articles: Article[],
    /** worker: build the brief on a worker thread (default), or on this thread between other work (false). */
    private readonly options: { date?: string | null; now?: () => string; worker?: boolean } = {},
  ) {
    this.articles = [...articles];
    this.firstSeen = (options.now ?? (() => new Date().toISOString()))();
  }

  /**
   * The brief is built once per revision, off the event loop (see brief-thread.ts); requests meanwhile share
   * the same build. The stories list does not wait for it: it is made from the articles alone.
   */
  private current(): Promise<Brief> {
    if (this.cached?.rev !== this.rev) {
      this.builds++;
      const date = this.options.date ?? null;
      const brief =
        this.options.worker === false
          ? annotateAllAsync(this.articles, { date }).then(buildBriefAsync)
          : briefInWorker({ kind: 'articles', articles: this.articles, date });
      this.cached = { rev: this.rev, brief };
      // A failed build is not kept: the next request tries again.
      brief.catch(() => {
        if (this.cached?.brief === brief) this.cached = null;
      });
    }
    return this.cached.brief;
  }

  async stories(query: { q?: string } = {}): Promise<StorySummary[]> {
    if (this.articles.length === 0) return [];
    const ids = sourceIds(this.articles.map((a) => a.input));
    const title = this.articles.find((a) => a.title)?.title ?? this.articles[0]!.text.trim().slice(0, 90);
    const q = query.q?.toLowerCase().trim();
    if (q && !this.articles.some((a) => (a.title ?? '').toLowerCase().includes(q) || a.text.toLowerCase().includes(q))) return [];
    return [
      {
        id: 'story-1',
        title,
        reports: this.articles.map((a, i) => ({ id: ids[i]!, input: a.input, url: a.url ?? null, title: a.title, outlet: a.outlet, publishedAt: a.publishedAt })),
        firstSeen: this.firstSeen,
        lastSeen: this.firstSeen,
      },
    ];
  }

  async brief(storyId: string): Promise<Brief | null> {
    return storyId === 'story-1' && this.articles.length > 0 ? this.current() : null;
  }

  async add(request: AddRequest): Promise<AddResult> {
    const errors: string[] = [];
    let added = 0;
    for (const t of request.texts ?? []) {
      if (!t.text.trim()) {
        errors.push(`${t.name}: empty input`);
        continue;
      }
      this.articles.push(extractPlainText(t.text, { input: t.name, publishedAt: this.options.date ?? null }));
      added++;
    }
    for (const u of request.urls ?? []) errors.push(`${u}: fetching URLs needs the store (run serve without inputs)`);
    if (added) this.rev++;
    return { added, stories: added ? ['story-1'] : [], errors };
  }

  async revision(): Promise<number> {
    return this.rev;
  }
}

/**
 * A Library kept in memory: the reports given on the command line form one story. For `serve` on a folder
 * without touching the store, and for tests.
 */
import { buildBrief } from '../brief/build.js';
import type { Brief } from '../brief/types.js';
import type { Article } from '../doc/types.js';
import { extractPlainText } from '../extract/plaintext/index.js';
import { annotateAll } from '../pipeline.js';
import type { AddRequest, AddResult, Library, StorySummary } from './library.js';

export class MemoryLibrary implements Library {
  private articles: Article[];
  private rev = 1;
  private cached: Brief | null = null;
  private readonly firstSeen: string;

  constructor(
    articles: Article[],
    private readonly options: { date?: string | null; now?: () => string } = {},
  ) {
    this.articles = [...articles];
    this.firstSeen = (options.now ?? (() => new Date().toISOString()))();
  }

  private current(): Brief {
    this.cached ??= buildBrief(annotateAll(this.articles, { date: this.options.date ?? null }));
    return this.cached;
  }

  async stories(query: { q?: string } = {}): Promise<StorySummary[]> {
    if (this.articles.length === 0) return [];
    const brief = this.current();
    const title = brief.sources.find((s) => s.title)?.title ?? brief.claims[0]?.text.slice(0, 90) ?? 'Story';
    const q = query.q?.toLowerCase().trim();
    if (q && !brief.sources.some((s) => (s.title ?? '').toLowerCase().includes(q) || s.text.toLowerCase().includes(q))) return [];
    return [
      {
        id: 'story-1',
        title,
        reports: brief.sources.map((s) => ({ id: s.id, input: s.input, url: s.url ?? null, title: s.title, outlet: s.outlet, publishedAt: s.publishedAt })),
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
    if (added) {
      this.cached = null;
      this.rev++;
    }
    return { added, stories: added ? ['story-1'] : [], errors };
  }

  async revision(): Promise<number> {
    return this.rev;
  }
}

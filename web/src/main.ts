/** Hash routes: #/ stories, #/story/ID brief, #/story/ID/report/RID report. Pages follow changes to the stories. */
import { api } from './api.js';
import { clear, h } from './dom.js';
import { briefPage } from './pages/brief.js';
import { reportPage } from './pages/report.js';
import { storiesPage } from './pages/stories.js';

const POLL_MS = 3000;
let refresh: (() => Promise<void>) | null = null;

/**
 * On a brief, a change in the store is announced rather than redrawn under the reader: a banner offers to
 * reload when this story gained reports (other stories' changes do not disturb it).
 */
async function briefWatcher(main: HTMLElement, id: string): Promise<() => Promise<void>> {
  const size = async (): Promise<number | null> => (await api.stories()).find((s) => s.id === id)?.reports.length ?? null;
  const known = await size();
  return async () => {
    const now = await size();
    if (now === known || document.getElementById('story-changed')) return;
    const reload = h('button', { type: 'button', onclick: () => void route() }, 'Show the new brief');
    main.prepend(h('p', { id: 'story-changed', class: 'banner', role: 'status' }, `↻ This story now has ${now ?? 0} reports. `, reload));
  };
}

async function route(): Promise<void> {
  const main = document.getElementById('main')!;
  const parts = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  refresh = null;
  // A brief of a big story is built on first request (seconds): say so instead of leaving the old page up.
  clear(main);
  main.append(h('p', { class: 'muted', role: 'status' }, parts[0] === 'story' && !parts[2] ? 'Building the brief… (a big story takes a few seconds the first time)' : 'Loading…'));
  try {
    if (parts[0] === 'story' && parts[1] && parts[2] === 'report' && parts[3]) await reportPage(main, parts[1], parts[3]);
    else if (parts[0] === 'story' && parts[1]) {
      await briefPage(main, parts[1]);
      refresh = await briefWatcher(main, parts[1]);
    } else refresh = await storiesPage(main);
    main.focus({ preventScroll: true });
  } catch (err) {
    clear(main);
    main.append(h('h1', {}, 'Something went wrong'), h('p', { class: 'error', role: 'alert' }, `⚠ ${(err as Error).message}`), h('a', { href: '#/' }, 'Back to stories'));
  }
}

/** New or updated stories appear without reloading: poll the revision, tell the page when it moves. */
async function watch(): Promise<void> {
  let last = -1;
  for (;;) {
    try {
      const { revision } = await api.revision();
      if (last !== -1 && revision !== last && refresh) await refresh();
      last = revision;
    } catch {
      // the server went away; keep trying quietly
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

window.addEventListener('hashchange', () => {
  window.scrollTo(0, 0);
  void route();
});
void route();
void watch();

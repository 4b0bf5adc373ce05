/** Hash routes: #/ stories, #/story/ID brief, #/story/ID/report/RID report. Pages refresh when stories change. */
import { api } from './api.js';
import { clear, h } from './dom.js';
import { briefPage } from './pages/brief.js';
import { reportPage } from './pages/report.js';
import { storiesPage } from './pages/stories.js';

const POLL_MS = 3000;
let refresh: (() => Promise<void>) | null = null;

async function route(): Promise<void> {
  const main = document.getElementById('main')!;
  const parts = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  refresh = null;
  try {
    if (parts[0] === 'story' && parts[1] && parts[2] === 'report' && parts[3]) await reportPage(main, parts[1], parts[3]);
    else if (parts[0] === 'story' && parts[1]) {
      const id = parts[1];
      await briefPage(main, id);
      refresh = () => briefPage(main, id);
    } else refresh = await storiesPage(main);
  } catch (err) {
    clear(main);
    main.append(h('h1', {}, 'Something went wrong'), h('p', { class: 'error', role: 'alert' }, (err as Error).message), h('a', { href: '#/' }, 'Back to stories'));
  }
}

/** New or updated stories appear without reloading: poll the revision, redraw the page when it moves. */
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

window.addEventListener('hashchange', () => void route());
void route();
void watch();

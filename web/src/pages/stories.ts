import { api } from '../api.js';
import { announce, clear, h } from '../dom.js';
import type { StorySummary } from '../../../src/serve/library.js';

function host(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** `change` marks a story that appeared or grew since the list was last drawn (it updates without reloading). */
function storyRow(s: StorySummary, change: 'new' | 'updated' | null): HTMLElement {
  const known = s.reports.map((r) => r.outlet ?? host(r.url));
  const outlets = new Set(known.filter(Boolean)).size;
  const unnamed = known.filter((k) => !k).length;
  return h(
    'li',
    { class: `story${change ? ' changed' : ''}` },
    change ? h('span', { class: 'badge all' }, change === 'new' ? '★ new' : '↻ updated') : null,
    change ? ' ' : null,
    h('a', { href: `#/story/${encodeURIComponent(s.id)}`, class: 'story-title' }, s.title),
    h('span', { class: 'muted' }, ` ${s.reports.length} report${s.reports.length === 1 ? '' : 's'} · ${outlets} outlet${outlets === 1 ? '' : 's'}${unnamed ? ` (${unnamed} report${unnamed === 1 ? '' : 's'} without one)` : ''} · last ${s.lastSeen.slice(0, 16).replace('T', ' ')}`),
  );
}

async function readDropped(files: FileList): Promise<{ name: string; text: string }[]> {
  return Promise.all([...files].map(async (f) => ({ name: f.name, text: await f.text() })));
}

function addForm(onAdded: () => void): HTMLElement {
  const text = h('textarea', { id: 'add-text', rows: 6, placeholder: 'Paste the text of a report…', 'aria-label': 'Report text' });
  const urls = h('input', { id: 'add-urls', type: 'text', placeholder: 'https://… (URLs or feeds, space-separated)', 'aria-label': 'URLs or feeds' });
  const files = h('input', { id: 'add-files', type: 'file', multiple: true, accept: '.txt,.md,.html,.htm', 'aria-label': 'Report files' });
  const message = h('div', { class: 'form-message', id: 'add-message', role: 'alert' });
  const drop = h('div', { class: 'drop' }, 'Drop report files here, or ', files);
  let dropped: { name: string; text: string }[] = [];
  drop.addEventListener('dragover', (e) => (e.preventDefault(), drop.classList.add('over')));
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', async (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer?.files.length) dropped = await readDropped(e.dataTransfer.files);
    message.textContent = `${dropped.length} file(s) ready`;
  });
  files.addEventListener('change', async () => {
    dropped = files.files ? await readDropped(files.files) : [];
    message.textContent = `${dropped.length} file(s) ready`;
  });
  const submit = h('button', { type: 'submit', id: 'add-submit' }, 'Add');
  const form = h(
    'form',
    { class: 'add', 'aria-label': 'Add reports' },
    h('h2', {}, 'Add reports'),
    text,
    urls,
    drop,
    submit,
    message,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const texts = [...dropped];
    // A pasted text has no name: the server names it by its content.
    if (text.value.trim()) texts.push({ name: '', text: text.value });
    const urlList = urls.value.split(/\s+/).filter(Boolean);
    message.classList.remove('bad');
    if (!texts.length && !urlList.length) {
      message.classList.add('bad');
      message.textContent = 'Nothing to add: paste a text, drop files or give URLs.';
      return;
    }
    message.textContent = urlList.length ? 'Fetching and adding…' : 'Adding…';
    submit.disabled = true;
    try {
      const r = await api.add({ texts, urls: urlList });
      message.textContent = `Added ${r.added} report(s) to ${r.stories.length} stor${r.stories.length === 1 ? 'y' : 'ies'}.`;
      if (r.errors.length) {
        message.classList.add('bad');
        message.append(h('ul', {}, ...r.errors.map((e) => h('li', {}, e))));
      }
      text.value = '';
      urls.value = '';
      files.value = '';
      dropped = [];
      onAdded();
    } catch (err) {
      message.classList.add('bad');
      message.textContent = (err as Error).message;
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

export async function storiesPage(main: HTMLElement): Promise<() => Promise<void>> {
  const list = h('ul', { class: 'stories', 'aria-label': 'Stories' });
  const search = h('input', { type: 'search', id: 'search', placeholder: 'Search titles, outlets and text', 'aria-label': 'Search stories' });
  const since = h(
    'select',
    { id: 'since', 'aria-label': 'Active since' },
    ...[['', 'any time'], ['1d', 'last day'], ['1w', 'last week'], ['30d', 'last 30 days']].map(([v, label]) => h('option', { value: v! }, label!)),
  );
  since.addEventListener('change', () => void refresh());
  const seen = new Map<string, number>();
  let first = true;
  const refresh = async (): Promise<void> => {
    const stories = await api.stories(search.value.trim(), since.value);
    clear(list);
    if (stories.length === 0) list.append(h('li', { class: 'muted' }, search.value ? 'No story matches.' : 'No stories yet. Add reports below.'));
    for (const s of stories) {
      const before = seen.get(s.id);
      list.append(storyRow(s, first ? null : before === undefined ? 'new' : before !== s.reports.length ? 'updated' : null));
      seen.set(s.id, s.reports.length);
    }
    first = false;
    announce(`${stories.length} stories`);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), 200);
  });
  clear(main);
  main.append(h('h1', {}, 'Stories'), h('div', { class: 'filters' }, search, since), list, addForm(() => void refresh()));
  await refresh();
  return refresh;
}

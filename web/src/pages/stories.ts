import { api } from '../api.js';
import { announce, clear, h } from '../dom.js';
import type { StorySummary } from '../../../src/serve/library.js';

function storyRow(s: StorySummary): HTMLElement {
  const outlets = new Set(s.reports.map((r) => r.outlet ?? r.input)).size;
  return h(
    'li',
    { class: 'story' },
    h('a', { href: `#/story/${encodeURIComponent(s.id)}`, class: 'story-title' }, s.title),
    h('span', { class: 'muted' }, ` ${s.reports.length} reports · ${outlets} outlets · last ${s.lastSeen.slice(0, 16).replace('T', ' ')}`),
  );
}

async function readDropped(files: FileList): Promise<{ name: string; text: string }[]> {
  return Promise.all([...files].map(async (f) => ({ name: f.name, text: await f.text() })));
}

function addForm(onAdded: () => void): HTMLElement {
  const text = h('textarea', { id: 'add-text', rows: 6, placeholder: 'Paste the text of a report…', 'aria-label': 'Report text' });
  const urls = h('input', { id: 'add-urls', type: 'text', placeholder: 'https://… (URLs or feeds, space-separated)', 'aria-label': 'URLs or feeds' });
  const files = h('input', { id: 'add-files', type: 'file', multiple: true, accept: '.txt,.md,.html,.htm', 'aria-label': 'Report files' });
  const message = h('p', { class: 'form-message', role: 'alert' });
  const drop = h('div', { class: 'drop', tabindex: 0 }, 'Drop report files here, or ', files);
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
  const form = h(
    'form',
    { class: 'add', 'aria-label': 'Add reports' },
    h('h2', {}, 'Add reports'),
    text,
    urls,
    drop,
    h('button', { type: 'submit' }, 'Add'),
    message,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const texts = [...dropped];
    if (text.value.trim()) texts.push({ name: `pasted-${Date.now()}`, text: text.value });
    const urlList = urls.value.split(/\s+/).filter(Boolean);
    message.textContent = 'Adding…';
    try {
      const r = await api.add({ texts, urls: urlList });
      message.textContent = `Added ${r.added} report(s).` + (r.errors.length ? ' Problems: ' + r.errors.join('; ') : '');
      text.value = '';
      urls.value = '';
      dropped = [];
      onAdded();
    } catch (err) {
      message.textContent = (err as Error).message;
    }
  });
  return form;
}

export async function storiesPage(main: HTMLElement): Promise<() => Promise<void>> {
  const list = h('ul', { class: 'stories', 'aria-label': 'Stories' });
  const search = h('input', { type: 'search', id: 'search', placeholder: 'Search stories', 'aria-label': 'Search stories' });
  const refresh = async (): Promise<void> => {
    const stories = await api.stories(search.value.trim());
    clear(list);
    if (stories.length === 0) list.append(h('li', { class: 'muted' }, search.value ? 'No story matches.' : 'No stories yet. Add reports below.'));
    for (const s of stories) list.append(storyRow(s));
    announce(`${stories.length} stories`);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), 200);
  });
  clear(main);
  main.append(h('h1', {}, 'Stories'), search, list, addForm(() => void refresh()));
  await refresh();
  return refresh;
}

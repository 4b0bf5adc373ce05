import { api } from '../api.js';
import { clear, h } from '../dom.js';
import type { Highlight } from '../../../src/serve/report-view.js';

const LAYERS: Record<Highlight['layer'], string> = {
  consensus: '✔✔ all sources',
  corroborated: '✔ several sources',
  'single-source': '① one source',
  quote: '❝ quote',
  number: '# number',
  date: '◷ date',
};

/** Splits the text at every highlight boundary so overlapping layers each get their own marks. */
function highlighted(text: string, highlights: Highlight[], shown: Set<string>): Node[] {
  const active = highlights.filter((x) => shown.has(x.layer));
  const cuts = new Set<number>([0, text.length]);
  for (const x of active) {
    cuts.add(x.start);
    cuts.add(x.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Node[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    const piece = text.slice(a, b);
    const layers = active.filter((x) => x.start <= a && x.end >= b).map((x) => x.layer);
    out.push(layers.length ? h('mark', { class: layers.map((l) => `hl-${l}`).join(' '), title: layers.map((l) => LAYERS[l]).join(', ') }, piece) : document.createTextNode(piece));
  }
  return out;
}

export async function reportPage(main: HTMLElement, storyId: string, reportId: string): Promise<void> {
  const view = await api.report(storyId, reportId);
  const s = view.source;
  const shown = new Set<string>(Object.keys(LAYERS));
  const body = h('div', { class: 'report-text' });
  const draw = (): void => {
    clear(body);
    // Paragraph breaks are kept by CSS (white-space: pre-wrap), so offsets map one to one onto the text.
    body.append(...highlighted(s.text, view.highlights, shown));
  };
  const toggles = h(
    'fieldset',
    { class: 'layers' },
    h('legend', {}, 'Highlight'),
    ...Object.entries(LAYERS).map(([layer, label]) => {
      const box = h('input', { type: 'checkbox', checked: true, id: `layer-${layer}` });
      box.addEventListener('change', () => {
        if (box.checked) shown.add(layer);
        else shown.delete(layer);
        draw();
      });
      return h('label', { class: `hl-${layer}` }, box, ` ${label}`);
    }),
  );
  draw();
  clear(main);
  main.append(
    h('p', {}, h('a', { href: `#/story/${encodeURIComponent(storyId)}` }, '← Brief')),
    h('h1', {}, `[${view.number}] ${s.title ?? s.input}`),
    h(
      'dl',
      { class: 'meta' },
      ...([['Outlet', s.outlet], ['Dateline', s.dateline], ['Published', s.publishedAt], ['Input', s.input], ['URL', s.url ?? null], ['Copy of', s.copyOf?.length ? s.copyOf.join(', ') : null]] as const).flatMap(([k, v]) =>
        v ? [h('dt', {}, k), h('dd', {}, k === 'URL' ? h('a', { href: v, rel: 'noopener noreferrer nofollow' }, v) : v)] : [],
      ),
    ),
    toggles,
    body,
    s.changes?.length
      ? h(
          'section',
          {},
          h('h2', {}, `Changes since first seen (${s.changes.length})`),
          h('ul', { class: 'changes' }, ...s.changes.map((c) => h('li', {}, `v${c.version} ${c.kind} (${c.seenAt.slice(0, 16).replace('T', ' ')}): `, c.before ? h('del', {}, c.before) : '', c.before && c.after ? ' → ' : '', c.after ? h('ins', {}, c.after) : ''))),
        )
      : '',
    h('h2', {}, `Removed as junk (${s.removed.length})`),
    h('ul', { class: 'removed' }, ...s.removed.map((r) => h('li', {}, h('span', { class: 'muted' }, `${r.reason}: `), r.text))),
  );
}

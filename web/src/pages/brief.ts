import { api } from '../api.js';
import { clear, h } from '../dom.js';
import { matrix } from './matrix.js';
import { cappedList, chips, reportHref, section, type Ctx } from './shared.js';
import { sourcing } from './sourcing.js';

function summary(ctx: Ctx): HTMLElement {
  return section(
    'Summary',
    'summary',
    ctx.brief.summary.length
      ? h('ol', { class: 'summary' }, ...ctx.brief.summary.map((s) => h('li', {}, s.text, ' ', chips(ctx, s.support))))
      : h('p', { class: 'muted' }, 'No summary: no fact is stated by more than one source yet.'),
  );
}

function sources(ctx: Ctx): HTMLElement {
  return section(
    'Sources',
    'sources',
    cappedList('ol', { class: 'sources' }, ctx.brief.sources, (s) =>
      h(
        'li',
        {},
        h('a', { href: reportHref(ctx, s.id) }, s.title ?? s.text.slice(0, 90) + '…'),
        h(
          'span',
          { class: 'muted' },
          [' —', s.outlet, s.dateline, s.publishedAt?.slice(0, 10), s.copyOf?.length ? `≡ copy of [${s.copyOf.map((c) => ctx.number.get(c)).join('], [')}]` : null, s.changes?.length ? `✎ ${s.changes.length} change(s) since first seen` : null]
            .filter(Boolean)
            .join(' '),
        ),
      ),
    ),
  );
}

function discrepancies(ctx: Ctx): HTMLElement | null {
  const list = ctx.brief.discrepancies ?? [];
  if (!list.length) return null;
  const label = { conflict: '⚠ conflict', precision: '≈ precision', wording: '↔ wording' } as const;
  return section(
    'Discrepancies',
    'discrepancies',
    cappedList('ul', { class: 'discs' }, list, (d) =>
      h(
        'li',
        { class: `disc ${d.kind}` },
        h('h3', {}, `${label[d.kind]}: ${d.about}`),
        h(
          'div',
          { class: 'sides' },
          ...d.variants.map((v) =>
            h('div', { class: 'side' }, h('strong', { class: 'value' }, v.value !== undefined ? String(v.value) : '—'), ' ', h('span', {}, v.text), ' ', chips(ctx, [v])),
          ),
        ),
      ),
    ),
  );
}

/**
 * A drifted wording with what changed marked in it: the words a hunk puts in ("a → b", "+ b") are marked where
 * they occur; words it takes out are listed struck through, since they are not in this text.
 */
function drifted(text: string, differs: string[]): Node[] {
  const added: string[] = [];
  const removed: string[] = [];
  for (const d of differs) {
    const swap = /^(.*?)\s*→\s*(.+)$/.exec(d);
    if (swap) {
      added.push(swap[2]!.trim());
      if (swap[1]!.trim()) removed.push(swap[1]!.trim());
    } else if (/^\+\s*/.test(d)) added.push(d.replace(/^\+\s*/, ''));
    else removed.push(d.replace(/^[−-]\s*/, ''));
  }
  const out: Node[] = [];
  let at = 0;
  for (const a of added) {
    const i = text.indexOf(a, at);
    if (i < 0) continue;
    out.push(document.createTextNode(text.slice(at, i)), h('mark', { class: 'drift-word', title: 'wording differs' }, a));
    at = i + a.length;
  }
  out.push(document.createTextNode(text.slice(at)));
  if (removed.length) out.push(h('span', { class: 'muted' }, ' (leaves out: ', ...removed.flatMap((r, i) => [i ? ', ' : '', h('del', {}, r)]), ')'));
  return out;
}

function quotes(ctx: Ctx): HTMLElement | null {
  const list = ctx.brief.quotes ?? [];
  if (!list.length) return null;
  const carried = (q: (typeof list)[number]): number => new Set(q.occurrences.map((o) => o.source)).size;
  const sorted = [...list].sort((a, b) => carried(b) - carried(a) || b.drift.length - a.drift.length);
  return section(
    'Quotes',
    'quotes',
    cappedList('ul', { class: 'quotes' }, sorted, (q) =>
      h(
        'li',
        {},
        h('strong', {}, q.speaker?.name ?? 'unattributed'),
        ` (${q.kind}, ${carried(q)} report${carried(q) === 1 ? '' : 's'}): `,
        h('q', {}, q.text),
        ' ',
        chips(ctx, q.occurrences),
        q.drift.length
          ? h('ul', { class: 'drift' }, ...q.drift.map((d) => h('li', {}, h('span', { class: 'drift-tag' }, `≠ [${ctx.number.get(d.source)}] words it as: `), ...drifted(d.text, d.differs))))
          : null,
      ),
    ),
  );
}

function timeline(ctx: Ctx): HTMLElement | null {
  const list = ctx.brief.timeline ?? [];
  if (!list.length) return null;
  return section(
    'Timeline',
    'timeline',
    cappedList('ol', { class: 'timeline' }, list, (t) =>
      h('li', {}, h('time', {}, t.date ?? 'undated'), t.resolved ? '' : h('span', { class: 'muted', title: 'date not resolved' }, '? '), ' ', t.event, ' ', chips(ctx, [{ source: t.source, start: t.start, end: t.end, text: t.text }, ...(t.also ?? [])])),
    ),
  );
}

function entities(ctx: Ctx): HTMLElement | null {
  const list = ctx.brief.entities ?? [];
  if (!list.length) return null;
  const reports = (e: (typeof list)[number]): number => new Set(e.mentions.map((m) => m.source)).size;
  const sorted = [...list].sort((a, b) => reports(b) - reports(a) || a.name.localeCompare(b.name));
  return section(
    'Entities',
    'entities',
    cappedList('ul', { class: 'entities' }, sorted, (e) => {
      const aliases = e.aliases.filter((a) => a !== e.name);
      return h('li', {}, h('strong', {}, e.name), ` (${e.type}, ${reports(e)} report${reports(e) === 1 ? '' : 's'})`, aliases.length ? h('span', { class: 'aliases' }, ` — also: ${aliases.join(' · ')}`) : '');
    }),
  );
}

function changes(ctx: Ctx): HTMLElement | null {
  const changed = ctx.brief.sources.filter((s) => s.changes?.length);
  if (!changed.length) return null;
  return section(
    'Changes since first seen',
    'changes',
    h(
      'ul',
      { class: 'changes' },
      ...changed.flatMap((s) =>
        s.changes!.map((c) =>
          h('li', {}, `[${ctx.number.get(s.id)}] v${c.version} ${c.kind}: `, c.before ? h('del', {}, c.before) : '', c.before && c.after ? ' → ' : '', c.after ? h('ins', {}, c.after) : ''),
        ),
      ),
    ),
  );
}

export async function briefPage(main: HTMLElement, storyId: string): Promise<void> {
  const brief = await api.brief(storyId);
  performance.mark('brief-fetched');
  const ctx: Ctx = {
    brief,
    storyId,
    number: new Map(brief.sources.map((s, i) => [s.id, i + 1])),
    source: new Map(brief.sources.map((s) => [s.id, s])),
    evidence: h('aside', { id: 'evidence', class: 'evidence', 'aria-live': 'polite', 'aria-label': 'Source text' }, h('p', { class: 'muted' }, 'Hover or click a numbered chip [1] or a matrix cell to see the exact sentence in its report.')),
  };
  const title = brief.sources.find((s) => s.title)?.title ?? 'Story';
  const exportLinks = (['json', 'markdown', 'html'] as const).map((f) => h('a', { href: api.exportUrl(storyId, f), download: '', class: 'export', id: `export-${f}` }, `⇩ ${f === 'html' ? 'HTML' : f === 'json' ? 'JSON' : 'Markdown'}`));
  const copies = brief.sources.filter((s) => s.copyOf?.length).length;
  const toc = h(
    'nav',
    { class: 'toc', 'aria-label': 'Sections' },
    ...[['summary', 'Summary'], ['matrix', 'Matrix'], ['discrepancies', 'Discrepancies'], ['quotes', 'Quotes'], ['sourcing', 'Sourcing'], ['timeline', 'Timeline'], ['entities', 'Entities'], ['sources', 'Sources']].map(([id, label]) =>
      h('a', { href: `#/story/${encodeURIComponent(storyId)}`, 'data-target': id, onclick: (e: Event) => (e.preventDefault(), document.getElementById(id!)?.scrollIntoView()) }, label!),
    ),
  );
  // The summary and the matrix first; the other sections are drawn after the first paint so the reader sees the
  // top of the page before a 200-report story's long lists are built.
  const body = h('div', { class: 'col' }, summary(ctx), matrix(ctx));
  clear(main);
  main.append(
    h('p', {}, h('a', { href: '#/' }, '← Stories')),
    h('h1', {}, title),
    h('p', { class: 'muted' }, `${brief.sources.length} reports${copies ? ` (${copies} copies)` : ''} · ${brief.claims.length} facts · export: `, ...exportLinks),
    toc,
    h('div', { class: 'layout' }, body, ctx.evidence),
  );
  document.title = `${title} — corroborate`;
  // After the next frame: the summary and matrix are painted before the rest is built.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  performance.mark('matrix-painted');
  if (!body.isConnected) return;
  for (const part of [discrepancies(ctx), quotes(ctx), sourcing(ctx), timeline(ctx), entities(ctx), changes(ctx), sources(ctx)]) if (part) body.append(part);
  // Sections that the brief does not hold are not drawn; their links go too.
  for (const a of toc.querySelectorAll('a')) if (!document.getElementById(a.dataset.target ?? '')) a.remove();
  performance.mark('brief-drawn');
}

import { api } from '../api.js';
import { announce, clear, h, svg } from '../dom.js';
import type { Brief, BriefSource, Claim } from '../../../src/brief/types.js';
import type { SourceSpan } from '../../../src/doc/types.js';

const CONTEXT = 240;
const MARK: Record<string, { symbol: string; label: string }> = {
  states: { symbol: '●', label: 'states it' },
  differs: { symbol: '◐', label: 'states it differently' },
  silent: { symbol: '○', label: 'silent' },
};

interface Ctx {
  brief: Brief;
  storyId: string;
  number: Map<string, number>;
  source: Map<string, BriefSource>;
  evidence: HTMLElement;
}

/** Shows one span in its report with the exact text highlighted: the reader checks a statement against its source. */
function showEvidence(ctx: Ctx, span: SourceSpan): void {
  const src = ctx.source.get(span.source);
  if (!src) return;
  const before = src.text.slice(Math.max(0, span.start - CONTEXT), span.start);
  const after = src.text.slice(span.end, span.end + CONTEXT);
  clear(ctx.evidence);
  ctx.evidence.append(
    h('h2', {}, `Source [${ctx.number.get(span.source)}] `, h('span', { class: 'muted' }, src.outlet ?? src.title ?? src.input)),
    h(
      'p',
      { class: 'evidence-text' },
      span.start > CONTEXT ? '…' : '',
      before,
      h('mark', { id: 'evidence-mark' }, src.text.slice(span.start, span.end)),
      after,
      span.end + CONTEXT < src.text.length ? '…' : '',
    ),
    h('a', { href: `#/story/${encodeURIComponent(ctx.storyId)}/report/${encodeURIComponent(span.source)}` }, 'Open the whole report'),
  );
  ctx.evidence.hidden = false;
  announce(`Showing source ${ctx.number.get(span.source)}`);
}

/** Citation chips: one button per source, each showing its own supporting text. */
function chips(ctx: Ctx, support: SourceSpan[]): HTMLElement {
  const bySource = new Map<string, SourceSpan>();
  for (const s of support) if (!bySource.has(s.source)) bySource.set(s.source, s);
  const spans = [...bySource.values()].sort((a, b) => ctx.number.get(a.source)! - ctx.number.get(b.source)!);
  return h(
    'span',
    { class: 'chips' },
    ...spans.map((s) =>
      h('button', { type: 'button', class: 'chip', title: s.text, 'data-source': s.source, 'aria-label': `Source ${ctx.number.get(s.source)}`, onclick: () => showEvidence(ctx, s) }, `${ctx.number.get(s.source)}`),
    ),
  );
}

function section(title: string, id: string, ...body: (Node | null)[]): HTMLElement {
  return h('section', { id, 'aria-labelledby': `${id}-h` }, h('h2', { id: `${id}-h` }, title), ...body);
}

function summary(ctx: Ctx): HTMLElement {
  return section(
    'Summary',
    'summary',
    h('ol', { class: 'summary' }, ...ctx.brief.summary.map((s) => h('li', {}, s.text, ' ', chips(ctx, s.support)))),
  );
}

function sources(ctx: Ctx): HTMLElement {
  return section(
    'Sources',
    'sources',
    h(
      'ol',
      { class: 'sources' },
      ...ctx.brief.sources.map((s) =>
        h(
          'li',
          {},
          h('a', { href: `#/story/${encodeURIComponent(ctx.storyId)}/report/${encodeURIComponent(s.id)}` }, s.title ?? s.text.slice(0, 90) + '…'),
          h('span', { class: 'muted' }, [' —', s.outlet, s.dateline, s.publishedAt?.slice(0, 10), s.copyOf?.length ? `copy of ${s.copyOf.join(', ')}` : null].filter(Boolean).join(' ')),
        ),
      ),
    ),
  );
}

/** Sources whose support of a claim is a side of a discrepancy: they state the fact, but differently. */
function differing(brief: Brief): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of brief.claims) {
    for (const d of brief.discrepancies ?? []) {
      for (const v of d.variants) {
        const hit = c.support.some((s) => s.source === v.source && s.start < v.end && v.start < s.end);
        if (hit && (d.claim === undefined || d.claim === c.id)) {
          if (!out.has(c.id)) out.set(c.id, new Set());
          out.get(c.id)!.add(v.source);
        }
      }
    }
  }
  return out;
}

function matrix(ctx: Ctx): HTMLElement {
  const { brief } = ctx;
  const columns = brief.sources.filter((s) => !s.copyOf?.length);
  const copies = new Map<string, number>();
  for (const s of brief.sources) for (const o of s.copyOf ?? []) copies.set(o, (copies.get(o) ?? 0) + 1);
  const differs = differing(brief);
  const support = (c: Claim): number => new Set(c.support.map((s) => s.source)).size;
  let rows = [...brief.claims];
  let descending = true;
  const body = h('tbody', {});
  const draw = (): void => {
    clear(body);
    for (const c of rows) {
      const cells = columns.map((s) => {
        const span = c.support.find((x) => x.source === s.id || brief.sources.find((y) => y.id === x.source)?.copyOf?.includes(s.id));
        const state = span ? (differs.get(c.id)?.has(s.id) ? 'differs' : 'states') : 'silent';
        const m = MARK[state]!;
        return h(
          'td',
          { class: `cell ${state}`, title: span ? span.text : `[${ctx.number.get(s.id)}] is silent` },
          span
            ? h('button', { type: 'button', class: 'cellbtn', 'aria-label': `${m.label}: source ${ctx.number.get(s.id)}`, onclick: () => showEvidence(ctx, span) }, m.symbol)
            : h('span', { 'aria-label': m.label }, m.symbol),
        );
      });
      body.append(
        h(
          'tr',
          { class: c.status },
          h('th', { scope: 'row', class: 'claim' }, c.status === 'single-source' ? h('span', { class: 'badge' }, 'single source') : null, ' ', c.text),
          h('td', { class: 'count' }, String(support(c))),
          ...cells,
        ),
      );
    }
  };
  const sortButton = h('button', { type: 'button', id: 'sort-support' }, 'Support ↓');
  sortButton.addEventListener('click', () => {
    descending = !descending;
    rows = [...brief.claims].sort((a, b) => (descending ? support(b) - support(a) : support(a) - support(b)) || a.id.localeCompare(b.id));
    sortButton.textContent = descending ? 'Support ↓' : 'Support ↑';
    draw();
  });
  rows.sort((a, b) => support(b) - support(a) || a.id.localeCompare(b.id));
  draw();
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, 'Fact'),
    h('th', { scope: 'col' }, sortButton),
    ...columns.map((s) => h('th', { scope: 'col', title: s.outlet ?? s.input }, `[${ctx.number.get(s.id)}]${copies.get(s.id) ? ` +${copies.get(s.id)} copies` : ''}`)),
  );
  return section(
    'Corroboration matrix',
    'matrix',
    h('p', { class: 'legend' }, ...Object.values(MARK).map((m) => h('span', {}, `${m.symbol} ${m.label}  `))),
    h('div', { class: 'scroll' }, h('table', { class: 'matrix' }, h('thead', {}, head), body)),
  );
}

function discrepancies(ctx: Ctx): HTMLElement | null {
  const list = ctx.brief.discrepancies ?? [];
  if (!list.length) return null;
  return section(
    'Discrepancies',
    'discrepancies',
    ...list.map((d) =>
      h(
        'div',
        { class: `disc ${d.kind}` },
        h('h3', {}, `${d.kind === 'conflict' ? '⚠ conflict' : d.kind === 'precision' ? '≈ precision' : '↔ wording'}: ${d.about}`),
        h('div', { class: 'sides' }, ...d.variants.map((v) => h('div', { class: 'side' }, h('strong', {}, v.value !== undefined ? String(v.value) : ''), ' ', v.text, ' ', chips(ctx, [v])))),
      ),
    ),
  );
}

function quotes(ctx: Ctx): HTMLElement | null {
  const list = ctx.brief.quotes ?? [];
  if (!list.length) return null;
  return section(
    'Quotes',
    'quotes',
    h(
      'ul',
      { class: 'quotes' },
      ...list.map((q) =>
        h(
          'li',
          {},
          h('strong', {}, q.speaker?.name ?? 'unattributed'),
          ` (${q.kind}): “${q.text}” `,
          chips(ctx, q.occurrences),
          q.drift.length
            ? h('ul', { class: 'drift' }, ...q.drift.map((d) => h('li', {}, `[${ctx.number.get(d.source)}] drifts: `, ...d.differs.map((w) => h('mark', {}, w)), ' — ', d.text)))
            : null,
        ),
      ),
    ),
  );
}

/** Report → whom it cites, drawn as a two-column graph; anonymous sources are counted, not named. */
function sourcing(ctx: Ctx): HTMLElement | null {
  const list = ctx.brief.attributions ?? [];
  if (!list.length) return null;
  const cited = [...new Set(list.map((a) => (a.kind === 'anonymous' ? 'anonymous sources' : a.cites)))];
  const reports = ctx.brief.sources;
  const rowH = 28;
  const height = Math.max(reports.length, cited.length) * rowH + 20;
  const g = svg('svg', { viewBox: `0 0 520 ${height}`, width: '100%', role: 'img', 'aria-label': 'Sourcing chain' });
  const y = (i: number): number => 20 + i * rowH;
  for (const a of list) {
    const from = reports.findIndex((r) => r.id === a.source);
    const to = cited.indexOf(a.kind === 'anonymous' ? 'anonymous sources' : a.cites);
    g.append(svg('line', { x1: 150, y1: y(from), x2: 330, y2: y(to), class: `edge ${a.kind}` }));
  }
  reports.forEach((r, i) => g.append(svg('text', { x: 140, y: y(i) + 4, 'text-anchor': 'end' }, `[${i + 1}] ${(r.outlet ?? r.id).slice(0, 18)}`)));
  cited.forEach((c, i) => {
    const n = list.filter((a) => (a.kind === 'anonymous' ? 'anonymous sources' : a.cites) === c).length;
    g.append(svg('text', { x: 340, y: y(i) + 4 }, `${c.slice(0, 22)} (${n})`));
  });
  const anonymous = list.filter((a) => a.kind === 'anonymous').length;
  return section(
    'Sourcing chain',
    'sourcing',
    g,
    h('p', { class: 'muted' }, `${anonymous} anonymous attribution(s).`),
    h('ul', {}, ...list.map((a) => h('li', {}, `[${ctx.number.get(a.source)}] cites ${a.cites} (${a.kind}): `, h('q', {}, a.text)))),
  );
}

function timeline(ctx: Ctx): HTMLElement | null {
  const list = ctx.brief.timeline ?? [];
  if (!list.length) return null;
  return section(
    'Timeline',
    'timeline',
    h('ol', { class: 'timeline' }, ...list.map((t) => h('li', {}, h('time', {}, t.date ?? 'undated'), ' ', t.event, ' ', chips(ctx, [{ source: t.source, start: t.start, end: t.end, text: t.text }])))),
  );
}

function entities(ctx: Ctx): HTMLElement | null {
  const list = ctx.brief.entities ?? [];
  if (!list.length) return null;
  return section(
    'Entities',
    'entities',
    h('ul', { class: 'entities' }, ...list.map((e) => h('li', {}, h('strong', {}, e.name), ` (${e.type})`, e.aliases.length > 1 ? ` — also: ${e.aliases.filter((a) => a !== e.name).join(', ')}` : ''))),
  );
}

export async function briefPage(main: HTMLElement, storyId: string): Promise<void> {
  const brief = await api.brief(storyId);
  const ctx: Ctx = {
    brief,
    storyId,
    number: new Map(brief.sources.map((s, i) => [s.id, i + 1])),
    source: new Map(brief.sources.map((s) => [s.id, s])),
    evidence: h('aside', { id: 'evidence', class: 'evidence', 'aria-live': 'polite', hidden: true }),
  };
  const title = brief.sources.find((s) => s.title)?.title ?? 'Story';
  const exportLinks = (['json', 'markdown', 'html'] as const).map((f) => h('a', { href: api.exportUrl(storyId, f), download: '', class: 'export', id: `export-${f}` }, `Export ${f}`));
  clear(main);
  main.append(
    h('p', {}, h('a', { href: '#/' }, '← Stories')),
    h('h1', {}, title),
    h('p', { class: 'muted' }, `${brief.sources.length} sources · ${brief.claims.length} facts `, ...exportLinks),
    h('div', { class: 'layout' }, h('div', { class: 'col' }, summary(ctx), sources(ctx), matrix(ctx), discrepancies(ctx), quotes(ctx), sourcing(ctx), timeline(ctx), entities(ctx)), ctx.evidence),
  );
  document.title = `${title} — corroborate`;
}

/**
 * The corroboration matrix: facts as rows, reports as columns, each cell states / states differently / silent,
 * with symbols as well as colours. Syndicated copies fold into their original's column. Only the first rows are
 * drawn (more on request), so a story of hundreds of reports and thousands of facts stays light.
 */
import { clear, h } from '../dom.js';
import type { Brief, Claim } from '../../../src/brief/types.js';
import type { SourceSpan } from '../../../src/doc/types.js';
import { section, showEvidence, type Ctx } from './shared.js';

/** Cells drawn before "show more": rows × report columns, so a wide story draws fewer rows at first. */
const CELL_BUDGET = 2400;
export const MATRIX_ROWS = 60;
const rowsFor = (columns: number): number => Math.max(10, Math.min(MATRIX_ROWS, Math.floor(CELL_BUDGET / Math.max(1, columns))));

const MARK = {
  states: { symbol: '●', label: 'states it' },
  differs: { symbol: '◐', label: 'states it differently' },
  silent: { symbol: '○', label: 'silent' },
} as const;
type State = keyof typeof MARK;

interface Row {
  claim: Claim;
  support: number;
  /** Column (original source id) → the span shown there and how it states the claim. */
  cells: Map<string, { span: SourceSpan; state: State }>;
}

/**
 * Which (claim, source) pairs are one side of a discrepancy: that source states the fact, but differently.
 * Indexed by source so the cost is the size of the supports, not claims × discrepancies.
 */
function differing(brief: Brief): (claim: string, span: SourceSpan) => boolean {
  const bySource = new Map<string, { start: number; end: number; claim?: string }[]>();
  for (const d of brief.discrepancies ?? []) {
    for (const v of d.variants) {
      if (!bySource.has(v.source)) bySource.set(v.source, []);
      bySource.get(v.source)!.push({ start: v.start, end: v.end, claim: d.claim });
    }
  }
  return (claim, s) => (bySource.get(s.source) ?? []).some((v) => (v.claim === undefined || v.claim === claim) && s.start < v.end && v.start < s.end);
}

function rowsOf(brief: Brief): Row[] {
  const original = new Map<string, string>();
  for (const s of brief.sources) original.set(s.id, s.copyOf?.[0] ?? s.id);
  const differs = differing(brief);
  return brief.claims.map((claim) => {
    const cells = new Map<string, { span: SourceSpan; state: State }>();
    for (const span of claim.support) {
      const column = original.get(span.source) ?? span.source;
      // The original's own wording wins over its copy's in the folded column.
      if (cells.has(column) && span.source !== column) continue;
      cells.set(column, { span, state: differs(claim.id, span) ? 'differs' : 'states' });
    }
    return { claim, support: claim.sources?.length ?? new Set(claim.support.map((s) => s.source)).size, cells };
  });
}

export function matrix(ctx: Ctx): HTMLElement {
  const { brief } = ctx;
  const columns = brief.sources.filter((s) => !s.copyOf?.length);
  const copies = new Map<string, number>();
  for (const s of brief.sources) if (s.copyOf?.[0]) copies.set(s.copyOf[0], (copies.get(s.copyOf[0]) ?? 0) + 1);
  const all = rowsOf(brief);
  let descending = true;
  let hideSingle = false;
  const step = rowsFor(columns.length);
  let limit = step;
  const order = (): Row[] =>
    all.filter((r) => !hideSingle || r.claim.status !== 'single-source').sort((a, b) => (descending ? b.support - a.support : a.support - b.support) || a.claim.id.localeCompare(b.claim.id));

  const body = h('tbody', {});
  const shown = h('p', { class: 'muted', id: 'matrix-count', 'aria-live': 'polite' });
  const more = h('button', { type: 'button', id: 'matrix-more', class: 'more' });
  const row = (r: Row): HTMLElement => {
    const { claim } = r;
    const cells = columns.map((s) => {
      const cell = r.cells.get(s.id);
      if (!cell) return h('td', { class: 'cell silent' }, MARK.silent.symbol);
      const m = MARK[cell.state];
      const n = ctx.number.get(cell.span.source);
      return h(
        'td',
        { class: `cell ${cell.state}`, title: `[${n}] ${cell.span.text}` },
        h('button', { type: 'button', class: 'cellbtn', 'aria-label': `${m.label}: source ${n}`, onclick: () => showEvidence(ctx, cell.span) }, m.symbol),
      );
    });
    const badge =
      claim.status === 'single-source'
        ? h('span', { class: 'badge single' }, '① single source')
        : claim.status === 'consensus'
          ? h('span', { class: 'badge all' }, '✔ all sources')
          : null;
    return h('tr', { class: claim.status }, h('th', { scope: 'row', class: 'claim' }, badge, badge ? ' ' : '', claim.text), h('td', { class: 'count' }, String(r.support)), ...cells);
  };
  const draw = (): void => {
    const rows = order();
    clear(body);
    body.append(...rows.slice(0, limit).map(row));
    const hidden = rows.length - Math.min(limit, rows.length);
    shown.textContent = `Showing ${Math.min(limit, rows.length)} of ${rows.length} facts${hideSingle ? ' (single-source facts hidden)' : ''}.`;
    more.hidden = hidden === 0;
    more.textContent = `Show ${Math.min(step * 4, hidden)} more`;
  };
  more.addEventListener('click', () => {
    limit += step * 4;
    draw();
  });

  const sortButton = h('button', { type: 'button', id: 'sort-support', 'aria-label': 'Support: sort by number of sources' }, 'Support ↓');
  sortButton.addEventListener('click', () => {
    descending = !descending;
    sortButton.textContent = descending ? 'Support ↓' : 'Support ↑';
    draw();
  });
  const hide = h('input', { type: 'checkbox', id: 'hide-single' });
  hide.addEventListener('change', () => {
    hideSingle = hide.checked;
    draw();
  });
  draw();
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col', class: 'fact-h' }, 'Fact'),
    h('th', { scope: 'col', 'aria-sort': 'none' }, sortButton),
    ...columns.map((s) => {
      const n = copies.get(s.id);
      return h('th', { scope: 'col', title: `${s.outlet ?? s.title ?? s.input}${n ? ` (and ${n} cop${n === 1 ? 'y' : 'ies'})` : ''}` }, `[${ctx.number.get(s.id)}]`, n ? h('span', { class: 'copies' }, ` ≡${n}`) : '');
    }),
  );
  return section(
    'Corroboration matrix',
    'matrix',
    h(
      'div',
      { class: 'matrix-tools' },
      h('span', { class: 'legend' }, ...Object.values(MARK).map((m) => h('span', {}, `${m.symbol} ${m.label}`)), copies.size ? h('span', {}, '≡ copies folded in') : null),
      h('label', {}, hide, ' Hide single-source facts'),
    ),
    shown,
    h('div', { class: 'scroll' }, h('table', { class: 'matrix' }, h('thead', {}, head), body)),
    more,
  );
}

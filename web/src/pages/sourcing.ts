/**
 * The sourcing chain: who each report says told it. A small graph (reports on the left, the people, bodies and
 * documents they cite on the right) for the most-cited sources, and a table of all of them; anonymous sources
 * are one node, counted, never named.
 */
import { h, svg } from '../dom.js';
import type { BriefAttribution } from '../../../src/brief/types.js';
import { cappedList, chips, section, type Ctx } from './shared.js';

const GRAPH_CITED = 12;
const GRAPH_REPORTS = 24;
const ROW = 22;
const WIDTH = 640;

interface Cited {
  key: string;
  label: string;
  kind: BriefAttribution['kind'];
  attributions: BriefAttribution[];
  reports: Set<string>;
}

function citedOf(list: BriefAttribution[]): Cited[] {
  const byKey = new Map<string, Cited>();
  for (const a of list) {
    const key = a.kind === 'anonymous' ? '\u0000anonymous' : a.cites.toLowerCase();
    if (!byKey.has(key)) byKey.set(key, { key, label: a.kind === 'anonymous' ? 'anonymous sources' : a.cites, kind: a.kind, attributions: [], reports: new Set() });
    const c = byKey.get(key)!;
    c.attributions.push(a);
    c.reports.add(a.source);
  }
  return [...byKey.values()].sort((a, b) => b.reports.size - a.reports.size || b.attributions.length - a.attributions.length || a.label.localeCompare(b.label));
}

const clip = (s: string, n: number): string => (s.length > n ? s.slice(0, n - 1) + '…' : s);

function graph(ctx: Ctx, cited: Cited[]): SVGElement {
  const right = cited.slice(0, GRAPH_CITED);
  const reports = ctx.brief.sources.filter((s) => right.some((c) => c.reports.has(s.id))).slice(0, GRAPH_REPORTS);
  const height = Math.max(reports.length, right.length) * ROW + 16;
  const y = (i: number): number => 14 + i * ROW;
  const g = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, class: 'chain', role: 'img', 'aria-label': `Sourcing chain: ${reports.length} reports and the ${right.length} sources they cite most` });
  reports.forEach((r, i) => {
    right.forEach((c, j) => {
      if (c.reports.has(r.id)) g.append(svg('line', { x1: 200, y1: y(i), x2: 420, y2: y(j), class: `edge ${c.kind}` }));
    });
  });
  reports.forEach((r, i) => g.append(svg('text', { x: 192, y: y(i) + 4, 'text-anchor': 'end' }, `[${ctx.number.get(r.id)}] ${clip(r.outlet ?? r.title ?? r.input, 22)}`)));
  right.forEach((c, j) => g.append(svg('text', { x: 428, y: y(j) + 4, class: c.kind === 'anonymous' ? 'anon' : '' }, `${c.kind === 'anonymous' ? '? ' : ''}${clip(c.label, 24)} (${c.reports.size})`)));
  return g;
}

export function sourcing(ctx: Ctx): HTMLElement | null {
  const list = ctx.brief.attributions ?? [];
  if (!list.length) return null;
  const cited = citedOf(list);
  const anonymous = list.filter((a) => a.kind === 'anonymous');
  const anonReports = new Set(anonymous.map((a) => a.source)).size;
  return section(
    'Sourcing chain',
    'sourcing',
    h('p', {}, `${cited.length} cited sources; `, h('strong', {}, `${anonymous.length} anonymous attribution${anonymous.length === 1 ? '' : 's'}`), ` in ${anonReports} report${anonReports === 1 ? '' : 's'}. Dashed lines: anonymous.`),
    h('div', { class: 'scroll' }, graph(ctx, cited)),
    h('h3', {}, 'Who is cited, by how many reports'),
    cappedList('ul', { class: 'cited' }, cited, (c) =>
      h('li', {}, h('strong', {}, c.label), h('span', { class: 'muted' }, ` (${c.kind}) · ${c.reports.size} report${c.reports.size === 1 ? '' : 's'} `), chips(ctx, c.attributions)),
    ),
  );
}

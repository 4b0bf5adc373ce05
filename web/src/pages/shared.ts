/** What every section of the brief page shares: the page context, citation chips, the evidence pane, capped lists. */
import { announce, clear, h } from '../dom.js';
import type { Brief, BriefSource } from '../../../src/brief/types.js';
import type { SourceSpan } from '../../../src/doc/types.js';

const CONTEXT = 240;
/** Long lists (quotes, entities, timeline) show this many items until the reader asks for all. */
const LIST_CAP = 40;

export interface Ctx {
  brief: Brief;
  storyId: string;
  number: Map<string, number>;
  source: Map<string, BriefSource>;
  evidence: HTMLElement;
}

export const reportHref = (ctx: Ctx, id: string): string => `#/story/${encodeURIComponent(ctx.storyId)}/report/${encodeURIComponent(id)}`;

/** Shows one span in its report with the exact text highlighted: the reader checks a statement against its source. */
export function showEvidence(ctx: Ctx, span: SourceSpan): void {
  const src = ctx.source.get(span.source);
  if (!src) return;
  const before = src.text.slice(Math.max(0, span.start - CONTEXT), span.start);
  const after = src.text.slice(span.end, span.end + CONTEXT);
  clear(ctx.evidence);
  const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close the source text' }, '✕');
  close.addEventListener('click', () => ctx.evidence.classList.remove('shown'));
  ctx.evidence.append(
    close,
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
    h('a', { href: reportHref(ctx, span.source) }, 'Open the whole report'),
  );
  ctx.evidence.classList.add('shown');
  announce(`Showing source ${ctx.number.get(span.source)}`);
}

/** Chips drawn per statement before a "+N" button: a fact carried by 200 reports would otherwise draw 200. */
const CHIPS_SHOWN = 8;

function chip(ctx: Ctx, s: SourceSpan): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'chip',
      title: s.text,
      'data-source': s.source,
      'aria-label': `Source ${ctx.number.get(s.source)}: show the sentence`,
      onclick: () => showEvidence(ctx, s),
      onmouseenter: () => showEvidence(ctx, s),
    },
    `${ctx.number.get(s.source)}`,
  );
}

/** Citation chips: one button per source, each showing its own supporting text on hover, focus or click. */
export function chips(ctx: Ctx, support: SourceSpan[]): HTMLElement {
  const bySource = new Map<string, SourceSpan>();
  for (const s of support) if (!bySource.has(s.source)) bySource.set(s.source, s);
  const spans = [...bySource.values()].sort((a, b) => ctx.number.get(a.source)! - ctx.number.get(b.source)!);
  const box = h('span', { class: 'chips' }, ...spans.slice(0, CHIPS_SHOWN).map((s) => chip(ctx, s)));
  if (spans.length > CHIPS_SHOWN) {
    const more = h('button', { type: 'button', class: 'chip more-chips', 'aria-label': `Show ${spans.length - CHIPS_SHOWN} more sources` }, `+${spans.length - CHIPS_SHOWN}`);
    more.addEventListener('click', () => {
      more.replaceWith(...spans.slice(CHIPS_SHOWN).map((s) => chip(ctx, s)));
      (box.children[CHIPS_SHOWN] as HTMLElement | undefined)?.focus();
    });
    box.append(more);
  }
  return box;
}

export function section(title: string, id: string, ...body: (Node | null)[]): HTMLElement {
  return h('section', { id, 'aria-labelledby': `${id}-h` }, h('h2', { id: `${id}-h` }, title), ...body);
}

/** A list that draws its first items now and the rest only when asked: a 200-report story has thousands. */
export function cappedList<T>(tag: 'ul' | 'ol', attrs: Record<string, string>, items: T[], render: (item: T) => Node, cap = LIST_CAP): HTMLElement {
  const list = h(tag, attrs, ...items.slice(0, cap).map(render));
  if (items.length <= cap) return list;
  const more = h('button', { type: 'button', class: 'more' }, `Show all ${items.length}`);
  more.addEventListener('click', () => {
    list.append(...items.slice(cap).map(render));
    more.remove();
  });
  return h('div', {}, list, more);
}


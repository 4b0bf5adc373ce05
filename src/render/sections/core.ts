import type { Brief, ClaimStatus } from '../../brief/types.js';
import { citeNumbers, type CiteMap, type Writer } from '../writer.js';
import { reportCount } from '../../brief/reports.js';

export function renderSummary(brief: Brief, w: Writer, cites: CiteMap): void {
  w.heading('Summary');
  if (brief.summary.length === 0) w.para(w.dim('No fact is stated by more than one report.'));
  for (const s of brief.summary) w.item(s.text, citeNumbers(cites, s.sources));
}

export function renderSources(brief: Brief, w: Writer, cites: CiteMap): void {
  w.heading('Sources');
  for (const s of brief.sources) {
    const n = cites.get(s.id)!;
    const title = s.title ?? firstWords(s.text, 12);
    const meta = [s.outlet, s.dateline, s.publishedAt?.slice(0, 10), s.copyOf?.length ? `copy of ${s.copyOf.join(', ')}` : null]
      .filter(Boolean)
      .join(' · ');
    w.item(`[${n}] ${w.em(title)}${meta ? ' — ' + meta : ''} ${w.dim('(' + s.input + ')')}`);
  }
}

/**
 * A claim stated by a clause, not a whole sentence, reads as a fragment ("when more than 200 commuters were
 * crossing"); ellipses mark it as cut from a longer sentence instead of passing it off as one.
 */
export function asStatement(text: string): string {
  const t = text.trim();
  const opensSentence = /^[\p{Lu}\d"“‘'(]/u.test(t);
  const closesSentence = /[.!?…]["”’)]?$/.test(t);
  return `${opensSentence ? '' : '…'}${t}${closesSentence ? '' : '…'}`;
}

function firstWords(text: string, n: number): string {
  const words = text.split(/\s+/);
  return words.slice(0, n).join(' ') + (words.length > n ? '…' : '');
}

const GROUPS: { status: ClaimStatus; title: (n: number) => string }[] = [
  { status: 'consensus', title: (n) => `Stated by all ${n} sources` },
  { status: 'corroborated', title: () => 'Stated by several sources' },
  { status: 'single-source', title: () => 'Stated by one source only' },
];

export function renderClaims(brief: Brief, w: Writer, cites: CiteMap): void {
  w.heading('Facts');
  for (const g of GROUPS) {
    const claims = brief.claims
      .filter((c) => c.status === g.status)
      .sort((a, b) => reportCount(b.support) - reportCount(a.support));
    if (claims.length === 0) continue;
    w.subheading(`${g.title(brief.sources.length)} (${claims.length})`);
    for (const c of claims) w.item(asStatement(c.text), citeNumbers(cites, c.support.map((s) => s.source)));
  }
}

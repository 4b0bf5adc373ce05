/** The brief as Markdown to share. Article text is escaped so it cannot inject markup, links or HTML. */
import type { Brief } from '../brief/types.js';
import { SECTIONS, citeMapOf } from './sections/index.js';
import { bracketCites, type Writer } from './writer.js';

export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, (m) => '\\' + m)
    .replace(/&/g, '&amp;')
    .replace(/\s+/g, ' ')
    .trim();
}

export function renderMarkdown(brief: Brief): string {
  const out: string[] = [];
  const w: Writer = {
    heading: (t) => out.push('', `## ${t}`, ''),
    subheading: (t) => out.push('', `### ${t}`, ''),
    para: (t) => out.push(escapeMarkdown(t), ''),
    item: (t, cites, depth = 0) => out.push(`${'  '.repeat(depth)}- ${escapeMarkdown(t)}${cites?.length ? ' ' + w.cite(cites) : ''}`),
    // No inline markup: every string is escaped whole, so untrusted text can never open or close emphasis.
    em: (t) => t,
    dim: (t) => t,
    cite: bracketCites,
    blank: () => out.push(''),
  };
  const first = brief.sources.find((s) => s.title)?.title;
  out.push(`# Brief${first ? ': ' + escapeMarkdown(first) : ''}`, '', `*${brief.sources.length} sources, ${brief.claims.length} facts — made by corroborate*`);
  const cites = citeMapOf(brief);
  for (const section of SECTIONS) section(brief, w, cites);
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

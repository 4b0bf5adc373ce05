/**
 * The brief as one self-contained HTML file that opens offline: inline CSS, no script, no external resource,
 * and a Content-Security-Policy that forbids both. Every string from a report goes through escapeHtml.
 */
import type { Brief } from '../brief/types.js';
import { escapeHtml } from './escape.js';
import { SECTIONS, citeMapOf } from './sections/index.js';
import { bracketCites, type Writer } from './writer.js';

const CSS = `
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff}
h1{font-size:1.6rem}h2{border-bottom:2px solid #ddd;margin-top:2rem}h3{margin-bottom:.3rem}
.cite{font-size:.8em;color:#0b5394;white-space:nowrap}.dim{color:#666}
table{border-collapse:collapse;font-size:.9rem}td,th{border:1px solid #ccc;padding:.25rem .4rem;vertical-align:top}
th{background:#f3f3f3}td.c{text-align:center}
@media (prefers-color-scheme:dark){body{background:#111;color:#eee}th{background:#222}.cite{color:#8ab4f8}.dim{color:#aaa}}
`;

/**
 * The claims × sources table: ● states it, ○ silent; the text of each cell in its title attribute. Syndicated
 * copies fold into their original's column, as on the web page, so a copy does not look like a second witness.
 */
function matrix(brief: Brief): string {
  const originalOf = new Map(brief.sources.map((s) => [s.id, s.copyOf?.[0] ?? s.id]));
  const columns = brief.sources.map((s, i) => ({ s, n: i + 1 })).filter(({ s }) => !s.copyOf?.length);
  const copies = (id: string): number => brief.sources.filter((s) => s.copyOf?.[0] === id).length;
  const head = columns.map(({ s, n }) => `<th scope="col">[${n}]${copies(s.id) ? ` +${copies(s.id)}` : ''}</th>`).join('');
  const rows = brief.claims
    .filter((c) => c.status !== 'single-source')
    .map((c) => {
      const cells = columns
        .map(({ s }) => {
          const span = c.support.find((x) => x.source === s.id) ?? c.support.find((x) => originalOf.get(x.source) === s.id);
          return span
            ? `<td class="c" title="${escapeHtml(span.text)}"><span aria-label="states">●</span></td>`
            : `<td class="c"><span aria-label="silent">○</span></td>`;
        })
        .join('');
      return `<tr><td>${escapeHtml(c.text)}</td>${cells}</tr>`;
    })
    .join('\n');
  return `<h2>Corroboration matrix</h2><p class="dim">● states the fact · ○ silent${columns.length < brief.sources.length ? ' · +N: copies folded into the column' : ''}</p><table><thead><tr><th scope="col">Fact</th>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

export function renderHtml(brief: Brief): string {
  const out: string[] = [];
  let inList = false;
  const close = (): void => {
    if (inList) out.push('</ul>');
    inList = false;
  };
  const w: Writer = {
    heading: (t) => (close(), out.push(`<h2>${escapeHtml(t)}</h2>`)),
    subheading: (t) => (close(), out.push(`<h3>${escapeHtml(t)}</h3>`)),
    para: (t) => (close(), out.push(`<p>${escapeHtml(t)}</p>`)),
    item: (t, cites) => {
      if (!inList) out.push('<ul>');
      inList = true;
      out.push(`<li>${escapeHtml(t)}${cites?.length ? ` <span class="cite">${w.cite(cites)}</span>` : ''}</li>`);
    },
    // Inline marks would need raw HTML inside escaped text; the HTML export keeps text plain instead.
    em: (t) => t,
    dim: (t) => t,
    cite: bracketCites,
    blank: () => undefined,
  };
  const cites = citeMapOf(brief);
  for (const section of SECTIONS) section(brief, w, cites);
  close();
  const title = brief.sources.find((s) => s.title)?.title ?? 'Cross-source brief';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} — corroborate brief</title><style>${CSS}</style></head>
<body><h1>${escapeHtml(title)}</h1>
<p class="dim">${brief.sources.length} sources · ${brief.claims.length} facts · made by corroborate</p>
${out.join('\n')}
${matrix(brief)}
</body></html>
`;
}

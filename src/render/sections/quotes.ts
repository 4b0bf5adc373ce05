/**
 * The "Quotes" section for readers: speaker — quotation — which reports carry it, and where reports word the
 * same quotation differently, how. Reported speech follows the quotations, under its own heading.
 */
import type { Brief, BriefQuote } from '../../brief/types.js';
import { citeNumbers, type CiteMap, type Writer } from '../writer.js';
import { reportCount } from '../../brief/reports.js';

function line(q: BriefQuote, w: Writer): string {
  const who = q.speaker ? w.em(q.speaker.name) : w.dim('unattributed');
  const said = q.kind === 'indirect' ? `(reported) ${q.text}` : `“${q.text}”`;
  return `${who} — ${said}`;
}

function list(quotes: BriefQuote[], w: Writer, cites: CiteMap): void {
  for (const q of quotes) {
    w.item(line(q, w), citeNumbers(cites, q.occurrences.map((o) => o.source)));
    for (const d of q.drift) {
      const n = cites.get(d.source);
      w.item(`${n !== undefined ? w.cite([n]) + ' ' : ''}words it differently: ${d.differs.join('; ')}`, undefined, 1);
    }
  }
}

export function renderQuotes(brief: Brief, w: Writer, cites: CiteMap): void {
  if (!brief.quotes?.length) return;
  const quoted = brief.quotes.filter((q) => q.kind !== 'indirect');
  const reported = brief.quotes.filter((q) => q.kind === 'indirect');
  w.heading('Quotes');
  // Quotations carried by several reports first: they are what the coverage agrees someone said.
  const widest = (a: BriefQuote, b: BriefQuote): number => reportCount(b.occurrences) - reportCount(a.occurrences);
  list([...quoted].sort(widest), w, cites);
  if (reported.length) {
    w.subheading(`Reported speech (${reported.length})`);
    list([...reported].sort(widest), w, cites);
  }
}

import type { Brief } from '../../brief/types.js';
import { citeNumbers, type CiteMap, type Writer } from '../writer.js';

/** How many entities a reader sees before "and N more" (a 200-report story names thousands of things). */
const SHOWN = 40;

/** The `entities` section for readers: name, type, other names used, and the reports naming it. */
export function renderEntities(brief: Brief, w: Writer, cites: CiteMap): void {
  if (!brief.entities?.length) return;
  w.heading('Entities');
  for (const e of brief.entities.slice(0, SHOWN)) {
    const reports = new Set(e.mentions.map((m) => m.source));
    const others = e.aliases.filter((a) => a !== e.name);
    const also = others.length ? ` — also ${others.map((a) => `“${a}”`).join(', ')}` : '';
    const n = `${reports.size} report${reports.size === 1 ? '' : 's'}`;
    w.item(`${w.em(e.name)} ${w.dim(`(${e.type})`)}${also} ${w.dim('· ' + n)}`, citeNumbers(cites, reports));
  }
  if (brief.entities.length > SHOWN) w.para(w.dim(`… and ${brief.entities.length - SHOWN} more (see --json).`));
}

/** The brief for a terminal: the product's face. Colour only when the stream is a TTY (picocolors decides). */
import pc from 'picocolors';
import type { Brief } from '../brief/types.js';
import { SECTIONS, citeMapOf } from './sections/index.js';
import { bracketCites, type Writer } from './writer.js';

/** Article text may hold terminal control sequences; none of them reaches the terminal. */
export function safeForTerminal(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}

function wrap(text: string, width: number, indent: string, hang: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = indent;
  let visible = indent.length;
  for (const word of words) {
    const len = word.replace(/\u001b\[[0-9;]*m/g, '').length;
    if (visible + len + 1 > width && visible > hang.length) {
      lines.push(line);
      line = hang + word;
      visible = hang.length + len;
    } else {
      line += (visible > indent.length ? ' ' : '') + word;
      visible += (visible > indent.length ? 1 : 0) + len;
    }
  }
  lines.push(line);
  return lines.join('\n');
}

export function renderTerminal(brief: Brief, options: { width?: number; color?: boolean } = {}): string {
  const width = Math.max(60, Math.min(options.width ?? 100, 140));
  const c = pc.createColors(options.color ?? false);
  const out: string[] = [];
  const w: Writer = {
    heading: (t) => out.push('', c.bold(c.underline(t.toUpperCase()))),
    subheading: (t) => out.push('', c.bold(t)),
    para: (t) => out.push(wrap(safeForTerminal(t), width, '', '')),
    item: (t, cites, depth = 0) => {
      const pad = '  '.repeat(depth);
      const cite = cites?.length ? ' ' + c.cyan(w.cite(cites)) : '';
      out.push(wrap(safeForTerminal(t) + cite, width, pad + '• ', pad + '  '));
    },
    em: (t) => c.bold(t),
    dim: (t) => c.dim(t),
    cite: bracketCites,
    blank: () => out.push(''),
  };
  const cites = citeMapOf(brief);
  for (const section of SECTIONS) section(brief, w, cites);
  return out.join('\n').replace(/^\n+/, '') + '\n';
}

/**
 * From a scraped text to its logical lines. Most scrapes put one paragraph per line; some hard-wrap prose at a
 * fixed width and separate paragraphs with blank lines (e-mail, wire feeds, `lynx -dump`). Those wrapped lines
 * are joined back into paragraphs, otherwise every wrapped fragment would be read as a heading or a paragraph.
 */
import { BULLET } from './markdown.js';

const BLOCK_START = /^(?:#{1,6}\s|>|(?:[-*_]\s*){3,}$|!\[|\[[^\]]+\]:)/;

/**
 * A text is hard-wrapped when it has blank-line paragraph breaks, its lines are short, and many lines continue
 * on the next one in lower case — something one-paragraph-per-line text never does.
 */
export function isHardWrapped(lines: string[]): boolean {
  const first = lines.findIndex((l) => l !== '');
  const last = lines.length - 1 - [...lines].reverse().findIndex((l) => l !== '');
  if (first < 0 || !lines.slice(first, last).includes('')) return false;
  const lengths = lines.filter((l) => l !== '').map((l) => l.length).sort((a, b) => a - b);
  if ((lengths[Math.floor(lengths.length * 0.9)] ?? 0) > 110) return false;
  let pairs = 0;
  let lower = 0;
  let cut = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const cur = lines[i]!;
    const next = lines[i + 1]!;
    if (cur === '' || next === '') continue;
    pairs++;
    if (/^[\p{Ll}\d(,;]/u.test(next)) lower++;
    // A long line that stops without final punctuation was cut at the wrap width.
    if (/^[\p{Ll}\d(,;]/u.test(next) || (cur.length >= 45 && !/[.!?:"”’)]$/.test(cur))) cut++;
  }
  return pairs >= 3 && cut / pairs >= 0.5 && lower / pairs >= 0.2;
}

/** Trimmed, whitespace-collapsed logical lines, without blank ones. */
export function logicalLines(source: string): string[] {
  const physical = source
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b\u200c\u200d\ufeff]/g, '')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim());
  if (!isHardWrapped(physical)) return physical.filter((l) => l !== '');
  const out: string[] = [];
  let open = false;
  for (const line of physical) {
    if (line === '') {
      open = false;
      continue;
    }
    // A new Markdown block or bullet starts a line of its own; anything else continues the open paragraph.
    if (open && !BLOCK_START.test(line) && !BULLET.test(line)) {
      const prev = out[out.length - 1]!;
      // A word hyphenated at the wrap ("inter-\nnational") is one word again.
      out[out.length - 1] = /\p{L}-$/u.test(prev) && /^\p{Ll}/u.test(line) ? prev.slice(0, -1) + line : prev + ' ' + line;
    }
    else out.push(line);
    open = !/^#{1,6}\s/.test(line);
  }
  return out;
}

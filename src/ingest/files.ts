/** Local inputs: files, folders of them, and `-` for stdin. Bytes only; what they hold is decided later by content. */
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { RawInput } from '../doc/types.js';
import { InputError } from '../util/errors.js';
import type { Validators } from './fetch.js';
import { megabytes } from './options.js';

/** Media types by file ending, for the extractor; `.gz` is looked through (`page.html.gz` is HTML). */
const MEDIA_TYPES: Record<string, string | null> = {
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.xhtml': 'application/xhtml+xml',
  '.xml': null,
  '.rss': null,
  '.atom': null,
  '.opml': null,
  '.json': null,
  '.jsonl': null,
  '.ndjson': null,
};

/** A named input's bytes before interpretation: a RawInput before expand gives it its dates and hints. */
export type Source = Pick<RawInput, 'input' | 'url' | 'body' | 'contentType'> & {
  warnings: string[];
  /** For a fetched source: the URL as asked and the answer's validators. */
  fetched?: { url: string; validators: Validators | null };
  /** The server answered 304 to a conditional request: no body, nothing to read. */
  notModified?: boolean;
};

function ending(path: string): string {
  const lower = path.toLowerCase();
  const ext = extname(lower);
  return ext === '.gz' ? extname(lower.slice(0, -3)) || ext : ext;
}

export function mediaTypeOfPath(path: string): string | null {
  return MEDIA_TYPES[ending(path)] ?? null;
}

/** Whether a folder's file is read as an input (reports, saved pages, feeds, crawl dumps, gzipped or not). */
export function isInputFile(name: string): boolean {
  return !name.startsWith('.') && (ending(name) in MEDIA_TYPES || name.toLowerCase().endsWith('.gz'));
}

async function readStdin(input: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new InputError(input, `larger than the ${megabytes(maxBytes)} limit`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function readOne(path: string, size: number, maxBytes: number): Promise<Source> {
  if (size > maxBytes) throw new InputError(path, `file is ${megabytes(size)}, over the ${megabytes(maxBytes)} limit`);
  let body: Uint8Array;
  try {
    body = await readFile(path);
  } catch (err) {
    throw new InputError(path, `cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return { input: path, url: null, body, contentType: mediaTypeOfPath(path), warnings: [] };
}

/**
 * Reads `-` (stdin), a file, or a folder's input files (sorted by name, dot-files skipped, not recursive).
 * A folder's unreadable file is an error of its own; the other files still come through.
 */
export async function readPath(input: string, maxBytes: number): Promise<{ sources: Source[]; errors: InputError[] }> {
  if (input === '-') {
    return { sources: [{ input: '-', url: null, body: await readStdin(input, maxBytes), contentType: null, warnings: [] }], errors: [] };
  }
  let info;
  try {
    info = await stat(input);
  } catch {
    throw new InputError(input, 'no such file or folder');
  }
  if (!info.isDirectory()) return { sources: [await readOne(input, info.size, maxBytes)], errors: [] };
  const names = (await readdir(input)).filter(isInputFile).sort();
  if (names.length === 0) throw new InputError(input, 'folder holds no reports (.txt, .md, .html, feeds or .jsonl files)');
  const sources: Source[] = [];
  const errors: InputError[] = [];
  for (const name of names) {
    const path = join(input, name);
    try {
      const entry = await stat(path);
      if (entry.isFile()) sources.push(await readOne(path, entry.size, maxBytes));
    } catch (err) {
      if (err instanceof InputError) errors.push(err);
      else errors.push(new InputError(path, 'cannot read'));
    }
  }
  return { sources, errors };
}

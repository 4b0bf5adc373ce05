import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { RawInput } from '../doc/types.js';
import { InputError } from '../util/errors.js';

/** File endings read as reports when a folder is given. */
const REPORT_EXTENSIONS: Record<string, string> = {
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
};

export function mediaTypeOfPath(path: string): string | null {
  return REPORT_EXTENSIONS[extname(path).toLowerCase()] ?? null;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Reads one named input: `-` (stdin), a file, or a folder of report files (sorted, not recursive into dot-folders). */
export async function readPathInput(input: string, publishedAt: string | null): Promise<RawInput[]> {
  if (input === '-') {
    return [{ input: '-', url: null, body: await readStdin(), contentType: null, publishedAt }];
  }
  let info;
  try {
    info = await stat(input);
  } catch {
    throw new InputError(input, 'no such file or folder');
  }
  if (info.isDirectory()) {
    const names = (await readdir(input)).filter((n) => !n.startsWith('.') && mediaTypeOfPath(n)).sort();
    if (names.length === 0) throw new InputError(input, 'folder holds no reports (.txt or .md files)');
    return Promise.all(
      names.map(async (name) => {
        const path = join(input, name);
        return { input: path, url: null, body: await readFile(path), contentType: mediaTypeOfPath(name), publishedAt };
      }),
    );
  }
  return [{ input, url: null, body: await readFile(input), contentType: mediaTypeOfPath(input), publishedAt }];
}

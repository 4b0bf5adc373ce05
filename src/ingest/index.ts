/**
 * ingest: turns what the user names (paths, folders, stdin; later URLs and feeds) into RawInput records.
 * Nothing here interprets the content.
 */
import type { RawInput } from '../doc/types.js';
import { readPathInput } from './files.js';

export interface IngestOptions {
  /** Publication date for inputs that carry none (ISO date). */
  date?: string | null;
}

export async function ingest(inputs: string[], options: IngestOptions = {}): Promise<RawInput[]> {
  const out: RawInput[] = [];
  for (const input of inputs) out.push(...(await readPathInput(input, options.date ?? null)));
  return out;
}

export { readPathInput, mediaTypeOfPath } from './files.js';

import { writeFile, rename } from 'node:fs/promises';
import { InputError } from '../util/errors.js';

/** Writes to `-o FILE` through a temporary file and a rename, so a failed run never leaves half a file. */
export async function emit(text: string, outFile: string | undefined): Promise<void> {
  if (!outFile || outFile === '-') {
    process.stdout.write(text);
    return;
  }
  const tmp = `${outFile}.tmp-${process.pid}`;
  try {
    await writeFile(tmp, text);
    await rename(tmp, outFile);
  } catch (err) {
    throw new InputError(outFile, `cannot write output (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../util/paths.js';
import { VERSION } from '../version.js';

/** Where a site operator can read what this client is: the package's homepage, else its npm page. */
function homepage(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { homepage?: string };
  return pkg.homepage ?? 'https://www.npmjs.com/package/corroborate';
}

/** A polite, honest User-Agent: who we are and where to read about us. */
export const USER_AGENT = `corroborate/${VERSION} (+${homepage()})`;

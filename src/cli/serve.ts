import type { Command } from 'commander';

/** Registers `corroborate serve`. (Not yet implemented: registers nothing.) */
export function serveCommand(_cli: Command): void {}

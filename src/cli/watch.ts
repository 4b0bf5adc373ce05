import type { Command } from 'commander';

/** Registers `corroborate watch`. (Not yet implemented: registers nothing.) */
export function watchCommand(_cli: Command): void {}

import type { Command } from 'commander';

/** Registers `corroborate extract`. (Not yet implemented: registers nothing.) */
export function extractCommand(_cli: Command): void {}

import type { Command } from 'commander';

/** Registers `corroborate stories`. (Not yet implemented: registers nothing.) */
export function storiesCommand(_cli: Command): void {}

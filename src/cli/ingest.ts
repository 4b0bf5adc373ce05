import type { Command } from 'commander';

/** Registers `corroborate ingest`. (Not yet implemented: registers nothing.) */
export function ingestCommand(_cli: Command): void {}

/** An error about one input: the CLI prints `input: problem` on one line and exits non-zero. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly problem: string,
  ) {
    super(`${input}: ${problem}`);
    this.name = 'InputError';
  }
}

/** An error about how the command was called (options, counts), not about one input. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Where a command writes; main() gets process streams, tests and benchmarks pass their own. */
export interface Output {
  write(chunk: string): unknown;
}

export interface CliIO {
  stdout: Output;
  stderr: Output;
  /** Colour the text output: only when stdout is a terminal and NO_COLOR is not set. */
  color: boolean;
}

export function processIO(): CliIO {
  const noColor = process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '';
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    color: Boolean(process.stdout.isTTY) && !noColor,
  };
}

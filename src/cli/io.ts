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

let pipeGuarded = false;

/** `jixiao validate … | head` closes the pipe early: that is the reader's choice, not a crash. */
function guardPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw err;
  });
}

export function processIO(): CliIO {
  guardPipe();
  const noColor = process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '';
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    color: Boolean(process.stdout.isTTY) && !noColor,
  };
}

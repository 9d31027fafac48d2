import type { Message } from '../rules/types';
import type { CliIO } from './io';

/**
 * One `jixiao <name>` command. main.ts keeps a table of them: adding a command is one line there.
 * run() gets the arguments after the command name and returns the exit code
 * (0 fine, 1 problems found, 2 bad input or arguments).
 */
export interface Command {
  summary: Message;
  run(args: readonly string[], io: CliIO): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

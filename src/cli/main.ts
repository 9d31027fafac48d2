import type { Command } from './command';
import { EXIT_OK, EXIT_USAGE } from './command';
import { libraryCommand } from './library';
import { processIO, type CliIO } from './io';
import { localeOf, say } from './locale';
import { validateCommand } from './validate';
import { renderCommand } from './render';
import { fixCommand } from './fix';
import { packageVersion } from './version';

/**
 * The commands of `jixiao`. Adding one is one line here: its name and its Command (src/cli/command.ts).
 */
const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  render: renderCommand,
  fix: fixCommand,
  library: libraryCommand,
};

function usage(argv: readonly string[]): string {
  const locale = localeOf(argv);
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((n) => n.length));
  const list = names.map((n) => {
    const cmd = COMMANDS[n];
    return `  ${n.padEnd(width)}  ${cmd ? say(cmd.summary, locale) : ''}`;
  });
  const head =
    locale === 'en'
      ? ['Usage: jixiao <command> [arguments]', '', 'Commands:']
      : ['用法：jixiao <命令> [参数]', '', '命令：'];
  const tail =
    locale === 'en'
      ? ['', '  jixiao <command> --help   help on one command', '  jixiao --version          version', '']
      : ['', '  jixiao <命令> --help   查看命令的帮助', '  jixiao --version       查看版本', ''];
  return [...head, ...list, ...tail].join('\n');
}

/** Runs the command line; resolves to the exit code. Never throws: a bug of ours is reported and exits 2. */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr.write(usage(argv));
    return EXIT_USAGE;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout.write(usage(argv));
    return EXIT_OK;
  }
  if (first === '--version' || first === '-v') {
    io.stdout.write(`${packageVersion()}\n`);
    return EXIT_OK;
  }
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!command) {
    const locale = localeOf(argv);
    io.stderr.write(`jixiao: ${say({ zh: `未知命令：${first}`, en: `unknown command: ${first}` }, locale)}\n\n${usage(argv)}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    const why = err instanceof Error ? (err.stack ?? err.message) : String(err);
    io.stderr.write(`jixiao ${first}: ${say({ zh: '内部错误', en: 'internal error' }, localeOf(argv))}: ${why}\n`);
    return EXIT_USAGE;
  }
}

import { XlsxHost, XlsxOpenError } from '../hosts/xlsx';
import type { CellEdit, Finding } from '../model/finding';
import { readWorkbook } from '../read';
import type { Locale } from '../rules/types';
import { validateProjects } from '../validate';
import { EXIT_OK, EXIT_USAGE, type Command } from './command';
import type { CliIO } from './io';
import { localeOf, say } from './locale';
import { explain, parseWriteArgs } from './render';

export interface SafeFixes {
  /** The findings whose fixes are applied, in report order. */
  applied: Finding[];
  edits: CellEdit[];
  /** Safe fixes left out because an earlier fix already edits one of their cells. */
  conflicting: Finding[];
}

/** The safe fixes of the findings, each cell edited at most once (the first fix to claim it wins). */
export function safeFixes(findings: readonly Finding[]): SafeFixes {
  const claimed = new Set<string>();
  const out: SafeFixes = { applied: [], edits: [], conflicting: [] };
  for (const f of findings) {
    if (!f.fix?.safe || f.fix.edits.length === 0) continue;
    const keys = f.fix.edits.map((e) => `${e.sheet}!${e.cell.replace(/\$/g, '').toUpperCase()}`);
    if (keys.some((k) => claimed.has(k))) {
      out.conflicting.push(f);
      continue;
    }
    for (const k of keys) claimed.add(k);
    out.applied.push(f);
    out.edits.push(...f.fix.edits);
  }
  return out;
}

export function fixUsage(locale: Locale): string {
  return locale === 'en'
    ? [
        'Usage: jixiao fix <in.xlsx> -o <out.xlsx> [--profile auto|sh-2024|sh-2019] [--lang zh-CN|en]',
        '',
        'Applies the safe fixes of the findings and saves the result as a new file; the input is never modified.',
        '',
      ].join('\n')
    : [
        '用法：jixiao fix <输入.xlsx> -o <输出.xlsx> [--profile auto|sh-2024|sh-2019] [--lang zh-CN|en]',
        '',
        '应用检查结果中可安全自动修正的修改，另存为新文件；输入文件从不被改写。',
        '',
      ].join('\n');
}

export async function runFix(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseWriteArgs(argv);
  const locale = localeOf(argv);
  if (!parsed.ok) {
    io.stderr.write(`jixiao fix: ${say(parsed.error, locale)}\n\n${fixUsage(locale)}`);
    return EXIT_USAGE;
  }
  const { args } = parsed;
  if (args.help) {
    io.stdout.write(fixUsage(locale));
    return EXIT_OK;
  }
  let host: XlsxHost;
  try {
    host = await XlsxHost.open(args.input);
  } catch (err) {
    if (!(err instanceof XlsxOpenError)) throw err;
    io.stderr.write(`jixiao fix: ${args.input}：${err.describe(locale)}\n`);
    return EXIT_USAGE;
  }
  const read = readWorkbook(await host.snapshot(), { profile: args.profile, locale });
  const findings = validateProjects(read.projects, { locale }).flat();
  const fixes = safeFixes(findings);
  try {
    await host.applyEdits(fixes.edits);
    await host.save(args.output);
  } catch (err) {
    const why = explain(err, locale) ?? (err instanceof Error ? err.message : null);
    if (why === null) throw err;
    io.stderr.write(`jixiao fix: ${why}\n`);
    return EXIT_USAGE;
  }
  const lines = fixes.applied.map((f) => `  ${f.location.sheet}!${f.location.cell ?? ''}  ${f.ruleId}  ${f.fix?.description ?? ''}`);
  for (const f of fixes.conflicting)
    lines.push(`  ${f.location.sheet}!${f.location.cell ?? ''}  ${f.ruleId}  ${say({ zh: '（未应用：与前一项修改同一单元格）', en: '(not applied: edits a cell an earlier fix edits)' }, locale)}`);
  const head = say(
    { zh: `已写出 ${args.output}：应用了 ${fixes.applied.length} 项安全修正`, en: `wrote ${args.output}: ${fixes.applied.length} safe fix(es) applied` },
    locale,
  );
  io.stdout.write([head, ...lines, await leftAfter(host, args.output, args.profile, locale), ''].join('\n'));
  return EXIT_OK;
}

/** What the fixed workbook still asks of the user, checked on the workbook as written, not assumed. */
async function leftAfter(host: XlsxHost, output: string, profile: string, locale: Locale): Promise<string> {
  const read = readWorkbook(await host.snapshot(), { profile, locale });
  const left = [...read.findings, ...validateProjects(read.projects, { locale }).flat()];
  const count = (s: Finding['severity']): number => left.filter((f) => f.severity === s).length;
  if (left.length === 0) return say({ zh: '修正后未发现其他问题。', en: 'No other problems found after the fixes.' }, locale);
  return say(
    {
      zh: `仍有 ${count('error')} 个错误、${count('warning')} 个警告、${count('info')} 个提示需人工处理：jixiao validate ${output}`,
      en: `Left for you: ${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info; see jixiao validate ${output}`,
    },
    locale,
  );
}

export const fixCommand: Command = {
  summary: { zh: '应用可安全自动修正的修改，另存为新文件', en: 'apply the safe fixes and save as a new file' },
  run: runFix,
};

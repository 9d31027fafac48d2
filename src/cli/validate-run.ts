import { allRuleMeta } from '../rules';
import type { Locale } from '../rules/types';
import { buildReport, type ReadWorkbook } from '../report';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './command';
import { collectInputs } from './files';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';
import type { CliIO } from './io';
import { localeOf, say } from './locale';
import { parseValidateArgs, profileChoices, FORMATS } from './validate-args';
import { packageVersion } from './version';

export function validateUsage(locale: Locale): string {
  const profiles = profileChoices().join('|');
  if (locale === 'en') {
    return [
      'Usage: jixiao validate <files or folders…> [options]',
      '',
      'Checks 财政项目支出绩效目标申报表 workbooks (.xlsx); folders are searched for .xlsx files.',
      '',
      `  --format ${FORMATS.join('|')}        output format (default text)`,
      `  --profile ${profiles}   form generation (default auto)`,
      '  --min-severity error|warning|info   leave out findings below this severity (default info)',
      '  --lang zh-CN|en                     message language (default zh-CN)',
      '  --satisfaction-floor N              lowest acceptable satisfaction target, in % (default: the profile\'s)',
      '  -h, --help                          show this help',
      '',
      'Exit status: 0 no errors, 1 errors found, 2 a file could not be read or the arguments are wrong.',
      '',
    ].join('\n');
  }
  return [
    '用法：jixiao validate <文件或文件夹…> [选项]',
    '',
    '检查财政项目支出绩效目标申报表（.xlsx）；文件夹会被递归查找 .xlsx 文件。',
    '',
    `  --format ${FORMATS.join('|')}        输出格式（默认 text）`,
    `  --profile ${profiles}   表单版本（默认 auto，自动识别）`,
    '  --min-severity error|warning|info   只显示不低于此级别的问题（默认 info）',
    '  --lang zh-CN|en                     提示语言（默认 zh-CN）',
    '  --satisfaction-floor N              满意度目标的最低值，百分数（默认取表单版本的设定）',
    '  -h, --help                          显示本帮助',
    '',
    '退出码：0 没有错误，1 发现错误，2 有文件无法读取或参数有误。',
    '',
  ].join('\n');
}

/** `jixiao validate`, with the reader passed in so that tests and benchmarks can run it in-process. */
export async function runValidate(args: readonly string[], io: CliIO, read: ReadWorkbook): Promise<number> {
  const parsed = parseValidateArgs(args);
  if (!parsed.ok) {
    const locale = localeOf(args);
    io.stderr.write(`jixiao validate: ${say(parsed.error, locale)}\n\n${validateUsage(locale)}`);
    return EXIT_USAGE;
  }
  const options = parsed.options;
  const locale = options.locale;
  if (options.help) {
    io.stdout.write(validateUsage(locale));
    return EXIT_OK;
  }

  const paths = await collectInputs(options.inputs);
  if (paths.length === 0) {
    io.stderr.write(
      `jixiao validate: ${say({ zh: '没有找到 .xlsx 文件', en: 'no .xlsx files found' }, locale)}: ${options.inputs.join(' ')}\n`,
    );
    return EXIT_USAGE;
  }

  const report = await buildReport(paths, {
    profile: options.profile,
    read,
    settings: {
      locale,
      minSeverity: options.minSeverity,
      ...(options.satisfactionFloor !== undefined ? { satisfactionFloor: options.satisfactionFloor } : {}),
    },
  });

  switch (options.format) {
    case 'json':
      io.stdout.write(formatJson(report));
      break;
    case 'sarif':
      io.stdout.write(formatSarif(report, { name: 'jixiao', version: packageVersion(), rules: allRuleMeta() }, locale));
      break;
    case 'text':
      io.stdout.write(formatText(report, locale, io.color));
      break;
  }

  if (report.files.some((f) => f.error !== undefined)) return EXIT_USAGE;
  return report.stats.error > 0 ? EXIT_FINDINGS : EXIT_OK;
}

import { SEVERITIES, type Severity } from '../model/finding';
import { PROFILES } from '../profiles';
import type { Locale } from '../rules/types';
import { isLocale, LOCALES } from './locale';

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export interface ValidateOptions {
  inputs: string[];
  format: Format;
  /** 'auto' lets the reader tell the generation from the labels. */
  profile: string;
  minSeverity: Severity;
  locale: Locale;
  satisfactionFloor?: number;
  help: boolean;
}

export type ParseResult = { ok: true; options: ValidateOptions } | { ok: false; error: { zh: string; en: string } };

export function profileChoices(): string[] {
  return ['auto', ...PROFILES.map((p) => p.id)];
}

function oneOf<T extends string>(allowed: readonly T[], v: string): v is T {
  return (allowed as readonly string[]).includes(v);
}

/** Options that take a value. */
const VALUED = ['--format', '--profile', '--min-severity', '--lang', '--satisfaction-floor'];

const fail = (zh: string, en: string): ParseResult => ({ ok: false, error: { zh, en } });

/** Options take their value as the next argument or after '='; '--' ends the options. */
export function parseValidateArgs(args: readonly string[]): ParseResult {
  const options: ValidateOptions = {
    inputs: [],
    format: 'text',
    profile: 'auto',
    minSeverity: 'info',
    locale: 'zh-CN',
    help: false,
  };
  let onlyInputs = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (onlyInputs || !arg.startsWith('-') || arg === '-') {
      options.inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyInputs = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') {
      options.help = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (VALUED.includes(name)) {
      value = args[i + 1];
      i++;
    }
    if (value === undefined) {
      if (VALUED.includes(name)) {
        return fail(`选项 ${name} 需要一个值`, `option ${name} needs a value`);
      }
      return fail(`未知选项：${arg}`, `unknown option: ${arg}`);
    }
    switch (name) {
      case '--format':
        if (!oneOf(FORMATS, value)) return fail(`--format 只能是 ${FORMATS.join('|')}`, `--format must be ${FORMATS.join('|')}`);
        options.format = value;
        break;
      case '--profile': {
        const choices = profileChoices();
        if (!choices.includes(value)) return fail(`--profile 只能是 ${choices.join('|')}`, `--profile must be ${choices.join('|')}`);
        options.profile = value;
        break;
      }
      case '--min-severity':
        if (!oneOf(SEVERITIES, value)) {
          return fail(`--min-severity 只能是 ${SEVERITIES.join('|')}`, `--min-severity must be ${SEVERITIES.join('|')}`);
        }
        options.minSeverity = value;
        break;
      case '--lang':
        if (!isLocale(value)) return fail(`--lang 只能是 ${LOCALES.join('|')}`, `--lang must be ${LOCALES.join('|')}`);
        options.locale = value;
        break;
      case '--satisfaction-floor': {
        const n = value.trim() === '' ? NaN : Number(value);
        if (!Number.isFinite(n) || n < 0 || n > 100) {
          return fail('--satisfaction-floor 应为 0 到 100 之间的百分数', '--satisfaction-floor must be a percentage from 0 to 100');
        }
        options.satisfactionFloor = n;
        break;
      }
      default:
        return fail(`未知选项：${name}`, `unknown option: ${name}`);
    }
  }
  if (!options.help && options.inputs.length === 0) {
    return fail('请给出要检查的 .xlsx 文件或文件夹', 'give the .xlsx files or folders to check');
  }
  return { ok: true, options };
}

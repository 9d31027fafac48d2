import { promises as fs } from 'node:fs';
import { extname, resolve } from 'node:path';
import { z } from 'zod';
import { XlsxHost, XlsxOpenError } from '../hosts/xlsx';
import type { Form } from '../model/form';
import { formFromSample } from '../model/sample';
import { profileById } from '../profiles';
import { readWorkbook } from '../read';
import type { Locale, Message } from '../rules/types';
import { planStandardForm } from '../write/standard';
import { PlanError } from '../write/validate-plan';
import { EXIT_OK, EXIT_USAGE, type Command } from './command';
import type { CliIO } from './io';
import { isLocale, localeOf, say } from './locale';

export interface WriteArgs {
  input: string;
  output: string;
  locale: Locale;
  profile: string;
  help: boolean;
}

type Parsed = { ok: true; args: WriteArgs } | { ok: false; error: Message };

/** `<input> -o <output> [--profile …] [--lang …]`, shared by render and fix. */
export function parseWriteArgs(argv: readonly string[]): Parsed {
  const args: WriteArgs = { input: '', output: '', locale: localeOf(argv), profile: 'auto', help: false };
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '-h' || a === '--help') {
      args.help = true;
      continue;
    }
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq >= 0 ? a.slice(0, eq) : a;
    if (['-o', '--output', '--profile', '--lang'].includes(name)) {
      const value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') return { ok: false, error: { zh: `选项 ${name} 需要一个值`, en: `option ${name} needs a value` } };
      if (name === '--lang' && !isLocale(value)) return { ok: false, error: { zh: '--lang 只能是 zh-CN|en', en: '--lang must be zh-CN|en' } };
      if (name === '--profile' && value !== 'auto' && !profileById(value))
        return { ok: false, error: { zh: `未知的表单版本：${value}`, en: `unknown profile: ${value}` } };
      if (name === '-o' || name === '--output') args.output = value;
      else if (name === '--profile') args.profile = value;
      continue;
    }
    if (a.startsWith('-') && a !== '-') return { ok: false, error: { zh: `未知选项：${a}`, en: `unknown option: ${a}` } };
    inputs.push(a);
  }
  if (args.help) return { ok: true, args };
  if (inputs.length !== 1) return { ok: false, error: { zh: '需要且只需要一个输入文件', en: 'exactly one input file is needed' } };
  args.input = inputs[0] ?? '';
  if (args.output === '') return { ok: false, error: { zh: '请用 -o 指定输出文件', en: 'give the output file with -o' } };
  if (resolve(args.output) === resolve(args.input))
    return { ok: false, error: { zh: '输出文件不能是输入文件本身（输入文件从不被改写）', en: 'the output cannot be the input file (the input is never modified)' } };
  return { ok: true, args };
}

const CellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.object({ error: z.string() })]);

/** A plain Form as JSON (the model itself), for forms that come from elsewhere than the samples. */
const FormSchema = z.object({
  profile: z.string(),
  year: z.number().int().nullable().default(null),
  title: z.string().nullable().default(null),
  fields: z.record(z.string(), CellValueSchema).default({}),
  checks: z.record(z.string(), z.object({ options: z.array(z.string()), ticked: z.array(z.string()) })).default({}),
  funding: z.record(z.string(), CellValueSchema).default({}),
  amountScale: z.number().positive().default(1),
  subItems: z.array(z.object({ name: CellValueSchema, amount: CellValueSchema })).default([]),
  goals: z.record(z.string(), CellValueSchema).default({}),
  indicators: z.array(z.object({ level1: z.string(), level2: z.string(), name: z.string(), value: CellValueSchema })),
});

/** A form.json in the samples' transcription format (with `version`) or a plain Form (with `profile`). */
export function formFromJson(data: unknown): Form {
  if (typeof data === 'object' && data !== null && 'version' in data) return formFromSample(data);
  return FormSchema.parse(data);
}

class InputError extends Error {
  constructor(readonly text: Message) {
    super(text.en);
  }
}

async function formsFromJson(path: string): Promise<Form[]> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (err) {
    const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : String(err);
    throw new InputError({ zh: `无法读取 ${path}（${code}）`, en: `cannot read ${path} (${code})` });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new InputError({ zh: `${path} 不是有效的 JSON：${why}`, en: `${path} is not valid JSON: ${why}` });
  }
  try {
    return [formFromJson(data)];
  } catch (err) {
    const why = err instanceof z.ZodError ? err.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ') : String(err);
    throw new InputError({ zh: `${path} 不是申报表 JSON：${why}`, en: `${path} is not a form JSON: ${why}` });
  }
}

async function formsFromXlsx(path: string, profile: string, locale: Locale): Promise<Form[]> {
  let host: XlsxHost;
  try {
    host = await XlsxHost.open(path);
  } catch (err) {
    if (err instanceof XlsxOpenError) throw new InputError({ zh: `${path}：${err.describe('zh-CN')}`, en: `${path}: ${err.describe('en')}` });
    throw err;
  }
  const read = readWorkbook(await host.snapshot(), { profile, locale });
  if (read.projects.length === 0) throw new InputError({ zh: `${path} 中找不到申报表`, en: `no form found in ${path}` });
  return read.projects.map((p) => p.form);
}

/** Sheet names for the rendered forms: 申报表, or 申报表1, 申报表2, … when the input held several. */
function sheetNames(count: number): string[] {
  return count === 1 ? ['申报表'] : Array.from({ length: count }, (_, i) => `申报表${i + 1}`);
}

/** The forms as clean standard sheets of a new workbook. */
export async function renderForms(forms: readonly Form[]): Promise<XlsxHost> {
  const host = XlsxHost.create();
  const names = sheetNames(forms.length);
  const plans = forms.map((form, i) => {
    const profile = profileById(form.profile);
    if (!profile) throw new InputError({ zh: `未知的表单版本：${form.profile}`, en: `unknown profile: ${form.profile}` });
    return planStandardForm(form, profile, { sheet: names[i] ?? `申报表${i + 1}` });
  });
  await host.apply(plans);
  return host;
}

export function renderUsage(locale: Locale): string {
  return locale === 'en'
    ? [
        'Usage: jixiao render <form.json|form.xlsx> -o <out.xlsx> [--profile auto|sh-2024|sh-2019] [--lang zh-CN|en]',
        '',
        'Writes a clean standard form: from a form.json (the samples\' format, or a plain form model),',
        'or from every form found in a workbook, one sheet each. The input is never modified.',
        '',
      ].join('\n')
    : [
        '用法：jixiao render <form.json|form.xlsx> -o <输出.xlsx> [--profile auto|sh-2024|sh-2019] [--lang zh-CN|en]',
        '',
        '按标准格式写出干净的申报表：来源可以是 form.json（样例格式或表单模型），',
        '也可以是工作簿（其中每张申报表各写成一张工作表）。输入文件从不被改写。',
        '',
      ].join('\n');
}

/** What went wrong with an input or a plan, in the user's language; anything else is a bug and is rethrown. */
export function explain(err: unknown, locale: Locale): string | null {
  if (err instanceof InputError) return say(err.text, locale);
  if (err instanceof PlanError) return err.describe(locale);
  return null;
}

export async function runRender(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseWriteArgs(argv);
  const locale = localeOf(argv);
  if (!parsed.ok) {
    io.stderr.write(`jixiao render: ${say(parsed.error, locale)}\n\n${renderUsage(locale)}`);
    return EXIT_USAGE;
  }
  const { args } = parsed;
  if (args.help) {
    io.stdout.write(renderUsage(locale));
    return EXIT_OK;
  }
  try {
    const forms =
      extname(args.input).toLowerCase() === '.json' ? await formsFromJson(args.input) : await formsFromXlsx(args.input, args.profile, locale);
    const host = await renderForms(forms);
    await host.save(args.output);
    io.stdout.write(
      say({ zh: `已写出 ${args.output}：${forms.length} 张申报表`, en: `wrote ${args.output}: ${forms.length} form(s)` }, locale) + '\n',
    );
    return EXIT_OK;
  } catch (err) {
    const why = explain(err, locale);
    if (why === null) throw err;
    io.stderr.write(`jixiao render: ${why}\n`);
    return EXIT_USAGE;
  }
}

export const renderCommand: Command = {
  summary: { zh: '按标准格式写出申报表（来自 form.json 或工作簿）', en: 'write a clean standard form (from form.json or a workbook)' },
  run: runRender,
};

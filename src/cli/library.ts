import { readFile, writeFile } from 'node:fs/promises';
import { builtInLibrary } from '../library/builtin';
import { openLibrary } from '../library';
import { emptyUnitLibrary, parseUnitLibrary, serialiseUnitLibrary, type ImportProblem } from '../library/io';
import { PROJECT_KINDS, type LibraryEntry, type ProjectKind } from '../library/schema';
import { searchLibrary } from '../library/search';
import { libraryFromXlsx, libraryToXlsx } from '../library/xlsx';
import { formatIndicatorValue } from '../library/format';
import { PROFILES, profileById } from '../profiles';
import type { Locale, Message } from '../rules/types';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type Command } from './command';
import type { CliIO } from './io';
import { isLocale, localeOf, say } from './locale';

interface LibraryOptions {
  sub: string | undefined;
  words: string[];
  profile: string;
  kinds: ProjectKind[];
  level2?: string;
  libraries: string[];
  limit: number;
  format: 'text' | 'json' | 'xlsx';
  out?: string;
  name?: string;
  unitOnly: boolean;
  locale: Locale;
  help: boolean;
}

const HELP: Message = {
  zh: [
    '用法：',
    '  jixiao library search <词…> [--kind 会议] [--level2 时效指标] [--profile sh-2024|sh-2019] [--library 本单位.json] [--limit 20] [--format text|json]',
    '  jixiao library export [--format json|xlsx] [--out 文件] [--library 本单位.json] [--unit-only]',
    '  jixiao library import <文件.xlsx|文件.json> [--out 本单位.json] [--name 单位名称]',
    '',
    '搜索支持中文、拼音全拼和首字母（满意度 / manyidu / myd）。',
    `项目类型：${PROJECT_KINDS.join('、')}`,
    '',
  ].join('\n'),
  en: [
    'Usage:',
    '  jixiao library search <words…> [--kind 会议] [--level2 时效指标] [--profile sh-2024|sh-2019] [--library unit.json] [--limit 20] [--format text|json]',
    '  jixiao library export [--format json|xlsx] [--out file] [--library unit.json] [--unit-only]',
    '  jixiao library import <file.xlsx|file.json> [--out unit.json] [--name unit name]',
    '',
    'Search matches Chinese, full pinyin and pinyin initials (满意度 / manyidu / myd).',
    `Project kinds: ${PROJECT_KINDS.join(', ')}`,
    '',
  ].join('\n'),
};

type Parsed = { ok: true; options: LibraryOptions } | { ok: false; error: Message };

export function parseLibraryArgs(args: readonly string[]): Parsed {
  const o: LibraryOptions = { sub: undefined, words: [], profile: 'sh-2024', kinds: [], libraries: [], limit: 20, format: 'text', unitOnly: false, locale: 'zh-CN', help: false };
  let formatSet = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--') || arg === '--') {
      if (o.sub === undefined) o.sub = arg;
      else o.words.push(arg);
      continue;
    }
    if (arg === '--help') {
      o.help = true;
      continue;
    }
    if (arg === '--unit-only') {
      o.unitOnly = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined) return { ok: false, error: { zh: `${name} 需要一个值`, en: `${name} needs a value` } };
    switch (name) {
      case '--profile':
        if (!profileById(value)) return { ok: false, error: { zh: `未知表样：${value}（可选 ${PROFILES.map((p) => p.id).join('、')}）`, en: `unknown profile: ${value} (one of ${PROFILES.map((p) => p.id).join(', ')})` } };
        o.profile = value;
        break;
      case '--kind':
        for (const k of value.split(/[,，、]/).filter((x) => x !== '')) {
          if (!(PROJECT_KINDS as readonly string[]).includes(k)) return { ok: false, error: { zh: `未知项目类型：${k}（可选 ${PROJECT_KINDS.join('、')}）`, en: `unknown project kind: ${k} (one of ${PROJECT_KINDS.join(', ')})` } };
          o.kinds.push(k as ProjectKind);
        }
        break;
      case '--level2':
        o.level2 = value;
        break;
      case '--library':
        o.libraries.push(value);
        break;
      case '--limit': {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1) return { ok: false, error: { zh: `--limit 需要正整数：${value}`, en: `--limit needs a positive integer: ${value}` } };
        o.limit = n;
        break;
      }
      case '--format':
        if (value !== 'text' && value !== 'json' && value !== 'xlsx') return { ok: false, error: { zh: `未知格式：${value}`, en: `unknown format: ${value}` } };
        o.format = value;
        formatSet = true;
        break;
      case '--out':
        o.out = value;
        break;
      case '--name':
        o.name = value;
        break;
      case '--lang':
        if (!isLocale(value)) return { ok: false, error: { zh: `未知语言：${value}`, en: `unknown language: ${value}` } };
        o.locale = value;
        break;
      default:
        return { ok: false, error: { zh: `未知选项：${name}`, en: `unknown option: ${name}` } };
    }
  }
  if (o.sub === 'export' && !formatSet) o.format = 'json';
  return { ok: true, options: o };
}

function problemLines(problems: readonly ImportProblem[], locale: Locale): string {
  return problems.map((p) => `  ${say(p, locale)}\n`).join('');
}

/** Reads --library files; a bad file or bad rows are reported, the good entries still used. */
async function loadUnitEntries(paths: readonly string[], io: CliIO, locale: Locale): Promise<{ entries: LibraryEntry[]; ok: boolean }> {
  const entries: LibraryEntry[] = [];
  let ok = true;
  for (const path of paths) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      io.stderr.write(`jixiao library: ${say({ zh: `无法读取 ${path}：${why}`, en: `cannot read ${path}: ${why}` }, locale)}\n`);
      ok = false;
      continue;
    }
    const result = parseUnitLibrary(text);
    if (result.problems.length > 0) {
      io.stderr.write(`jixiao library: ${path}\n${problemLines(result.problems, locale)}`);
      if (!result.library) ok = false;
    }
    entries.push(...result.entries);
  }
  return { entries, ok };
}

async function runSearch(o: LibraryOptions, io: CliIO): Promise<number> {
  const profile = profileById(o.profile);
  if (!profile) return EXIT_USAGE;
  const unit = await loadUnitEntries(o.libraries, io, o.locale);
  if (!unit.ok) return EXIT_USAGE;
  const index = openLibrary(profile, [unit.entries]);
  const hits = searchLibrary(index, { text: o.words.join(' '), kinds: o.kinds, level2: o.level2, limit: o.limit });
  if (o.format === 'json') {
    const out = hits.map((h) => ({
      ...h.entry,
      origin: h.origin,
      match: h.match,
      placement: { level1: h.placement.level1, level2: h.placement.level2 },
      formatted: formatIndicatorValue(h.entry),
    }));
    io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return EXIT_OK;
  }
  if (hits.length === 0) {
    io.stdout.write(`${say({ zh: '没有找到匹配的指标', en: 'no matching indicator' }, o.locale)}\n`);
    return EXIT_OK;
  }
  for (const h of hits) {
    const value = formatIndicatorValue(h.entry);
    const own = h.origin === 'unit' ? say({ zh: '［本单位］', en: '[unit] ' }, o.locale) : '';
    io.stdout.write(`${own}${h.placement.level1}／${h.placement.level2}  ${h.entry.name}  ${value}\n    ${h.entry.explanation}  〔${h.entry.kinds.join('、')}〕\n`);
  }
  return EXIT_OK;
}

async function runExport(o: LibraryOptions, io: CliIO): Promise<number> {
  const unit = await loadUnitEntries(o.libraries, io, o.locale);
  if (!unit.ok) return EXIT_USAGE;
  const entries = o.unitOnly ? unit.entries : [...builtInLibrary(), ...unit.entries];
  if (o.format === 'xlsx') {
    if (!o.out) {
      io.stderr.write(`jixiao library export: ${say({ zh: '--format xlsx 需要 --out 文件名', en: '--format xlsx needs --out file' }, o.locale)}\n`);
      return EXIT_USAGE;
    }
    await writeFile(o.out, await libraryToXlsx(entries));
    io.stderr.write(`${say({ zh: `已导出 ${entries.length} 条指标到 ${o.out}`, en: `exported ${entries.length} indicators to ${o.out}` }, o.locale)}\n`);
    return EXIT_OK;
  }
  const library = { ...emptyUnitLibrary(o.name ?? (o.unitOnly ? '本单位指标库' : 'JiXiao 指标库')), entries };
  const text = `${serialiseUnitLibrary(library)}\n`;
  if (o.out) {
    await writeFile(o.out, text, 'utf8');
    io.stderr.write(`${say({ zh: `已导出 ${entries.length} 条指标到 ${o.out}`, en: `exported ${entries.length} indicators to ${o.out}` }, o.locale)}\n`);
  } else io.stdout.write(text);
  return EXIT_OK;
}

/** Checks a unit's file (.xlsx or .json) row by row and, with --out, writes the valid entries as a library. */
async function runImport(o: LibraryOptions, io: CliIO): Promise<number> {
  const path = o.words[0];
  if (!path) {
    io.stderr.write(`jixiao library import: ${say({ zh: '需要一个 .xlsx 或 .json 文件', en: 'needs an .xlsx or .json file' }, o.locale)}\n`);
    return EXIT_USAGE;
  }
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    io.stderr.write(`jixiao library import: ${say({ zh: `无法读取 ${path}：${why}`, en: `cannot read ${path}: ${why}` }, o.locale)}\n`);
    return EXIT_USAGE;
  }
  const result = /\.xlsx$/i.test(path) ? await libraryFromXlsx(new Uint8Array(data)) : parseUnitLibrary(data.toString('utf8'));
  io.stdout.write(
    `${say({ zh: `${path}：有效 ${result.entries.length} 条，问题 ${result.problems.length} 处`, en: `${path}: ${result.entries.length} valid, ${result.problems.length} problems` }, o.locale)}\n${problemLines(result.problems, o.locale)}`,
  );
  if (o.out) {
    const library = { ...emptyUnitLibrary(o.name ?? '本单位指标库'), entries: result.entries };
    await writeFile(o.out, `${serialiseUnitLibrary(library)}\n`, 'utf8');
  }
  return result.problems.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}

export async function runLibrary(args: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseLibraryArgs(args);
  const locale = parsed.ok ? parsed.options.locale : localeOf(args);
  if (!parsed.ok) {
    io.stderr.write(`jixiao library: ${say(parsed.error, locale)}\n\n${say(HELP, locale)}`);
    return EXIT_USAGE;
  }
  const o = parsed.options;
  if (o.help) {
    io.stdout.write(say(HELP, o.locale));
    return EXIT_OK;
  }
  switch (o.sub) {
    case 'search':
      return runSearch(o, io);
    case 'export':
      return runExport(o, io);
    case 'import':
      return runImport(o, io);
    default:
      io.stderr.write(say(HELP, o.locale));
      return EXIT_USAGE;
  }
}

export const libraryCommand: Command = {
  summary: { zh: '指标库：搜索、导出、导入本单位指标', en: 'indicator library: search, export, import a unit library' },
  run: runLibrary,
};

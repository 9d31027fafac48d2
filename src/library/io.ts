import type { CellValue } from '../model/snapshot';
import { cellText, normaliseLabel } from '../parse/text';
import { profileById } from '../profiles';
import { findLevel1, findLevel2 } from '../profiles/tree';
import { roleOfEntry } from './placement';
import {
  ComparatorSchema,
  LibraryEntrySchema,
  PROJECT_KINDS,
  UnitLibrarySchema,
  type LibraryEntry,
  type LibraryProfileId,
  type ProjectKind,
  type UnitLibrary,
} from './schema';

/** One problem in an imported library, located by row (1-based, as the user counts them). */
export interface ImportProblem {
  row: number;
  name: string;
  zh: string;
  en: string;
}

export interface ImportResult {
  library: UnitLibrary | null;
  /** Entries that passed; a library with some bad rows still yields its good ones. */
  entries: LibraryEntry[];
  problems: ImportProblem[];
}

/** Key under which hosts store the unit's library (Excel document settings, the user's settings). */
export const UNIT_LIBRARY_SETTING_KEY = 'jixiao.unitLibrary';

/** The columns of the spreadsheet form of a library, in order. 来源 is optional on import. */
export const XLSX_COLUMNS = ['一级指标', '二级指标', '三级指标', '单位', '指标值', '适用项目', '说明', '来源'] as const;

export function emptyUnitLibrary(name: string): UnitLibrary {
  return { format: 'jixiao-library', version: 1, name, entries: [] };
}

/** Stable id for a unit entry from its name, so re-imports keep ids (FNV-1a, base 36). */
export function unitEntryId(name: string): string {
  let h = 0x811c9dc5;
  for (const ch of normaliseLabel(name)) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `u-${h.toString(36)}`;
}

function zodIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.map(String).join('.') || '(entry)'}: ${i.message}`).join('; ');
}

const FIELD_ZH: Record<string, string> = {
  id: '编号',
  profile: '表样',
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  unit: '单位',
  comparator: '比较符',
  value: '指标值',
  kinds: '适用项目',
  explanation: '说明',
  source: '来源',
};

type Issue = { path: readonly PropertyKey[]; message: string; code?: string };

function issueZh(i: Issue): string {
  const field = FIELD_ZH[String(i.path[0])] ?? String(i.path[0] ?? '条目');
  switch (i.code) {
    case 'too_small':
      return `${field}为空或太短`;
    case 'too_big':
      return `${field}太长`;
    case 'invalid_value':
      return `${field}不是允许的取值`;
    case 'invalid_type':
      return `${field}缺失或类型不对`;
    default:
      return `${field}格式不对`;
  }
}

function zodIssuesZh(error: { issues: readonly Issue[] }): string {
  return error.issues.map(issueZh).join('；');
}

/** Checks that go beyond the shape: the category exists in its profile, names are unique. */
function checkEntries(raw: readonly unknown[], rowOf: (i: number) => number): { entries: LibraryEntry[]; problems: ImportProblem[] } {
  const entries: LibraryEntry[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  raw.forEach((item, i) => {
    const row = rowOf(i);
    const parsed = LibraryEntrySchema.safeParse(item);
    const name = typeof item === 'object' && item !== null && 'name' in item ? String((item as { name: unknown }).name) : '';
    if (!parsed.success) {
      problems.push({ row, name, zh: `第 ${row} 行${name ? `（${name}）` : ''}：${zodIssuesZh(parsed.error)}`, en: `row ${row}${name ? ` (${name})` : ''}: ${zodIssues(parsed.error)}` });
      return;
    }
    const e = parsed.data;
    if (!roleOfEntry(e)) {
      problems.push({
        row,
        name: e.name,
        zh: `第 ${row} 行（${e.name}）：“${e.level1}／${e.level2}”不是${e.profile}表样中的指标分类`,
        en: `row ${row} (${e.name}): "${e.level1} / ${e.level2}" is not an indicator category of ${e.profile}`,
      });
      return;
    }
    const key = normaliseLabel(e.name);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ row, name: e.name, zh: `第 ${row} 行（${e.name}）：与第 ${first} 行重名`, en: `row ${row} (${e.name}): same name as row ${first}` });
      return;
    }
    seen.set(key, row);
    entries.push(e);
  });
  return { entries, problems };
}

/** Text stored in the workbook's settings (or a .json file) for a unit library. */
export function serialiseUnitLibrary(library: UnitLibrary): string {
  return JSON.stringify(UnitLibrarySchema.parse(library), null, 1);
}

/** Reads a stored or imported unit library; bad entries are reported by row and left out, good ones kept. */
export function parseUnitLibrary(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { library: null, entries: [], problems: [{ row: 0, name: '', zh: `不是有效的 JSON：${why}`, en: `not valid JSON: ${why}` }] };
  }
  const Head = UnitLibrarySchema.omit({ entries: true });
  const head = Head.safeParse(data);
  const list = typeof data === 'object' && data !== null && 'entries' in data ? (data as { entries: unknown }).entries : undefined;
  if (!head.success || !Array.isArray(list)) {
    return {
      library: null,
      entries: [],
      problems: [
        {
          row: 0,
          name: '',
          zh: '不是 JiXiao 指标库文件（需要 format: "jixiao-library"、version: 1、name 和 entries 数组）',
          en: 'not a JiXiao library file (needs format "jixiao-library", version 1, a name and an entries array)',
        },
      ],
    };
  }
  const { entries, problems } = checkEntries(list, (i) => i + 1);
  return { library: { ...head.data, entries }, entries, problems };
}

const KIND_SPLIT = /[、,，;；/\s]+/;
const VALUE = /^\s*(>=|<=|≥|≤|=|>|<|不低于|不少于|不高于|不超过|大于|小于|等于)?\s*(.*?)\s*$/;
const WORD_COMPARATOR: Record<string, string> = { '>=': '≥', '<=': '≤', 不低于: '≥', 不少于: '≥', 不高于: '≤', 不超过: '≤', 大于: '>', 小于: '<', 等于: '=' };

/** `≥90.00(%)`, `≥90%`, `=100`, `**月**日前`, `及时` → comparator and value, the unit dropped when it repeats the unit column. */
export function splitValue(text: string, unit: string): { comparator: string; value: string } {
  const m = VALUE.exec(text.normalize('NFKC').replace(/[（]/g, '(').replace(/[）]/g, ')'));
  let comparator = m?.[1] ?? '';
  comparator = WORD_COMPARATOR[comparator] ?? comparator;
  let value = m?.[2] ?? '';
  if (unit) {
    for (const tail of [`(${unit})`, unit]) if (value.endsWith(tail) && value.length > tail.length) value = value.slice(0, -tail.length).trim();
  }
  // 90.00 and 90 say the same; keep the number as people write it in the library.
  if (/^\d+\.\d+$/.test(value)) value = String(Number(value));
  return { comparator, value };
}

/** The profile whose tree has this level-1/level-2 (sh-2024 first), or null. */
export function profileOfCategory(level1: string, level2: string): LibraryProfileId | null {
  for (const id of ['sh-2024', 'sh-2019'] as const) {
    const p = profileById(id);
    const l1 = p ? findLevel1(p, level1) : undefined;
    if (p && l1 && findLevel2(p, l1, level2)) return id;
  }
  return null;
}

/** Rows (header first) for the spreadsheet form of a library. */
export function entriesToRows(entries: readonly LibraryEntry[]): string[][] {
  const rows: string[][] = [[...XLSX_COLUMNS]];
  for (const e of entries)
    rows.push([e.level1, e.level2, e.name, e.unit, `${e.comparator}${e.value}`, e.kinds.join('、'), e.explanation, e.source]);
  return rows;
}

/**
 * Entries from spreadsheet rows: the header row is found by its labels (any column order), each data row
 * becomes an entry or a problem that names the row as Excel numbers it.
 */
export function rowsToEntries(rows: readonly (readonly CellValue[])[], fallbackSource = 'JiXiao 用户导入（本单位指标库）'): { entries: LibraryEntry[]; problems: ImportProblem[] } {
  const headerAt = rows.findIndex((r) => r.some((c) => normaliseLabel(cellText(c)) === '三级指标'));
  if (headerAt < 0)
    return {
      entries: [],
      problems: [{ row: 0, name: '', zh: `找不到表头（需要列：${XLSX_COLUMNS.slice(0, 7).join('、')}）`, en: `no header row (columns needed: ${XLSX_COLUMNS.slice(0, 7).join(', ')})` }],
    };
  const header = (rows[headerAt] ?? []).map((c) => normaliseLabel(cellText(c)));
  const col = (label: string): number => header.indexOf(label);
  const missing = XLSX_COLUMNS.slice(0, 7).filter((c) => col(c) < 0);
  if (missing.length > 0)
    return { entries: [], problems: [{ row: headerAt + 1, name: '', zh: `表头缺少列：${missing.join('、')}`, en: `header lacks columns: ${missing.join(', ')}` }] };
  const raw: unknown[] = [];
  const rowNumbers: number[] = [];
  const problems: ImportProblem[] = [];
  for (let r = headerAt + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const get = (label: string): string => cellText(row[col(label)] ?? null).trim();
    if (XLSX_COLUMNS.slice(0, 7).every((c) => get(c) === '')) continue;
    const level1 = get('一级指标');
    const level2 = get('二级指标');
    const name = get('三级指标');
    const unit = get('单位');
    const profile = profileOfCategory(level1, level2);
    if (!profile) {
      problems.push({
        row: r + 1,
        name,
        zh: `第 ${r + 1} 行（${name || '无名称'}）：“${level1}／${level2}”不是已知表样的指标分类`,
        en: `row ${r + 1} (${name || 'no name'}): "${level1} / ${level2}" is not an indicator category of a known form`,
      });
      continue;
    }
    const kindWords = get('适用项目').split(KIND_SPLIT).filter((k) => k !== '');
    const unknown = kindWords.filter((k) => !(PROJECT_KINDS as readonly string[]).includes(k));
    if (unknown.length > 0) {
      problems.push({
        row: r + 1,
        name,
        zh: `第 ${r + 1} 行（${name}）：适用项目“${unknown.join('、')}”不在 ${PROJECT_KINDS.join('、')} 之中`,
        en: `row ${r + 1} (${name}): project kind "${unknown.join(', ')}" is not one of ${PROJECT_KINDS.join(', ')}`,
      });
      continue;
    }
    const { comparator, value } = splitValue(get('指标值'), unit);
    if (!ComparatorSchema.safeParse(comparator).success) {
      problems.push({ row: r + 1, name, zh: `第 ${r + 1} 行（${name}）：无法识别指标值的比较符`, en: `row ${r + 1} (${name}): comparator not recognised` });
      continue;
    }
    const kinds: ProjectKind[] = kindWords.length > 0 ? (kindWords as ProjectKind[]) : ['通用'];
    raw.push({
      id: unitEntryId(name),
      profile,
      level1,
      level2,
      name,
      unit,
      comparator,
      value,
      kinds,
      explanation: get('说明') || `反映${name}的完成情况。`,
      source: col('来源') >= 0 && get('来源') ? get('来源') : fallbackSource,
    });
    rowNumbers.push(r + 1);
  }
  const checked = checkEntries(raw, (i) => rowNumbers[i] ?? 0);
  return { entries: checked.entries, problems: [...problems, ...checked.problems].sort((a, b) => a.row - b.row) };
}

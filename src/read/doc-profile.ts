import { emptyForm, type CellMap, type CellRef } from '../model/form';
import type { Finding, Severity } from '../model/finding';
import { toFinding } from '../rules/context';
import type { Locale, RuleMeta } from '../rules/types';

/** DOC-PROFILE is reported by the reader (it is about sheets, not projects), with the rules' message mechanism. */
export const docProfileMeta: RuleMeta = {
  id: 'DOC-PROFILE',
  severity: 'error',
  fixable: false,
  docs: {
    zh: '工作表上找不到已知的绩效目标申报表，或无法判断申报表的版本；列出找到和缺少的标签。',
    en: 'No known form was found on the sheet, or its generation (profile) cannot be told; lists the labels found and missing.',
  },
  messages: {
    noForm: {
      zh: '工作表“{sheet}”中未识别出绩效目标申报表（按“{profile}”比对）。找到的标签：{found}；缺少的标签：{missing}。请核对标签是否与申报表模板一致，或在设置中指定表样。',
      en: 'Sheet "{sheet}" does not read as a performance target form (compared with "{profile}"). Labels found: {found}; labels missing: {missing}. Check that the labels match the form template, or choose the profile in the settings.',
    },
    empty: {
      zh: '工作簿中没有任何内容，未找到绩效目标申报表。',
      en: 'The workbook is empty: no performance target form was found.',
    },
    ambiguous: {
      zh: '工作表“{sheet}”的申报表无法判断版本（{candidates} 均有可能），已按“{profile}”读取。如有误，请在设置中指定表样。',
      en: 'The form on sheet "{sheet}" could be any of {candidates}; it was read as "{profile}". If that is wrong, choose the profile in the settings.',
    },
    unknownProfile: {
      zh: '未知的表样“{requested}”，已改为自动识别。可用的表样：{known}。',
      en: 'Unknown profile "{requested}"; detecting it automatically instead. Known profiles: {known}.',
    },
    farContent: {
      zh: '工作表“{sheet}”在 {cell} 等处有 {count} 个单元格离表单很远（已用区域 {used}），未检查。如是误输入，请删除；如是另一张表单，请放到单独的工作表。',
      en: 'Sheet "{sheet}" has {count} cell(s) far from the form, from {cell} on (used range {used}); they were not checked. Delete them if typed by mistake, or move another form to a sheet of its own.',
    },
    farContentEnd: {
      zh: '工作表“{sheet}”的已用区域延伸到 {cell}（{used}），离表单很远的内容未检查。按 Ctrl+End 可找到它：如是误输入，请删除；如是另一张表单，请放到单独的工作表。',
      en: 'Sheet "{sheet}" has a used range reaching {cell} ({used}); content far from the form was not checked. Press Ctrl+End to find it: delete it if typed by mistake, or move another form to a sheet of its own.',
    },
    unreadable: {
      zh: '工作表“{sheet}”无法读取（{reason}），已跳过。',
      en: 'Sheet "{sheet}" could not be read ({reason}) and was skipped.',
    },
  },
};

export type DocProfileMessage = 'noForm' | 'empty' | 'ambiguous' | 'unknownProfile' | 'unreadable' | 'farContent' | 'farContentEnd';

/** Joins label lists the way each language writes them. */
export function listText(items: readonly string[], locale: Locale): string {
  if (items.length === 0) return locale === 'en' ? 'none' : '无';
  return items.join(locale === 'en' ? ', ' : '、');
}

export function docProfileFinding(
  sheet: string,
  messageId: DocProfileMessage,
  data: Record<string, string | number>,
  locale: Locale,
  options: { severity?: Severity; cell?: CellRef } = {},
): Finding {
  const cells: CellMap = {
    sheet,
    fields: {},
    checks: {},
    funding: {},
    subItems: [],
    goals: {},
    indicators: [],
    extent: { top: 1, left: 1, bottom: 1, right: 1 },
  };
  return toFinding(
    docProfileMeta,
    {
      messageId,
      data,
      subject: `sheet:${messageId}`,
      ...(options.severity ? { severity: options.severity } : {}),
      ...(options.cell ? { cell: options.cell } : {}),
    },
    emptyForm(''),
    cells,
    locale,
  );
}

import type { Locale } from '../../rules/types';

/** Texts of the 指标库 tab; Chinese first. `{name}` placeholders are filled by text(). */
const STRINGS = {
  searchLabel: { zh: '搜索指标', en: 'Search indicators' },
  searchPlaceholder: { zh: '输入名称或拼音首字母，如 满意度 / myd', en: 'Name or pinyin initials, e.g. 满意度 / myd' },
  kindLabel: { zh: '项目类型', en: 'Project kind' },
  allKinds: { zh: '全部类型', en: 'All kinds' },
  guessedKind: { zh: '（按项目名称推测）', en: ' (guessed from the project name)' },
  results: { zh: '找到 {count} 条，显示前 {shown} 条', en: '{count} found, first {shown} shown' },
  noResults: { zh: '没有找到匹配的指标。试试拼音首字母，或换一个项目类型。', en: 'No matching indicator. Try pinyin initials or another project kind.' },
  typical: { zh: '参考值', en: 'Typical' },
  unitOwn: { zh: '本单位', en: 'Unit' },
  insert: { zh: '插入所选（{count}）', en: 'Insert selected ({count})' },
  inserting: { zh: '正在插入…', en: 'Inserting…' },
  clear: { zh: '清除选择', en: 'Clear selection' },
  inserted: { zh: '已插入 {count} 条指标，请填写标有 ** 的内容。', en: '{count} indicators inserted; fill in the ** placeholders.' },
  insertedNoPlaceholder: { zh: '已插入 {count} 条指标。', en: '{count} indicators inserted.' },
  suggestTitle: { zh: '建议补充', en: 'Suggested' },
  suggestIntro: { zh: '以下分组没有指标或只有定性指标：', en: 'These groups are empty or only qualitative:' },
  noForm: { zh: '未识别到申报表：可以浏览指标库，插入需要先打开申报表。', en: 'No form found: you can browse, but inserting needs an open form.' },
  importUnit: { zh: '导入本单位指标库（.json / .xlsx）', en: 'Import unit library (.json / .xlsx)' },
  exportUnit: { zh: '导出本单位指标库', en: 'Export unit library' },
  exportUnitJson: { zh: '导出 .json', en: 'Export .json' },
  exportUnitXlsx: { zh: '导出 .xlsx', en: 'Export .xlsx' },
  clearUnit: { zh: '清空本单位指标库', en: 'Empty unit library' },
  clearUnitAsk: { zh: '清空全部 {count} 条本单位指标？此操作无法撤销。', en: 'Remove all {count} unit entries? This cannot be undone.' },
  clearUnitYes: { zh: '确定清空', en: 'Empty it' },
  clearUnitNo: { zh: '取消', en: 'Cancel' },
  unitTitle: { zh: '本单位指标库', en: 'Unit library' },
  unitCount: { zh: '本单位指标库：{count} 条', en: 'Unit library: {count} entries' },
  source: { zh: '来源：{source}', en: 'Source: {source}' },
} as const;

export type LibraryTextKey = keyof typeof STRINGS;

export function text(key: LibraryTextKey, locale: Locale, values: Record<string, string | number> = {}): string {
  const s = STRINGS[key];
  const template = locale === 'en' ? s.en : s.zh;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}

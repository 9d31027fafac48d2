import type { Locale } from '../rules/types';

/** Interface texts; Chinese first. `{name}` placeholders are filled by t(). */
const STRINGS = {
  appTitle: { zh: '绩效校验', en: 'JiXiao' },
  tabFindings: { zh: '校验', en: 'Check' },
  tabWrite: { zh: '写回', en: 'Write back' },
  tabLibrary: { zh: '指标库', en: 'Library' },
  tabSettings: { zh: '设置', en: 'Settings' },
  validate: { zh: '一键校验', en: 'Validate' },
  revalidate: { zh: '重新校验', en: 'Validate again' },
  stageSnapshot: { zh: '正在读取工作表…', en: 'Reading the sheets…' },
  stageRead: { zh: '正在识别申报表…', en: 'Finding the forms…' },
  stageValidate: { zh: '正在校验 {count} 个项目…', en: 'Checking {count} projects…' },
  stageApply: { zh: '正在写入…', en: 'Writing…' },
  summaryTitle: { zh: '校验结果', en: 'Result' },
  errors: { zh: '错误', en: 'Errors' },
  warnings: { zh: '警告', en: 'Warnings' },
  infos: { zh: '提示', en: 'Info' },
  profileDetected: { zh: '表单版本', en: 'Form profile' },
  projectsFound: { zh: '项目数', en: 'Projects' },
  noForm: { zh: '未识别到申报表', en: 'No form found' },
  clean: { zh: '未发现问题。', en: 'No problems found.' },
  notRun: { zh: '点击“一键校验”检查本工作簿中的申报表。', en: 'Click Validate to check the forms in this workbook.' },
  filterSeverity: { zh: '级别', en: 'Severity' },
  filterRule: { zh: '规则', en: 'Rule' },
  allRules: { zh: '全部规则', en: 'All rules' },
  fix: { zh: '修复', en: 'Fix' },
  fixTitle: { zh: '修复：{description}', en: 'Fix: {description}' },
  applySafe: { zh: '应用全部安全修复（{count}）', en: 'Apply all safe fixes ({count})' },
  goToCell: { zh: '定位到 {cell}', en: 'Go to {cell}' },
  findingsList: { zh: '问题列表', en: 'Findings' },
  shown: { zh: '显示 {shown} / {total} 条', en: 'Showing {shown} of {total}' },
  sectionDocument: { zh: '文档', en: 'Document' },
  sectionHeader: { zh: '基本信息', en: 'Header' },
  sectionFunding: { zh: '项目资金', en: 'Funding' },
  sectionIndicators: { zh: '绩效指标', en: 'Indicators' },
  sectionGoals: { zh: '绩效目标', en: 'Goals' },
  sectionSet: { zh: '多项目', en: 'Across projects' },
  sectionOther: { zh: '其他', en: 'Other' },
  severityError: { zh: '错误', en: 'Error' },
  severityWarning: { zh: '警告', en: 'Warning' },
  severityInfo: { zh: '提示', en: 'Info' },
  writeIntro: {
    zh: '按标准格式重写申报表的一个部分。写入前会先显示将要改动的内容。',
    en: 'Rewrites a section of the form in the standard layout. You see what will change before anything is written.',
  },
  project: { zh: '项目', en: 'Project' },
  section: { zh: '部分', en: 'Section' },
  sectionForm: { zh: '全部部分', en: 'All sections' },
  nothingChanges: { zh: '没有需要写入的内容。', en: 'Nothing to write.' },
  previewChanges: { zh: '预览改动', en: 'Preview changes' },
  planSummary: {
    zh: '工作表“{sheet}”：{section}，插入 {inserted} 行，删除 {deleted} 行，改动 {changed} 个单元格。',
    en: 'Sheet "{sheet}": {section}, {inserted} rows inserted, {deleted} rows deleted, {changed} cells changed.',
  },
  confirmWrite: { zh: '确认写入', en: 'Write' },
  cancel: { zh: '取消', en: 'Cancel' },
  confirmTitle: { zh: '写入申报表？', en: 'Write to the form?' },
  confirmBody: { zh: '将按上面的预览改动工作簿。在 Excel 中可以撤消。', en: 'The workbook will change as previewed above. You can undo in Excel.' },
  written: { zh: '已写入：{section}。', en: 'Written: {section}.' },
  nothingToWrite: { zh: '请先校验，找到申报表后才能写回。', en: 'Validate first: write-back needs a form that was found.' },
  settingsProfile: { zh: '表单版本', en: 'Form profile' },
  profileAuto: { zh: '自动识别', en: 'Detect automatically' },
  settingsFloor: { zh: '满意度下限（%）', en: 'Satisfaction floor (%)' },
  settingsFloorHint: { zh: '留空则使用表单版本的默认值（通常为 90）。', en: "Leave blank for the profile's default (usually 90)." },
  settingsLanguage: { zh: '界面语言', en: 'Language' },
  settingsSaved: { zh: '设置已保存到工作簿。', en: 'Settings saved in the workbook.' },
  settingsSavedLocal: { zh: '设置已保存到本浏览器。', en: 'Settings saved in this browser.' },
  save: { zh: '保存', en: 'Save' },
  failed: { zh: '操作失败：{why}', en: 'Failed: {why}' },
  fixed: { zh: '已应用 {count} 项修复。', en: '{count} fixes applied.' },
  conflicts: { zh: '{count} 项修复改动同一单元格，已跳过，请逐一处理。', en: '{count} fixes edit the same cell and were skipped; apply them one by one.' },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(locale: Locale, key: StringKey, data: Record<string, string | number> = {}): string {
  const entry = STRINGS[key];
  const text: string = locale === 'en' ? entry.en : entry.zh;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in data ? String(data[name]) : m));
}

/** The colon after a label, as each language writes it: 项目数：1, Projects: 1. */
export function colon(locale: Locale): string {
  return locale === 'en' ? ': ' : '：';
}

/** A note in brackets after a text, as each language writes it: 文档（2）, Document (2). */
export function bracketed(locale: Locale, note: string | number): string {
  return locale === 'en' ? ` (${note})` : `（${note}）`;
}

import type { Locale } from '../../rules/types';

/** Why a file could not be opened as a workbook; each has a message a clerk can act on. */
export type OpenFailure =
  | 'not-found'
  | 'not-a-file'
  | 'unreadable'
  | 'empty'
  | 'encrypted'
  | 'not-xlsx'
  | 'corrupt'
  | 'no-sheets'
  | 'too-large';

const MESSAGES: Record<OpenFailure, { zh: string; en: string }> = {
  'not-found': { zh: '找不到文件', en: 'file not found' },
  'not-a-file': { zh: '不是文件', en: 'not a file' },
  unreadable: { zh: '无法读取文件', en: 'the file cannot be read' },
  empty: { zh: '文件为空（0 字节）', en: 'the file is empty (0 bytes)' },
  encrypted: {
    zh: '文件受密码保护，或是旧版 .xls 格式：请去掉密码并另存为 .xlsx',
    en: 'the file is password-protected or an old .xls file: remove the password and save it as .xlsx',
  },
  'not-xlsx': { zh: '不是 .xlsx 工作簿', en: 'not an .xlsx workbook' },
  corrupt: { zh: '.xlsx 文件无法解析，可能已损坏', en: 'the .xlsx file cannot be parsed; it may be corrupt' },
  'no-sheets': { zh: '工作簿中没有可读取的工作表', en: 'the workbook has no worksheet that can be read' },
  'too-large': {
    zh: '工作表的已用区域过大，请删除离表单很远的多余内容',
    en: "a worksheet's used range is too large: delete stray content far from the form",
  },
};

/** A workbook that cannot be opened. `detail` is the underlying cause (exceljs, the OS), kept for the curious. */
export class XlsxOpenError extends Error {
  constructor(
    readonly failure: OpenFailure,
    readonly detail?: string,
  ) {
    super(describeFailure(failure, 'en', detail));
    this.name = 'XlsxOpenError';
  }

  describe(locale: Locale): string {
    return describeFailure(this.failure, locale, this.detail);
  }
}

/** zh-CN gives the Chinese with the English in parentheses, so a message pasted into a ticket reads for both. */
export function describeFailure(failure: OpenFailure, locale: Locale, detail?: string): string {
  const m = MESSAGES[failure];
  const en = detail ? `${m.en}: ${detail}` : m.en;
  return locale === 'en' ? en : `${m.zh}（${en}）`;
}

import type { CellValue } from '../model/snapshot';
import { isCellError } from '../model/snapshot';

const FULL_WIDTH_PUNCT: Record<string, string> = { '（': '(', '）': ')', '：': ':', '／': '/', '，': ',' };

/**
 * A label as a person reads it: no spaces, no line breaks, no trailing colon, half-width brackets.
 * "项 目 名 称：" and "服务对象满意度\n指标" compare equal to their printed forms.
 */
export function normaliseLabel(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFKC')) {
    if (/\s/.test(ch) || ch === '\u3000') continue;
    out += FULL_WIDTH_PUNCT[ch] ?? ch;
  }
  return out.replace(/[:：]+$/, '');
}

/** The text of a cell as shown, for rules and labels; errors show as their code. */
export function cellText(v: CellValue): string {
  if (v === null) return '';
  if (isCellError(v)) return v.error;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

export function isBlank(v: CellValue): boolean {
  return cellText(v).trim() === '';
}

import type { CellValue } from '../model/snapshot';
import { isCellError } from '../model/snapshot';

const labelCache = new Map<string, string>();
const LABEL_CACHE_LIMIT = 20000;

/**
 * A label as a person reads it: no spaces, no line breaks, no trailing colon, half-width brackets
 * (NFKC folds （）：／ and full-width letters and digits). "项 目 名 称：" and "服务对象满意度\n指标"
 * compare equal to their printed forms. Memoised: level names repeat on every row of a large table.
 */
export function normaliseLabel(s: string): string {
  const hit = labelCache.get(s);
  if (hit !== undefined) return hit;
  const out = s.normalize('NFKC').replace(/\s+/g, '').replace(/:+$/, '');
  if (labelCache.size >= LABEL_CACHE_LIMIT) labelCache.clear();
  labelCache.set(s, out);
  return out;
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

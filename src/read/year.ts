import type { CellValue } from '../model/snapshot';

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function plausible(y: number): number | null {
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

/** "（2024年度）", "2024年度", "2024 年度" in a title or the line under it. */
export function yearOfTitle(text: string): number | null {
  const m = /(\d{4})\s*年度/.exec(text) ?? /(\d{4})\s*年/.exec(text);
  return m ? plausible(Number(m[1])) : null;
}

/** The year of a start date written as an Excel serial or as text (2024-01-01, 2024/1/1, 2024年1月1日, 2024.1). */
export function yearOfDate(v: CellValue): number | null {
  if (typeof v === 'number') {
    if (v < 1 || v > 2_958_465) return null;
    return plausible(new Date(EXCEL_EPOCH_MS + Math.floor(v) * DAY_MS).getUTCFullYear());
  }
  if (typeof v !== 'string') return null;
  const m = /(?:^|\D)(\d{4})\s*(?:[-/.年]|$)/.exec(v.normalize('NFKC'));
  return m ? plausible(Number(m[1])) : null;
}

import type { LibraryEntry } from './schema';

const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;
/** The template placeholder a user must replace (kept as written: DOC-PLACEHOLDER flags it until filled). */
export const PLACEHOLDER = '**';

/**
 * The 指标值 cell for an entry in the standard style `≥90.00(%)` (two decimals, unit in brackets): the style
 * VAL-FORMAT asks of every generation, so an inserted row never earns a finding of its own. Without a typical value the number is the placeholder `**`,
 * so the user sees what to fill (`≥**(人次)`); dates without a value become `**月**日前`.
 */
export function formatIndicatorValue(entry: Pick<LibraryEntry, 'comparator' | 'value' | 'unit'>): string {
  const isDate = entry.unit === '日期';
  const unit = isDate ? '' : entry.unit;
  const withUnit = (n: string): string => (unit === '' ? n : `${n}(${unit})`);
  const value = entry.value;
  if (value === '') {
    if (isDate) return '**月**日前';
    return `${entry.comparator}${withUnit(PLACEHOLDER)}`;
  }
  if (NUMBER.test(value)) return `${entry.comparator}${withUnit(Number(value).toFixed(2))}`;
  // Words and dates (及时, 合理, **月**日前, 批复预算) carry no unit of their own.
  return `${entry.comparator}${value}`;
}

export function hasPlaceholder(text: string): boolean {
  return text.includes(PLACEHOLDER);
}

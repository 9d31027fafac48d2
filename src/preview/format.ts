import type { CellValue } from '../model/snapshot';

/** Serial (1900 system) to y/m/d, for showing date cells the way Excel would. */
function serialToDate(serial: number): { y: number; m: number; d: number } {
  const ms = Math.round((serial - 25569) * 86400 * 1000);
  const d = new Date(ms);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

/** A cell as text, close enough to Excel's display for the common formats of the form. */
export function displayValue(value: CellValue, numberFormat: string): string {
  if (value === null) return '';
  if (typeof value === 'object') return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (/[ymd]/i.test(numberFormat.replace(/"[^"]*"/g, '')) && value > 0 && value < 2958466) {
    const { y, m, d } = serialToDate(value);
    return numberFormat.includes('年') ? `${y}年${m}月${d}日` : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  const decimals = /0\.(0+)/.exec(numberFormat)?.[1]?.length;
  if (decimals !== undefined || numberFormat.includes('#,##0')) {
    return value.toLocaleString('en-US', {
      minimumFractionDigits: decimals ?? 0,
      maximumFractionDigits: decimals ?? 0,
      useGrouping: numberFormat.includes(','),
    });
  }
  return String(value);
}

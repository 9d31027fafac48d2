import type { CellStyle } from './plan';

/**
 * The finance bureau's template look. 宋体 is the name Chinese Excel shows for SimSun; a program
 * without it substitutes its own CJK face (LibreOffice falls back per glyph), so one name is enough.
 */
export const FONT = '宋体';
export const AMOUNT_FORMAT = '#,##0.00';
export const DATE_FORMAT = 'yyyy"年"m"月"d"日"';

const thin = { style: 'thin' } as const;

export const STYLES = {
  title: { font: { name: FONT, size: 16, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  label: { font: { name: FONT, size: 11, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, border: thin },
  text: { font: { name: FONT, size: 11 }, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true }, border: thin },
  longText: { font: { name: FONT, size: 11 }, alignment: { horizontal: 'left', vertical: 'top', wrapText: true }, border: thin },
  centred: { font: { name: FONT, size: 11 }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, border: thin },
  amount: {
    font: { name: FONT, size: 11 },
    alignment: { horizontal: 'right', vertical: 'middle' },
    border: thin,
    numberFormat: AMOUNT_FORMAT,
  },
  date: { font: { name: FONT, size: 11 }, alignment: { horizontal: 'left', vertical: 'middle' }, border: thin, numberFormat: DATE_FORMAT },
} as const satisfies Record<string, CellStyle>;

/** Points per line of 11 pt 宋体, and the height of a one-line row. */
export const LINE_HEIGHT = 14.5;
export const ROW_HEIGHT = 20;

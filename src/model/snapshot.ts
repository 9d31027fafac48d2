/**
 * A neutral, plain-data picture of a sheet: what every host (Office.js, exceljs, memory) produces
 * and what the reader consumes. Dense arrays because that is what Excel's used range gives in one load.
 */

/** An Excel error such as #REF! is kept apart from text so that a label reading "#REF!" is never mistaken for one. */
export interface CellError {
  error: string;
}

export type CellValue = string | number | boolean | null | CellError;

/** 1-based, inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetSnapshot {
  name: string;
  /** values[r][c] is the cell at row r+1, column c+1 (A1 is values[0][0]). Dates are Excel serials (1900 system). */
  values: CellValue[][];
  /** Same shape as values; '' where the cell holds no formula. May be empty ([]) when the host has none. */
  formulas: string[][];
  /** Same shape as values; 'General' where nothing is set. May be empty ([]) when the host has none. */
  numberFormats: string[][];
  merges: CellRange[];
  /**
   * Content the host left out because it stands far from the rest (a value typed by mistake at
   * E1048576 would make the dense arrays millions of cells): how many cells when the host can count
   * them, the first of them (else the used range's far corner), and the used range as it was. The
   * arrays hold the part above and left of it.
   */
  unread?: { cells?: number; first: { row: number; col: number }; usedRange: string };
}

/**
 * Empty rows (or columns) that part stray content from a form: what lies beyond such a gap is far
 * content, not read (see SheetSnapshot.unread). A form has no gap near this size, even with 5,000
 * indicators.
 */
export const FAR_ROWS = 1_000;
export const FAR_COLS = 100;

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === 'object' && v !== null && 'error' in v;
}

import type { CellRange, CellValue } from '../model/snapshot';

/**
 * A write plan: pure data describing one section of the standard form (or the whole form).
 * Produced by pure functions from the form model and the profile; every host applies a plan
 * in one batch. Coordinates are 1-based and refer to the sheet after rowOps have been applied.
 */
export type Section = 'header' | 'funding' | 'goals' | 'indicators' | 'form';

export interface Border {
  style: 'thin' | 'medium';
}

/** Each part a style names (font, alignment, border, number format) replaces that part of the cell's style; parts it leaves out stay as they are. */
export interface CellStyle {
  font?: { name?: string; size?: number; bold?: boolean };
  alignment?: {
    horizontal?: 'left' | 'center' | 'right';
    vertical?: 'top' | 'middle' | 'bottom';
    wrapText?: boolean;
  };
  /** Thin borders on all four sides when set. */
  border?: Border;
  numberFormat?: string;
}

/** A rectangle of cells written at once: values[r][c] goes to (top + r, left + c). */
export interface WriteBlock {
  top: number;
  left: number;
  values: CellValue[][];
  /** Same shape as values, or absent; null leaves a cell's style alone. */
  styles?: (CellStyle | null)[][];
}

export interface RowOp {
  kind: 'insert' | 'delete';
  /** 1-based row: inserted rows start here; deleted rows start here. */
  at: number;
  count: number;
}

export interface PageSetup {
  printArea: CellRange;
  orientation: 'portrait' | 'landscape';
  paperSize: 'A4';
  fitToWidth: 1;
}

export interface WritePlan {
  sheet: string;
  section: Section;
  /** Create the sheet first (a new form sheet); refused when a sheet of that name exists. */
  createSheet: boolean;
  /** Applied first, in order, inside the section only. */
  rowOps: RowOp[];
  /** Merged areas to remove before writing (they lie inside bounds). */
  unmerge: CellRange[];
  blocks: WriteBlock[];
  merges: CellRange[];
  /** Column widths in characters, by 1-based column. */
  columnWidths: Record<number, number>;
  /** Row heights in points, by 1-based row. */
  rowHeights: Record<number, number>;
  page: PageSetup | null;
  /** Everything the plan writes lies inside these rows and columns; validation rejects the rest. */
  bounds: CellRange;
}

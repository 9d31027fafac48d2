import { fromA1 } from '../../src/model/address';
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/model/snapshot';

/** A merge as 'A10:A12' or as a range (1-based, inclusive). */
export type MergeSpec = string | CellRange;

export interface SheetOptions {
  merges?: readonly MergeSpec[];
  /** Formulas by A1 address ('B5': '=SUM(B6:B8)'). */
  formulas?: Record<string, string>;
  /** Number formats by A1 address ('B5': '#,##0.00'). */
  numberFormats?: Record<string, string>;
}

export function mergeRange(m: MergeSpec): CellRange {
  if (typeof m !== 'string') return { ...m };
  const [a, b] = m.split(':');
  const tl = fromA1(a ?? m);
  const br = b ? fromA1(b) : tl;
  return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
}

/**
 * A SheetSnapshot from rows of values, as a host would hand it over: rows padded to a rectangle,
 * formulas '' and number formats 'General' unless given. Cells covered by a merge keep whatever the
 * rows say, so a test writes null there to mirror Excel (only the top-left cell of a merge holds a value).
 */
export function sheet(name: string, rows: readonly (readonly CellValue[])[], options: SheetOptions = {}): SheetSnapshot {
  const merges = (options.merges ?? []).map(mergeRange);
  let width = 0;
  for (const r of rows) width = Math.max(width, r?.length ?? 0);
  let height = rows.length;
  for (const m of merges) {
    width = Math.max(width, m.right);
    height = Math.max(height, m.bottom);
  }
  const values: CellValue[][] = [];
  for (let r = 0; r < height; r++) {
    const src = rows[r] ?? [];
    const row: CellValue[] = [];
    for (let c = 0; c < width; c++) row.push(src[c] ?? null);
    values.push(row);
  }
  const formulas = values.map((row) => row.map(() => ''));
  const numberFormats = values.map((row) => row.map(() => 'General'));
  const put = (grid: string[][], a1: string, v: string): void => {
    const { row, col } = fromA1(a1);
    const line = grid[row - 1];
    if (line && col - 1 < line.length) line[col - 1] = v;
  };
  for (const [a1, f] of Object.entries(options.formulas ?? {})) put(formulas, a1, f);
  for (const [a1, f] of Object.entries(options.numberFormats ?? {})) put(numberFormats, a1, f);
  return { name, values, formulas, numberFormats, merges };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

/** A block of rows with merges relative to its own first row, for stacking several forms on one sheet. */
export interface Block {
  rows: (readonly CellValue[])[];
  merges?: readonly MergeSpec[];
}

/** Stacks blocks top to bottom (with `gap` blank rows between them), shifting each block's merges. */
export function stack(blocks: readonly Block[], gap = 1): Block {
  const rows: (readonly CellValue[])[] = [];
  const merges: CellRange[] = [];
  blocks.forEach((b, i) => {
    if (i > 0) for (let g = 0; g < gap; g++) rows.push([]);
    const offset = rows.length;
    for (const m of b.merges ?? []) {
      const r = mergeRange(m);
      merges.push({ top: r.top + offset, left: r.left, bottom: r.bottom + offset, right: r.right });
    }
    rows.push(...b.rows);
  });
  return { rows, merges };
}

export function sheetOf(name: string, block: Block, options: Omit<SheetOptions, 'merges'> = {}): SheetSnapshot {
  return sheet(name, block.rows, { ...options, merges: block.merges ?? [] });
}

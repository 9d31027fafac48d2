import type { CellRef } from '../model/form';
import type { CellValue } from '../model/snapshot';
import { isBlank } from '../parse/text';
import { cellKey, type Grid } from './grid';
import type { LabelHit, LabelIndex } from './labels';

export interface ReadValue {
  value: CellValue;
  cell: CellRef;
}

export interface RightValue {
  value: CellValue;
  /** Null when another label stands right next to this one: there is no cell for the value. */
  cell: CellRef | null;
  /** True when nothing stood right of the label but another label or the row's end. */
  blocked: boolean;
}

function ref(grid: Grid, row: number, col: number): CellRef {
  return { sheet: grid.name, row, col };
}

/**
 * The value right of a label, as a person reads it: past the label's own merge, past empty spacer cells,
 * into the first cell that holds something. Another label there means this label's value is blank;
 * the first blank cell after the label is then where it belongs.
 */
export function valueRight(grid: Grid, labels: LabelIndex, hit: LabelHit): RightValue {
  if (hit.inline !== undefined) return { value: hit.inline, cell: ref(grid, hit.row, hit.col), blocked: false };
  const row = hit.row;
  const width = grid.rowLength(row);
  let blank: RightValue | null = null;
  let c = hit.right + 1;
  for (; c <= width; c++) {
    // Covered by a merge that starts elsewhere (e.g. a value spanning two rows from above): not this row's value.
    if (grid.isContinuation(row, c)) continue;
    if (labels.byCell.has(cellKey(row, c))) break;
    const v = grid.raw(row, c);
    if (!isBlank(v)) return { value: v, cell: ref(grid, row, c), blocked: false };
    // An empty merged cell is a value cell left blank, not a spacer.
    if (grid.merge(row, c)) return { value: v, cell: ref(grid, row, c), blocked: false };
    blank ??= { value: v, cell: ref(grid, row, c), blocked: true };
  }
  if (blank) return blank;
  // Nothing at all right of the label: the cell past the row's end is still a cell; another label is not.
  return { value: null, cell: c > width ? ref(grid, row, c) : null, blocked: true };
}

/** The value under a label (goal texts printed under their headers). */
export function valueBelow(grid: Grid, labels: LabelIndex, hit: LabelHit): ReadValue | null {
  const row = hit.bottom + 1;
  if (row > grid.rows) return null;
  const owner = grid.owner(row, hit.col);
  if (owner.row !== row) return null;
  if (labels.byCell.has(cellKey(owner.row, owner.col))) return null;
  return { value: grid.raw(owner.row, owner.col), cell: ref(grid, owner.row, owner.col) };
}

/** Right of the label when something is there, else below it (goals), else the blank cell right of it. */
export function valueRightOrBelow(grid: Grid, labels: LabelIndex, hit: LabelHit): { value: CellValue; cell: CellRef | null } {
  const right = valueRight(grid, labels, hit);
  if (!right.blocked) return right;
  return valueBelow(grid, labels, hit) ?? right;
}

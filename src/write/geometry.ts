import type { CellRange } from '../model/snapshot';
import type { RowOp } from './plan';

export function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: CellRange, inner: CellRange): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

export function sameRange(a: CellRange, b: CellRange): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

/** Where a row ends up after a row operation, or null when the operation deletes it. */
export function rowAfter(row: number, op: RowOp): number | null {
  if (op.kind === 'insert') return row >= op.at ? row + op.count : row;
  if (row < op.at) return row;
  if (row < op.at + op.count) return null;
  return row - op.count;
}

export function rowAfterAll(row: number, ops: readonly RowOp[]): number | null {
  let r: number | null = row;
  for (const op of ops) {
    if (r === null) return null;
    r = rowAfter(r, op);
  }
  return r;
}

/**
 * A merged area after a row operation, as Excel moves it: rows inserted strictly inside it (or at
 * any row below its top) stretch it, deleted rows shrink it, and it disappears when all its rows
 * go or it shrinks to one cell.
 */
export function rangeAfter(range: CellRange, op: RowOp): CellRange | null {
  let top: number;
  let bottom: number;
  if (op.kind === 'insert') {
    top = range.top >= op.at ? range.top + op.count : range.top;
    bottom = range.bottom >= op.at ? range.bottom + op.count : range.bottom;
  } else {
    const end = op.at + op.count - 1;
    const keptAbove = Math.max(0, Math.min(range.bottom, op.at - 1) - range.top + 1);
    const keptBelow = Math.max(0, range.bottom - Math.max(range.top, end + 1) + 1);
    if (keptAbove + keptBelow === 0) return null;
    top = range.top < op.at ? range.top : range.top > end ? range.top - op.count : op.at;
    bottom = top + keptAbove + keptBelow - 1;
  }
  if (top === bottom && range.left === range.right) return null;
  return { top, left: range.left, bottom, right: range.right };
}

export function rangeAfterAll(range: CellRange, ops: readonly RowOp[]): CellRange | null {
  let r: CellRange | null = range;
  for (const op of ops) {
    if (r === null) return null;
    r = rangeAfter(r, op);
  }
  return r;
}

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
 * The rows top..bottom of a block after a row operation, as Excel moves a range: rows inserted at
 * or below its top and not below its bottom stretch it, deleted rows shrink it; null when every
 * row is deleted.
 */
export function rowsAfter(top: number, bottom: number, op: RowOp): { top: number; bottom: number } | null {
  if (op.kind === 'insert') {
    return { top: top >= op.at ? top + op.count : top, bottom: bottom >= op.at ? bottom + op.count : bottom };
  }
  const end = op.at + op.count - 1;
  const keptAbove = Math.max(0, Math.min(bottom, op.at - 1) - top + 1);
  const keptBelow = Math.max(0, bottom - Math.max(top, end + 1) + 1);
  if (keptAbove + keptBelow === 0) return null;
  const t = top < op.at ? top : top > end ? top - op.count : op.at;
  return { top: t, bottom: t + keptAbove + keptBelow - 1 };
}

/** A merged area after a row operation; it disappears when all its rows go or it shrinks to one cell. */
export function rangeAfter(range: CellRange, op: RowOp): CellRange | null {
  const rows = rowsAfter(range.top, range.bottom, op);
  if (!rows || (rows.top === rows.bottom && range.left === range.right)) return null;
  return { top: rows.top, left: range.left, bottom: rows.bottom, right: range.right };
}

export function rangeAfterAll(range: CellRange, ops: readonly RowOp[]): CellRange | null {
  let r: CellRange | null = range;
  for (const op of ops) {
    if (r === null) return null;
    r = rangeAfter(r, op);
  }
  return r;
}

import { rangeAfter, rowAfter } from '../../src/write/geometry';
import type { RowOp } from '../../src/write/plan';

const ins = (at: number, count: number): RowOp => ({ kind: 'insert', at, count });
const del = (at: number, count: number): RowOp => ({ kind: 'delete', at, count });

describe('rows and merged areas under row operations (as Excel moves them)', () => {
  it.each<[number, RowOp, number | null]>([
    [4, ins(5, 2), 4],
    [5, ins(5, 2), 7],
    [9, ins(5, 2), 11],
    [4, del(5, 2), 4],
    [5, del(5, 2), null],
    [6, del(5, 2), null],
    [7, del(5, 2), 5],
  ])('row %i after %o is %p', (row, op, expected) => {
    expect(rowAfter(row, op)).toBe(expected);
  });

  const r = (top: number, bottom: number, left = 1, right = 1) => ({ top, left, bottom, right });
  it.each<[string, ReturnType<typeof r>, RowOp, ReturnType<typeof r> | null]>([
    ['above an insert: stays', r(1, 3), ins(5, 2), r(1, 3)],
    ['insert inside: stretches', r(3, 6), ins(5, 2), r(3, 8)],
    ['insert at its top: moves', r(5, 6), ins(5, 2), r(7, 8)],
    ['insert right after its bottom: stays', r(3, 4), ins(5, 2), r(3, 4)],
    ['delete inside: shrinks', r(3, 8), del(5, 2), r(3, 6)],
    ['delete over its top: shrinks from the top', r(5, 9), del(4, 3), r(4, 6)],
    ['delete all its rows: gone', r(5, 6), del(4, 4), null],
    ['shrunk to one cell: gone', r(5, 6), del(6, 1), null],
    ['shrunk to one row, two columns: kept', r(5, 6, 1, 2), del(6, 1), r(5, 5, 1, 2)],
    ['below a delete: moves up', r(10, 12), del(4, 3), r(7, 9)],
  ])('%s', (_, range, op, expected) => {
    expect(rangeAfter(range, op)).toEqual(expected);
  });
});

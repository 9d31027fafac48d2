import type { CellRange, CellValue, SheetSnapshot } from '../model/snapshot';

/** Column numbers stay below this (Excel has 16,384 columns), so row * COL_KEY + col is a unique cell key. */
const COL_KEY = 1 << 15;

/** Cells up to which merges are looked up in a typed array (4 bytes a cell: 16 MB at most). */
const DENSE_MERGE_INDEX = 1 << 22;

export function cellKey(row: number, col: number): number {
  return row * COL_KEY + col;
}

/** A snapshot cell as a CellValue, whatever the host (or a broken file) put there. */
function sanitize(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'object' && 'error' in v) {
    const e = (v as { error: unknown }).error;
    return { error: typeof e === 'string' ? e : '#VALUE!' };
  }
  return null;
}

function isInt(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n);
}

/**
 * A sheet snapshot as the reader needs it: values that are always CellValues, and a merge lookup by cell.
 * Merges are clipped to the used range, and the lookup is capped so that a broken snapshot with huge or
 * overlapping merges stays linear in its cells.
 */
export class Grid {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  private readonly values: CellValue[][];
  /**
   * Which merge covers a cell: 1 + its place in `merged`, by (row - 1) * cols + (col - 1); 0 for none.
   * A typed array costs a few bytes a cell and no hashing; a sheet too large for one falls back to a map.
   */
  private mergeAt: Int32Array | null = null;
  private readonly merged: CellRange[] = [];
  private readonly mergeByCell = new Map<number, CellRange>();

  constructor(sheet: SheetSnapshot) {
    this.name = typeof sheet?.name === 'string' ? sheet.name : '';
    const rawRows: unknown = sheet?.values;
    const rows: CellValue[][] = [];
    let cols = 0;
    if (Array.isArray(rawRows)) {
      for (const r of rawRows) {
        const line: CellValue[] = Array.isArray(r) ? r.slice(0, COL_KEY - 1).map(sanitize) : [];
        if (line.length > cols) cols = line.length;
        rows.push(line);
      }
    }
    this.values = rows;
    this.rows = rows.length;
    this.cols = cols;
    this.indexMerges(Array.isArray(sheet?.merges) ? sheet.merges : []);
  }

  private indexMerges(merges: readonly CellRange[]): void {
    if (merges.length > 0 && this.rows * this.cols <= DENSE_MERGE_INDEX) this.mergeAt = new Int32Array(this.rows * this.cols);
    let budget = 4 * Math.max(1, this.rows * this.cols);
    for (const m of merges) {
      if (!m || !isInt(m.top) || !isInt(m.left) || !isInt(m.bottom) || !isInt(m.right)) continue;
      const top = Math.max(1, m.top);
      const left = Math.max(1, m.left);
      const bottom = Math.min(this.rows, m.bottom);
      const right = Math.min(this.cols, m.right);
      if (top !== m.top || left !== m.left || bottom < top || right < left) continue;
      if (bottom === top && right === left) continue;
      const area = (bottom - top + 1) * (right - left + 1);
      if (area > budget) break;
      budget -= area;
      const range = { top, left, bottom, right };
      const at = this.mergeAt;
      if (at) {
        this.merged.push(range);
        const n = this.merged.length;
        for (let r = top; r <= bottom; r++)
          for (let c = left; c <= right; c++) {
            const k = (r - 1) * this.cols + (c - 1);
            if (at[k] === 0) at[k] = n;
          }
        continue;
      }
      for (let r = top; r <= bottom; r++)
        for (let c = left; c <= right; c++) {
          const k = cellKey(r, c);
          if (!this.mergeByCell.has(k)) this.mergeByCell.set(k, range);
        }
    }
  }

  raw(row: number, col: number): CellValue {
    const v = this.values[row - 1]?.[col - 1];
    return v === undefined ? null : v;
  }

  merge(row: number, col: number): CellRange | undefined {
    const at = this.mergeAt;
    if (!at) return this.mergeByCell.get(cellKey(row, col));
    if (!(row >= 1 && row <= this.rows && col >= 1 && col <= this.cols)) return undefined;
    const n = at[(row - 1) * this.cols + (col - 1)];
    return n ? this.merged[n - 1] : undefined;
  }

  /** True for a cell covered by a merge whose value lives in another cell. */
  isContinuation(row: number, col: number): boolean {
    const m = this.merge(row, col);
    return m !== undefined && (m.top !== row || m.left !== col);
  }

  /** The cell that holds the value shown at (row, col): the merge's top-left, or the cell itself. */
  owner(row: number, col: number): { row: number; col: number } {
    const m = this.merge(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** The rightmost column of the cell at (row, col), counting its merge. */
  rightOf(row: number, col: number): number {
    return this.merge(row, col)?.right ?? col;
  }

  bottomOf(row: number, col: number): number {
    return this.merge(row, col)?.bottom ?? row;
  }

  /** Length of a row as stored (rows of a ragged snapshot differ). */
  rowLength(row: number): number {
    return this.values[row - 1]?.length ?? 0;
  }
}

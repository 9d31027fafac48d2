import { ValueType, type Worksheet } from 'exceljs';
import { FAR_COLS, FAR_ROWS, type CellRange, type CellValue, type SheetSnapshot } from '../../model/snapshot';
import { toA1 } from '../../model/address';
import { snapshotValue } from './cell-value';
import { XlsxOpenError } from './errors';

const GENERAL = 'General';

/**
 * Dense arrays beyond this many cells per sheet would exhaust memory: one stray value typed at
 * XFD1048576 makes a used range of 17 billion cells. A real form (even 5,000 indicators) is far below.
 */
export const MAX_SHEET_CELLS = 4_000_000;

/** Columns a sheet can have (A to XFD). */
const MAX_COLUMNS = 16_384;

interface Layout {
  merges: CellRange[];
  /** The part of the sheet that is read: up to the first far gap. */
  bottom: number;
  right: number;
  unread: SheetSnapshot['unread'];
}

/** The last number before the first gap wider than `far` in an ascending list; 0 for an empty list. */
function beforeGap(sorted: readonly number[], far: number): number {
  let last = 0;
  for (const n of sorted) {
    if (last > 0 && n - last > far) break;
    last = n;
  }
  return last;
}

/**
 * The extent to read and the merged areas in one pass. Merged areas are found from their covered
 * cells (exceljs marks them with the Merge type and a pointer to the top-left cell), so no
 * private field of exceljs is needed.
 */
function layoutOf(ws: Worksheet): Layout {
  const byMaster = new Map<string, CellRange>();
  const rows: number[] = [];
  // One mark per column Excel can have: cheaper than a set, asked for every cell.
  const cols = new Uint8Array(MAX_COLUMNS + 1);
  let usedBottom = 0;
  let usedRight = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (rows[rows.length - 1] !== r) rows.push(r);
      cols[c] = 1;
      if (r > usedBottom) usedBottom = r;
      if (c > usedRight) usedRight = c;
      if (cell.type !== ValueType.Merge) return;
      const master = cell.master;
      const range = byMaster.get(master.address);
      if (range) {
        if (r > range.bottom) range.bottom = r;
        if (c > range.right) range.right = c;
      } else {
        byMaster.set(master.address, { top: Number(master.row), left: Number(master.col), bottom: r, right: c });
      }
    });
  });
  const bottom = beforeGap(rows, FAR_ROWS);
  const used: number[] = [];
  for (let c = 1; c <= usedRight; c++) if (cols[c] === 1) used.push(c);
  const right = beforeGap(used, FAR_COLS);
  let unread: Layout['unread'];
  if (bottom < usedBottom || right < usedRight) {
    let cells = 0;
    let first: { row: number; col: number } | undefined;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (_cell, c) => {
        if (r <= bottom && c <= right) return;
        cells++;
        first ??= { row: r, col: c };
      });
    });
    if (first) unread = { cells, first, usedRange: `A1:${toA1(usedBottom, usedRight)}` };
  }
  const merges = [...byMaster.values()]
    .filter((m) => m.top <= bottom && m.left <= right)
    .map((m) => ({ ...m, bottom: Math.min(m.bottom, bottom), right: Math.min(m.right, right) }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
  return { merges, bottom, right, unread };
}

function grid<T>(rows: number, cols: number, fill: T): T[][] {
  const out: T[][] = new Array<T[]>(rows);
  for (let r = 0; r < rows; r++) out[r] = new Array<T>(cols).fill(fill);
  return out;
}

/**
 * The used range of a worksheet as dense arrays from A1, the way Excel's used range reads:
 * covered cells of a merged area are empty, formulas start with '=', dates are serials. Content
 * beyond a far gap is left out and counted in `unread`.
 */
export function sheetSnapshot(ws: Worksheet): SheetSnapshot {
  const { merges, bottom, right, unread } = layoutOf(ws);
  if (bottom * right > MAX_SHEET_CELLS) throw new XlsxOpenError('too-large', `${ws.name}!A1:${toA1(bottom, right)}`);
  const values = grid<CellValue>(bottom, right, null);
  const formulas = grid<string>(bottom, right, '');
  const numberFormats = grid<string>(bottom, right, GENERAL);
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const vRow = values[r - 1];
    const fRow = formulas[r - 1];
    const nRow = numberFormats[r - 1];
    if (!vRow || !fRow || !nRow) return;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c > right) return;
      const fmt = cell.numFmt;
      if (fmt) nRow[c - 1] = fmt;
      if (cell.type === ValueType.Merge) return;
      vRow[c - 1] = snapshotValue(cell.value);
      if (cell.type === ValueType.Formula) {
        const f = cell.formula;
        if (f) fRow[c - 1] = `=${f}`;
      }
    });
  });
  return { name: ws.name, values, formulas, numberFormats, merges, ...(unread ? { unread } : {}) };
}

import { ValueType, type Worksheet } from 'exceljs';
import type { CellRange, CellValue, SheetSnapshot } from '../../model/snapshot';
import { toA1 } from '../../model/address';
import { snapshotValue } from './cell-value';
import { XlsxOpenError } from './errors';

const GENERAL = 'General';

/**
 * Dense arrays beyond this many cells per sheet would exhaust memory: one stray value typed at
 * XFD1048576 makes a used range of 17 billion cells. A real form (even 5,000 indicators) is far below.
 */
export const MAX_SHEET_CELLS = 4_000_000;

interface Layout {
  merges: CellRange[];
  bottom: number;
  right: number;
}

/**
 * The used extent and the merged areas in one pass. Merged areas are found from their covered
 * cells (exceljs marks them with the Merge type and a pointer to the top-left cell), so no
 * private field of exceljs is needed.
 */
function layoutOf(ws: Worksheet): Layout {
  const byMaster = new Map<string, CellRange>();
  let bottom = 0;
  let right = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (r > bottom) bottom = r;
      if (c > right) right = c;
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
  const merges = [...byMaster.values()].sort((a, b) => a.top - b.top || a.left - b.left);
  return { merges, bottom, right };
}

function grid<T>(rows: number, cols: number, fill: T): T[][] {
  const out: T[][] = new Array<T[]>(rows);
  for (let r = 0; r < rows; r++) out[r] = new Array<T>(cols).fill(fill);
  return out;
}

/**
 * The used range of a worksheet as dense arrays from A1, the way Excel's used range reads:
 * covered cells of a merged area are empty, formulas start with '=', dates are serials.
 */
export function sheetSnapshot(ws: Worksheet): SheetSnapshot {
  const { merges, bottom, right } = layoutOf(ws);
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
  return { name: ws.name, values, formulas, numberFormats, merges };
}

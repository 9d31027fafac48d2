import { columnNumber, rangeToA1, toA1 } from '../../model/address';
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from '../../model/snapshot';
import type { Features } from './context';

/**
 * The snapshot in a constant number of round trips, whatever the workbook's size:
 * 1. sheet names; 2. the extent of every sheet's used range; 3. the cells read (values, value
 * types, formulas, number formats); 4. merged areas (ExcelApi 1.13), apart, because past 512 areas
 * Excel fails the request and the values must not be lost with it; 5. only then, the merged areas
 * again in bands of rows.
 */
export const SNAPSHOT_SYNCS = { withMerges: 4, manyMerges: 5, withoutMerges: 3 } as const;

/**
 * Cells of one sheet loaded at most. A value typed by mistake at E1048576 stretches the used range
 * to five million cells, past Excel's response limit (5 MB on the web) and the pane's memory; a
 * form of 5,000 indicators is some 25,000 cells.
 */
export const MAX_READ_CELLS = 200_000;
/** Columns read at most: a form is a few columns wide; a used range wider than this holds stray content. */
export const MAX_READ_COLUMNS = 256;

/** The top-left part of a used range ending at (bottom, right) that is read, or null when it is read whole. */
export function readExtent(bottom: number, right: number): { bottom: number; right: number } | null {
  if (bottom * right <= MAX_READ_CELLS) return null;
  const cols = Math.min(right, MAX_READ_COLUMNS);
  return { bottom: Math.min(bottom, Math.floor(MAX_READ_CELLS / cols)), right: cols };
}

/** Rows per request when a sheet has more merged areas than Excel returns at once. */
export const MERGE_BAND_ROWS = 200;

interface Loaded {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  unread?: SheetSnapshot['unread'];
}

function toCell(value: unknown, type: string | undefined): CellValue {
  if (type === 'Error') return { error: String(value) };
  if (value === '' || value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/** Pads a used range that starts below or right of A1 so that values[0][0] is A1, as the snapshot contract says. */
function place<T>(rows: T[][], top: number, left: number, blank: T): T[][] {
  const padRow = (r: T[]): T[] => (left > 0 ? [...new Array<T>(left).fill(blank), ...r] : r);
  const width = (rows[0]?.length ?? 0) + left;
  const out: T[][] = [];
  for (let i = 0; i < top; i++) out.push(new Array<T>(width).fill(blank));
  for (const r of rows) out.push(padRow(r));
  return out;
}

const AREA = /(?:'(?:[^']|'')+'|[^'!,\s][^!,]*)!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;

/** "Sheet1!A1:B2, Sheet1!C3:D3" (the address of a RangeAreas) to ranges. */
export function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  for (const m of address.matchAll(AREA)) {
    const left = columnNumber(m[1] as string);
    const top = Number(m[2]);
    out.push({ top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? columnNumber(m[3]) : left });
  }
  return out;
}

/**
 * Excel finds the merged areas whose top-left cell lies in the range, and fails past 512 areas.
 * First ask for each used range whole; on failure ask again in bands of rows (each area is found in
 * exactly one band), all bands in one sync. If that fails too, the reader copes with unmerged cells.
 */
async function readMerges(context: Excel.RequestContext, sheets: readonly Loaded[]): Promise<Map<string, CellRange[]>> {
  const ask = (parts: { name: string; range: Excel.Range }[]) =>
    parts.map(({ name, range }) => {
      const a = range.getMergedAreasOrNullObject();
      a.load('address');
      return { name, a };
    });
  const collect = (found: { name: string; a: Excel.RangeAreas }[]): Map<string, CellRange[]> => {
    const out = new Map<string, CellRange[]>();
    for (const { name, a } of found) out.set(name, [...(out.get(name) ?? []), ...(a.isNullObject ? [] : parseAreas(a.address))]);
    return out;
  };
  const whole = ask(sheets.map((l) => ({ name: l.sheet.name, range: l.used })));
  try {
    await context.sync();
    return collect(whole);
  } catch {
    const bands = sheets.flatMap((l) => {
      const top = l.used.rowIndex + 1;
      const bottom = top + l.used.values.length - 1;
      const left = l.used.columnIndex + 1;
      const right = left + (l.used.values[0]?.length ?? 1) - 1;
      const parts: { name: string; range: Excel.Range }[] = [];
      for (let r = top; r <= bottom; r += MERGE_BAND_ROWS) {
        const address = rangeToA1({ top: r, left, bottom: Math.min(bottom, r + MERGE_BAND_ROWS - 1), right });
        parts.push({ name: l.sheet.name, range: l.sheet.getRange(address) });
      }
      return parts;
    });
    const found = ask(bands);
    try {
      await context.sync();
      return collect(found);
    } catch {
      return new Map();
    }
  }
}

export async function readSnapshot(context: Excel.RequestContext, features: Features): Promise<WorkbookSnapshot> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();

  const extents = sheets.items.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
    return { sheet, used };
  });
  await context.sync();

  const CELLS = ['rowIndex', 'columnIndex', 'values', 'valueTypes', 'formulas', 'numberFormat'];
  const loaded: Loaded[] = extents.map(({ sheet, used }) => {
    if (used.isNullObject) return { sheet, used };
    const bottom = used.rowIndex + used.rowCount;
    const right = used.columnIndex + used.columnCount;
    const part = readExtent(bottom, right);
    if (!part) return { sheet, used: used.load(CELLS) };
    // Only the used part of the top-left band is loaded; the used range's far corner is where Ctrl+End goes.
    const band = sheet.getRange(rangeToA1({ top: 1, left: 1, ...part })).getUsedRangeOrNullObject(true).load(CELLS);
    return { sheet, used: band, unread: { first: { row: bottom, col: right }, usedRange: `A1:${toA1(bottom, right)}` } };
  });
  await context.sync();

  const merges = features.mergedAreas ? await readMerges(context, loaded.filter((l) => !l.used.isNullObject)) : new Map<string, CellRange[]>();

  const out: SheetSnapshot[] = loaded.map(({ sheet, used, unread }) => {
    const far = unread ? { unread } : {};
    if (used.isNullObject) return { name: sheet.name, values: [], formulas: [], numberFormats: [], merges: [], ...far };
    const top = used.rowIndex;
    const left = used.columnIndex;
    const values = used.values.map((row, r) => row.map((v, c) => toCell(v, used.valueTypes[r]?.[c])));
    const formulas = used.formulas.map((row) => row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : '')));
    const formats = used.numberFormat.map((row) => row.map((f) => (typeof f === 'string' && f !== '' ? f : 'General')));
    return {
      name: sheet.name,
      values: place(values, top, left, null),
      formulas: place(formulas, top, left, ''),
      numberFormats: place(formats, top, left, 'General'),
      merges: merges.get(sheet.name) ?? [],
      ...far,
    };
  });
  return { sheets: out };
}

import ExcelJS from 'exceljs';
import type { CellValue } from '../model/snapshot';
import { entriesToRows, rowsToEntries, type ImportProblem } from './io';
import type { LibraryEntry } from './schema';

/** The library as an .xlsx workbook (one sheet 指标库, columns 一级指标 … 说明, 来源). */
export async function libraryToXlsx(entries: readonly LibraryEntry[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('指标库');
  for (const row of entriesToRows(entries)) ws.addRow(row);
  ws.getRow(1).font = { bold: true };
  [12, 16, 30, 10, 14, 20, 50, 40].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

function plain(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  if (typeof v === 'object' && 'result' in v) return plain(v.result as ExcelJS.CellValue);
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  return String(v);
}

/** Entries from the first sheet of an .xlsx; an unreadable file is one problem, not an exception. */
export async function libraryFromXlsx(data: Uint8Array): Promise<{ entries: LibraryEntry[]; problems: ImportProblem[] }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { entries: [], problems: [{ row: 0, name: '', zh: `无法读取 .xlsx 文件：${why}`, en: `cannot read the .xlsx file: ${why}` }] };
  }
  const ws = wb.worksheets[0];
  if (!ws) return { entries: [], problems: [{ row: 0, name: '', zh: '工作簿中没有工作表', en: 'the workbook has no sheet' }] };
  const rows: CellValue[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: CellValue[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, 8); c++) cells.push(plain(row.getCell(c).value));
    rows.push(cells);
  }
  return rowsToEntries(rows);
}

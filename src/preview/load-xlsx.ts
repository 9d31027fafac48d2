/**
 * Loaded on demand (dynamic import): exceljs is large and the pane's first load must not carry it.
 */
import ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../model/snapshot';
import { sheetSnapshot } from '../hosts/xlsx/snapshot';

export async function snapshotOfXlsx(bytes: ArrayBuffer): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  return { sheets: workbook.worksheets.map((ws) => sheetSnapshot(ws)) };
}

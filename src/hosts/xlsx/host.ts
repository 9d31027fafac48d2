import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Host } from '../host';
import type { CellEdit } from '../../model/finding';
import { isCellError, type CellValue, type WorkbookSnapshot } from '../../model/snapshot';
import type { WritePlan } from '../../write/plan';
import { applyPlan } from './apply-plan';
import { loadWorkbook, readFileBytes } from './open';
import { sheetSnapshot } from './snapshot';

type ExcelCellValue = ExcelJS.CellValue;

function toExcelValue(v: CellValue): ExcelCellValue {
  if (v === null) return null;
  if (isCellError(v)) return { error: v.error as ExcelJS.CellErrorValue['error'] };
  return v;
}

/**
 * An .xlsx file as a Host, for the command line: opened once, snapshotted, edited in memory,
 * and saved to a new file. Never writes the file it was opened from.
 */
export class XlsxHost implements Host {
  private constructor(
    readonly workbook: ExcelJS.Workbook,
    /** Resolved path of the input, when it came from a file. */
    readonly sourcePath: string | null,
    /** Opened with its drawings left out (exceljs could not read them): checking is fine, saving is refused. */
    readonly withoutDrawings: boolean = false,
  ) {}

  /** Opens a path or bytes; throws XlsxOpenError with a readable reason when the file is not a usable .xlsx. */
  static async open(input: Buffer | string): Promise<XlsxHost> {
    const bytes = typeof input === 'string' ? await readFileBytes(input) : input;
    const { workbook, withoutDrawings } = await loadWorkbook(bytes);
    return new XlsxHost(workbook, typeof input === 'string' ? resolve(input) : null, withoutDrawings);
  }

  async snapshot(): Promise<WorkbookSnapshot> {
    return { sheets: this.workbook.worksheets.map(sheetSnapshot) };
  }

  /** Each plan is checked against the sheet before it writes (applyPlan throws PlanError and leaves the sheet alone). */
  async apply(plans: readonly WritePlan[]): Promise<void> {
    for (const plan of plans) applyPlan(this.workbook, plan);
  }

  /** A new, empty workbook, for writing a form from scratch (`jixiao render`). */
  static create(): XlsxHost {
    return new XlsxHost(new ExcelJS.Workbook(), null);
  }

  /** All edits are checked (sheet exists, address reads) before any is made, so a bad edit changes nothing. */
  async applyEdits(edits: readonly CellEdit[]): Promise<void> {
    const targets = edits.map((edit) => {
      const ws = this.workbook.getWorksheet(edit.sheet);
      if (!ws) throw new Error(`找不到工作表「${edit.sheet}」（no worksheet named "${edit.sheet}"）`);
      if (!/^\$?[A-Za-z]{1,3}\$?[1-9]\d*$/.test(edit.cell)) {
        throw new Error(`不是单元格地址：${edit.cell}（not a cell address: ${edit.cell}）`);
      }
      return { cell: ws.getCell(edit.cell.replace(/\$/g, '')), edit };
    });
    for (const { cell, edit } of targets) {
      cell.value = toExcelValue(edit.value);
      if (edit.numberFormat) cell.numFmt = edit.numberFormat;
    }
  }

  /** Writes the workbook to a new file; refuses the path it was opened from. */
  async save(path: string): Promise<void> {
    this.assertWritable();
    if (this.sourcePath && resolve(path) === this.sourcePath) {
      throw new Error(`不会覆盖原文件：${path}（refusing to overwrite the input file）`);
    }
    const data = await this.workbook.xlsx.writeBuffer();
    await fs.writeFile(path, new Uint8Array(data as ArrayBuffer));
  }

  private assertWritable(): void {
    if (this.withoutDrawings) {
      throw new Error(
        '此文件中的图表或图形无法读取，保存会丢失它们，因此不保存（the file has charts or shapes that cannot be read; saving would lose them, so it is not saved）',
      );
    }
  }

  /** The workbook as .xlsx bytes, for callers that write elsewhere (tests, a browser download). */
  async toBuffer(): Promise<Buffer> {
    this.assertWritable();
    const data = await this.workbook.xlsx.writeBuffer();
    return Buffer.from(data as ArrayBuffer);
  }
}

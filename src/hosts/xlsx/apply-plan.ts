import ExcelJS, { ValueType } from 'exceljs';
import { rangeToA1 } from '../../model/address';
import { isCellError, type CellRange, type CellValue } from '../../model/snapshot';
import { shiftFormula } from '../../write/formula';
import { rangeAfter, rowAfter, sameRange } from '../../write/geometry';
import type { CellStyle, PageSetup, RowOp, WritePlan } from '../../write/plan';
import { assertPlanOn } from '../../write/validate-plan';
import { sheetSnapshot } from './snapshot';

/** GB2312: tells Excel and LibreOffice the font is for Chinese, so a substitute face has the glyphs. */
const CJK_CHARSET = 134;
const A4 = 9;

function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  return sheetSnapshot(ws).merges;
}

interface MovedCell {
  col: number;
  value: ExcelJS.CellValue;
  style: Partial<ExcelJS.Style>;
}

/**
 * Rows inserted or deleted as Excel does it: cells, styles, heights and merged areas move with
 * their rows. exceljs's spliceRows leaves stale rows behind on large deletes and re-merges wrongly,
 * so the rows at and below the operation are lifted out and put back at their new places.
 */
function applyRowOp(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet, op: RowOp): void {
  const touched = mergesOf(ws).filter((m) => m.bottom >= op.at);
  for (const m of touched) ws.unMergeCells(rangeToA1(m));
  const lifted: { row: number; height: number | undefined; cells: MovedCell[] }[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (r < op.at) return;
    const cells: MovedCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => void cells.push({ col: c, value: cell.value, style: cell.style }));
    lifted.push({ row: r, height: row.height, cells });
  });
  for (const { row } of lifted) {
    const line = ws.getRow(row);
    line.values = [];
    (line as { height: number | undefined }).height = undefined;
  }
  for (const { row, height, cells } of lifted) {
    const to = rowAfter(row, op);
    if (to === null) continue;
    const line = ws.getRow(to);
    if (height !== undefined) line.height = height;
    for (const c of cells) {
      const cell = line.getCell(c.col);
      cell.value = c.value;
      cell.style = c.style;
    }
  }
  for (const m of touched) {
    const moved = rangeAfter(m, op);
    if (moved) ws.mergeCellsWithoutStyle(moved.top, moved.left, moved.bottom, moved.right);
  }
  shiftFormulas(workbook, op, ws.name);
}

/** Formulas anywhere in the workbook follow the rows, as Excel rewrites them (exceljs does not). */
function shiftFormulas(workbook: ExcelJS.Workbook, op: RowOp, opSheet: string): void {
  for (const sheet of workbook.worksheets)
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        if (cell.type !== ValueType.Formula || typeof v !== 'object' || v === null || !('formula' in v) || typeof v.formula !== 'string') return;
        const formula = shiftFormula(v.formula, op, opSheet, sheet.name);
        if (formula !== v.formula) cell.value = { ...v, formula } as ExcelJS.CellFormulaValue;
      }),
    );
}

function excelValue(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (isCellError(v)) return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

/** Each part a style names replaces that part of the cell's style; parts it leaves out stay. */
function writeStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.font) {
    const font: Partial<ExcelJS.Font> = {};
    if (style.font.name !== undefined) Object.assign(font, { name: style.font.name, charset: CJK_CHARSET });
    if (style.font.size !== undefined) font.size = style.font.size;
    if (style.font.bold !== undefined) font.bold = style.font.bold;
    cell.font = font;
  }
  if (style.alignment) cell.alignment = { ...style.alignment };
  if (style.border) {
    const side = { style: style.border.style };
    cell.border = { top: side, left: side, bottom: side, right: side };
  }
  if (style.numberFormat !== undefined) cell.numFmt = style.numberFormat;
}

function writePage(ws: ExcelJS.Worksheet, page: PageSetup): void {
  Object.assign(ws.pageSetup, {
    paperSize: A4,
    orientation: page.orientation,
    fitToPage: true,
    fitToWidth: page.fitToWidth,
    // 0: as many pages down as the form needs, one page across.
    fitToHeight: 0,
    horizontalCentered: true,
    printArea: rangeToA1(page.printArea),
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  });
}

/**
 * Applies one write plan to an exceljs workbook: checked first against the sheet (a refused plan
 * throws PlanError and writes nothing), then row operations, unmerges, values and styles, merges,
 * sizes and page setup, in the order the plan contract gives.
 */
export function applyPlan(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  const existing = workbook.getWorksheet(plan.sheet);
  assertPlanOn(plan, { exists: existing !== undefined, merges: existing ? mergesOf(existing) : [] });
  const ws = existing ?? workbook.addWorksheet(plan.sheet);
  for (const op of plan.rowOps) applyRowOp(workbook, ws, op);
  for (const m of plan.unmerge) ws.unMergeCells(rangeToA1(m));
  for (const block of plan.blocks)
    block.values.forEach((line, r) =>
      line.forEach((v, c) => {
        const cell = ws.getCell(block.top + r, block.left + c);
        cell.value = excelValue(v);
        const style = block.styles?.[r]?.[c];
        if (style) writeStyle(cell, style);
      }),
    );
  const kept = plan.merges.length > 0 ? mergesOf(ws) : [];
  for (const m of plan.merges) if (!kept.some((k) => sameRange(k, m))) ws.mergeCellsWithoutStyle(m.top, m.left, m.bottom, m.right);
  for (const [c, w] of Object.entries(plan.columnWidths)) ws.getColumn(Number(c)).width = w;
  for (const [r, h] of Object.entries(plan.rowHeights)) ws.getRow(Number(r)).height = h;
  if (plan.page) writePage(ws, plan.page);
}

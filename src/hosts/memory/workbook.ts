import type { CellRange, CellValue, SheetSnapshot } from '../../model/snapshot';
import { overlaps, rangeAfter, rowAfter, sameRange } from '../../write/geometry';
import { shiftFormula } from '../../write/formula';
import type { CellStyle, PageSetup, RowOp, WritePlan } from '../../write/plan';

/** A cell's look apart from its number format, which Excel keeps (and the snapshot reports) apart. */
export type CellLook = Omit<CellStyle, 'numberFormat'> & { fill?: string };

export interface MemoryCell {
  value: CellValue;
  formula: string;
  numberFormat: string;
  style: CellLook;
}

const GENERAL = 'General';

function blankCell(): MemoryCell {
  return { value: null, formula: '', numberFormat: GENERAL, style: {} };
}

function copyCell(c: MemoryCell): MemoryCell {
  return { ...c, style: structuredClone(c.style) };
}

/** One sheet held in memory: sparse cells by row then column, merges, sizes and page setup. */
export class MemorySheet {
  rows = new Map<number, Map<number, MemoryCell>>();
  merges: CellRange[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  page: PageSetup | null = null;
  /** What the file's reader left out far from the form (see SheetSnapshot.unread), kept for every later snapshot. */
  unread: SheetSnapshot['unread'];

  constructor(public name: string) {}

  static fromSnapshot(s: SheetSnapshot): MemorySheet {
    const sheet = new MemorySheet(s.name);
    s.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = s.formulas[r]?.[c] ?? '';
        const numberFormat = s.numberFormats[r]?.[c] ?? GENERAL;
        if (value === null && formula === '' && numberFormat === GENERAL) return;
        sheet.set(r + 1, c + 1, { value, formula, numberFormat, style: {} });
      }),
    );
    sheet.merges = s.merges.map((m) => ({ ...m }));
    if (s.unread) sheet.unread = structuredClone(s.unread);
    return sheet;
  }

  clone(): MemorySheet {
    const s = new MemorySheet(this.name);
    for (const [r, line] of this.rows) s.rows.set(r, new Map([...line].map(([c, cell]) => [c, copyCell(cell)])));
    s.merges = this.merges.map((m) => ({ ...m }));
    s.columnWidths = new Map(this.columnWidths);
    s.rowHeights = new Map(this.rowHeights);
    s.page = this.page ? structuredClone(this.page) : null;
    if (this.unread) s.unread = structuredClone(this.unread);
    return s;
  }

  get(row: number, col: number): MemoryCell | undefined {
    return this.rows.get(row)?.get(col);
  }

  set(row: number, col: number, cell: MemoryCell): void {
    let line = this.rows.get(row);
    if (!line) this.rows.set(row, (line = new Map()));
    line.set(col, cell);
  }

  /** Puts the cell back as it was, or removes it when it did not exist. */
  restore(row: number, col: number, cell: MemoryCell | undefined): void {
    if (cell) return this.set(row, col, copyCell(cell));
    const line = this.rows.get(row);
    line?.delete(col);
    if (line && line.size === 0) this.rows.delete(row);
  }

  /** The cell, created blank when absent, for writing. */
  cell(row: number, col: number): MemoryCell {
    const existing = this.get(row, col);
    if (existing) return existing;
    const c = blankCell();
    this.set(row, col, c);
    return c;
  }

  /** Excel's used range: the last row and column holding a value, a formula, a format, a style or a merge. */
  extent(): { bottom: number; right: number } {
    let bottom = 0;
    let right = 0;
    for (const [r, line] of this.rows)
      for (const [c, cell] of line) {
        if (cell.value === null && cell.formula === '' && cell.numberFormat === GENERAL && Object.keys(cell.style).length === 0) continue;
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      }
    for (const m of this.merges) {
      bottom = Math.max(bottom, m.bottom);
      right = Math.max(right, m.right);
    }
    return { bottom, right };
  }

  snapshot(): SheetSnapshot {
    const { bottom, right } = this.extent();
    const values: CellValue[][] = [];
    const formulas: string[][] = [];
    const numberFormats: string[][] = [];
    for (let r = 1; r <= bottom; r++) {
      const vs: CellValue[] = [];
      const fs: string[] = [];
      const ns: string[] = [];
      for (let c = 1; c <= right; c++) {
        const cell = this.get(r, c);
        vs.push(cell ? cell.value : null);
        fs.push(cell ? cell.formula : '');
        ns.push(cell ? cell.numberFormat : GENERAL);
      }
      values.push(vs);
      formulas.push(fs);
      numberFormats.push(ns);
    }
    const merges = this.merges.map((m) => ({ ...m })).sort((a, b) => a.top - b.top || a.left - b.left);
    return { name: this.name, values, formulas, numberFormats, merges, ...(this.unread ? { unread: structuredClone(this.unread) } : {}) };
  }

  /** Inserts or deletes whole rows the way Excel does: cells, heights and merges move with their rows. */
  rowOp(op: RowOp): void {
    const rows = new Map<number, Map<number, MemoryCell>>();
    for (const [r, line] of this.rows) {
      const to = rowAfter(r, op);
      if (to !== null) rows.set(to, line);
    }
    this.rows = rows;
    const heights = new Map<number, number>();
    for (const [r, h] of this.rowHeights) {
      const to = rowAfter(r, op);
      if (to !== null) heights.set(to, h);
    }
    this.rowHeights = heights;
    this.merges = this.merges.map((m) => rangeAfter(m, op)).filter((m): m is CellRange => m !== null);
    if (this.page) {
      const area = rangeAfter(this.page.printArea, op);
      this.page = area ? { ...this.page, printArea: area } : null;
    }
    if (this.unread) {
      const row = rowAfter(this.unread.first.row, op);
      this.unread = row === null ? undefined : { ...this.unread, first: { ...this.unread.first, row } };
    }
  }

  unmerge(range: CellRange): void {
    this.merges = this.merges.filter((m) => !sameRange(m, range));
  }

  merge(range: CellRange): void {
    if (this.merges.some((m) => overlaps(m, range))) throw new Error(`merge ${JSON.stringify(range)} overlaps a merged area`);
    this.merges.push({ ...range });
  }

  write(row: number, col: number, value: CellValue, style: CellStyle | null | undefined): void {
    const cell = this.cell(row, col);
    cell.value = value;
    // Plans carry values only: "=100.00(%)" is an indicator value as written, never a formula.
    cell.formula = '';
    if (!style) return;
    // Each part a style names replaces that part; parts it leaves out stay as they are.
    const next: CellLook = { ...cell.style };
    if (style.font) next.font = { ...style.font };
    if (style.alignment) next.alignment = { ...style.alignment };
    if (style.border) next.border = { ...style.border };
    cell.style = next;
    if (style.numberFormat !== undefined) cell.numberFormat = style.numberFormat;
  }

  /** Rewrites this sheet's formulas for rows inserted into or deleted from `opSheet`. */
  shiftFormulas(op: RowOp, opSheet: string): void {
    for (const line of this.rows.values())
      for (const cell of line.values()) if (cell.formula !== '') cell.formula = shiftFormula(cell.formula, op, opSheet, this.name);
  }

  /** Applies a plan that has been validated against this sheet; `afterRowOp` lets the workbook rewrite formulas. */
  applyPlan(plan: WritePlan, afterRowOp: (op: RowOp) => void = (op) => this.shiftFormulas(op, this.name)): void {
    for (const op of plan.rowOps) {
      this.rowOp(op);
      afterRowOp(op);
    }
    for (const m of plan.unmerge) this.unmerge(m);
    for (const block of plan.blocks)
      block.values.forEach((row, r) => row.forEach((v, c) => this.write(block.top + r, block.left + c, v, block.styles?.[r]?.[c])));
    for (const m of plan.merges) {
      // A merge the sheet already has, in the same place, is kept (re-merging is a no-op in Excel too).
      if (!this.merges.some((x) => sameRange(x, m))) this.merge(m);
    }
    for (const [c, w] of Object.entries(plan.columnWidths)) this.columnWidths.set(Number(c), w);
    for (const [r, h] of Object.entries(plan.rowHeights)) this.rowHeights.set(Number(r), h);
    if (plan.page) this.page = structuredClone(plan.page);
  }
}

export interface CellDump extends MemoryCell {
  row: number;
  col: number;
}

/** Everything a sheet holds, sorted, for tests that compare before and after. */
export function dumpSheet(sheet: MemorySheet): { cells: CellDump[]; merges: CellRange[]; rowHeights: [number, number][]; columnWidths: [number, number][] } {
  const cells: CellDump[] = [];
  for (const [row, line] of sheet.rows) for (const [col, cell] of line) cells.push({ row, col, ...copyCell(cell) });
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return {
    cells,
    merges: [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left),
    rowHeights: [...sheet.rowHeights].sort((a, b) => a[0] - b[0]),
    columnWidths: [...sheet.columnWidths].sort((a, b) => a[0] - b[0]),
  };
}

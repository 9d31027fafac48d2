import { fromA1 } from '../../model/address';
import type { CellEdit, Location } from '../../model/finding';
import { FAR_COLS, FAR_ROWS, type WorkbookSnapshot } from '../../model/snapshot';
import { assertPlanOn, PlanError } from '../../write/validate-plan';
import type { WritePlan } from '../../write/plan';
import type { InteractiveHost } from '../host';
import { MemorySheet, type MemoryCell } from './workbook';

function isBlank(c: MemoryCell): boolean {
  return c.value === null && c.formula === '' && c.numberFormat === 'General' && Object.keys(c.style).length === 0;
}

/** The fill a highlight puts on a finding's cell (Excel's light yellow "Note" fill). */
export const HIGHLIGHT_FILL = 'FFFFEB9C';

export interface MemoryHostStats {
  /** Write batches: one per plan and one per applyEdits call (what Excel would sync). */
  batches: number;
  /** Snapshots taken (read round trips). */
  reads: number;
}

export interface Selection {
  location: Location;
  related: Location[];
}

/**
 * A workbook in memory: for tests, benchmarks and the browser preview. Applies plans exactly as
 * the Excel host must (validate every plan first, then write; nothing half-written on refusal),
 * and keeps highlights as a layer that clearHighlights takes off again.
 */
export class MemoryHost implements InteractiveHost {
  private sheets: MemorySheet[];
  readonly stats: MemoryHostStats = { batches: 0, reads: 0 };
  selection: Selection | null = null;
  /** Cells under a highlight, with what they were before it. */
  private highlighted = new Map<string, { sheet: string; row: number; col: number; existed: boolean; fill: string | undefined }>();

  constructor(sheets: MemorySheet[] = []) {
    this.sheets = sheets;
  }

  static fromSnapshot(snapshot: WorkbookSnapshot): MemoryHost {
    return new MemoryHost(snapshot.sheets.map((s) => MemorySheet.fromSnapshot(s)));
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  async snapshot(): Promise<WorkbookSnapshot> {
    this.stats.reads++;
    return { sheets: this.sheets.map((s) => s.snapshot()) };
  }

  /**
   * Applies plans in order, each one batch. All of them are first tried on a copy, so a plan
   * that is refused (or fails) leaves the workbook exactly as it was.
   */
  async apply(plans: readonly WritePlan[]): Promise<void> {
    const work = this.sheets.map((s) => s.clone());
    for (const plan of plans) {
      let target = work.find((s) => s.name === plan.sheet);
      assertPlanOn(plan, { exists: target !== undefined, merges: target?.merges ?? [] });
      if (!target) {
        target = new MemorySheet(plan.sheet);
        work.push(target);
      }
      // Formulas anywhere in the workbook follow the rows, as Excel rewrites them.
      target.applyPlan(plan, (op) => {
        for (const s of work) s.shiftFormulas(op, plan.sheet);
      });
    }
    this.sheets = work;
    this.stats.batches += plans.length;
  }

  async applyEdits(edits: readonly CellEdit[]): Promise<void> {
    const resolved = edits.map((e) => {
      const sheet = this.sheet(e.sheet);
      if (!sheet) throw new PlanError(e.sheet, [{ code: 'sheet-missing', zh: `找不到工作表“${e.sheet}”`, en: `sheet "${e.sheet}" does not exist` }]);
      let at: { row: number; col: number };
      try {
        at = fromA1(e.cell);
      } catch {
        throw new PlanError(e.sheet, [{ code: 'address', zh: `单元格地址“${e.cell}”不合法`, en: `"${e.cell}" is not a cell address` }]);
      }
      return { sheet, at, edit: e };
    });
    for (const { sheet, at, edit } of resolved) {
      const cell = sheet.cell(at.row, at.col);
      cell.value = edit.value;
      cell.formula = '';
      if (edit.numberFormat !== undefined) cell.numberFormat = edit.numberFormat;
    }
    this.stats.batches++;
  }

  async select(location: Location, related: readonly Location[] = []): Promise<void> {
    this.selection = { location: { ...location }, related: related.map((r) => ({ ...r })) };
  }

  async highlight(locations: readonly Location[]): Promise<void> {
    await this.clearHighlights();
    const extents = new Map<string, { bottom: number; right: number }>();
    for (const loc of locations) {
      const sheet = this.sheet(loc.sheet);
      const at = cellOf(loc);
      if (!sheet || !at) continue;
      // Far content the file's reader left out is not in this workbook: a mark there would stretch the sheet to it.
      let extent = extents.get(sheet.name);
      if (!extent) extents.set(sheet.name, (extent = sheet.extent()));
      if (at.row > extent.bottom + FAR_ROWS || at.col > extent.right + FAR_COLS) continue;
      const key = `${loc.sheet}!${at.row},${at.col}`;
      if (this.highlighted.has(key)) continue;
      const before = sheet.get(at.row, at.col);
      this.highlighted.set(key, { sheet: loc.sheet, row: at.row, col: at.col, existed: before !== undefined, fill: before?.style.fill });
      const cell = sheet.cell(at.row, at.col);
      cell.style = { ...cell.style, fill: HIGHLIGHT_FILL };
    }
  }

  async clearHighlights(): Promise<void> {
    // Only the fill is put back, so an edit made while the highlight showed is kept.
    for (const h of this.highlighted.values()) {
      const sheet = this.sheet(h.sheet);
      const cell = sheet?.get(h.row, h.col);
      if (!sheet || !cell) continue;
      const { fill: _shown, ...rest } = cell.style;
      cell.style = h.fill === undefined ? rest : { ...rest, fill: h.fill };
      if (!h.existed && isBlank(cell)) sheet.restore(h.row, h.col, undefined);
    }
    this.highlighted.clear();
  }

  /** Locations now highlighted, for the preview to draw. */
  highlights(): { sheet: string; row: number; col: number }[] {
    return [...this.highlighted.values()].map(({ sheet, row, col }) => ({ sheet, row, col }));
  }
}

function cellOf(loc: Location): { row: number; col: number } | null {
  if (loc.row !== undefined && loc.col !== undefined) return { row: loc.row, col: loc.col };
  if (loc.cell) {
    try {
      return fromA1(loc.cell);
    } catch {
      return null;
    }
  }
  return null;
}

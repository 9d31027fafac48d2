import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../model/snapshot';
import type { WritePlan } from '../../write/plan';

export interface PlanSummary {
  sheet: string;
  section: WritePlan['section'];
  rowsInserted: number;
  rowsDeleted: number;
  /** Cells whose value will differ from what the sheet holds now. */
  cellsChanged: number;
  newSheet: boolean;
}

function same(a: CellValue, b: CellValue): boolean {
  if (a === b) return true;
  if ((a === null || a === '') && (b === null || b === '')) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The sheet's rows as they will stand after the plan's row operations (inserted rows blank). */
function rowsAfterOps(sheet: SheetSnapshot | undefined, plan: WritePlan): (CellValue[] | undefined)[] {
  const rows: (CellValue[] | undefined)[] = sheet ? [...sheet.values] : [];
  for (const op of plan.rowOps) {
    if (op.kind === 'insert') rows.splice(op.at - 1, 0, ...new Array<undefined>(op.count).fill(undefined));
    else rows.splice(op.at - 1, op.count);
  }
  return rows;
}

/** What a plan will do to the workbook as it stands: the write-back panel shows this before asking. */
export function summarisePlan(plan: WritePlan, snapshot: WorkbookSnapshot): PlanSummary {
  const sheet = snapshot.sheets.find((s) => s.name === plan.sheet);
  const rows = plan.createSheet ? [] : rowsAfterOps(sheet, plan);
  let changed = 0;
  for (const block of plan.blocks)
    block.values.forEach((line, r) =>
      line.forEach((v, c) => {
        const now = rows[block.top - 1 + r]?.[block.left - 1 + c] ?? null;
        if (!same(now, v)) changed++;
      }),
    );
  const count = (kind: 'insert' | 'delete'): number => plan.rowOps.filter((o) => o.kind === kind).reduce((n, o) => n + o.count, 0);
  return {
    sheet: plan.sheet,
    section: plan.section,
    rowsInserted: count('insert'),
    rowsDeleted: count('delete'),
    cellsChanged: changed,
    newSheet: plan.createSheet,
  };
}

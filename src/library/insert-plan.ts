import type { CellRef, ReadProject } from '../model/form';
import type { SheetSnapshot } from '../model/snapshot';
import type { Profile } from '../profiles/schema';
import { planIntoForm } from '../write/existing';
import type { WritePlan } from '../write/plan';
import { PlanError } from '../write/validate-plan';
import { insertIndicators, type InsertResult } from './insert';
import type { LibraryEntry } from './schema';

export interface SheetInsert {
  result: InsertResult;
  /** The indicator-section plan (rows inserted inside the table, level merges rebuilt); null when nothing is inserted or the plan was refused. */
  plan: WritePlan | null;
  /** Cells still holding `**` after the plan is applied, for the pane to select. */
  select: CellRef[];
  /** Why the plan was refused (a table the writer cannot rebuild safely). */
  error?: { zh: string; en: string };
}

/**
 * Inserts library indicators into a form read from a sheet and plans the write of its indicator table
 * through the write-back planner, so that hosts apply it like any other section.
 */
export function planInsertIntoSheet(project: ReadProject, sheet: SheetSnapshot, profile: Profile, entries: readonly LibraryEntry[]): SheetInsert {
  const result = insertIndicators(project.form, profile, entries);
  if (result.inserted.length === 0) return { result, plan: null, select: [] };
  let plan: WritePlan;
  try {
    plan = planIntoForm(result.form, profile, 'indicators', { cells: project.cells, sheet });
  } catch (err) {
    if (!(err instanceof PlanError)) throw err;
    return {
      result,
      plan: null,
      select: [],
      error: { zh: err.problems.map((p) => p.zh).join('；'), en: err.problems.map((p) => p.en).join('; ') },
    };
  }
  const table = project.cells.indicatorTable;
  const select: CellRef[] = [];
  if (table)
    for (const row of result.inserted)
      for (const which of row.placeholders)
        select.push({ sheet: project.cells.sheet, row: table.firstRow + row.index, col: which === 'name' ? table.cols.name : table.cols.value });
  return { result, plan, select };
}

import type { CellEdit, Location } from '../model/finding';
import type { WorkbookSnapshot } from '../model/snapshot';
import type { WritePlan } from '../write/plan';

/**
 * The only place where the product meets a spreadsheet. Office.js (inside Excel), exceljs (files,
 * for the command line) and memory (tests, browser preview) implement it; all judgement lives elsewhere.
 */
export interface Host {
  /** Every sheet's used range, values, formulas, number formats and merges, in one round trip. */
  snapshot(): Promise<WorkbookSnapshot>;
  /** Applies plans, one batch per plan; a plan that fails validation is refused before anything is written. */
  apply(plans: readonly WritePlan[]): Promise<void>;
  /** Sets single cells (the edits of fixes), in one batch. */
  applyEdits(edits: readonly CellEdit[]): Promise<void>;
}

/** A host that can show a cell to the user (Excel, the browser preview). */
export interface InteractiveHost extends Host {
  select(location: Location, related?: readonly Location[]): Promise<void>;
  /** Marks cells of findings; clearHighlights restores the user's own formatting exactly. */
  highlight(locations: readonly Location[]): Promise<void>;
  clearHighlights(): Promise<void>;
}

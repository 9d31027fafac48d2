import { emptyForm, type CellMap, type ReadProject } from '../model/form';
import type { CellRange } from '../model/snapshot';
import { isBlank } from '../parse/text';
import { readFunding } from './funding';
import type { Grid } from './grid';
import { readGoals } from './goals';
import { readHeader } from './header';
import { readIndicators } from './indicators';
import { refAt, type Scope } from './scope';
import { yearOfDate, yearOfTitle } from './year';

/** Rows under the title where "（2024年度）" may stand on a line of its own. */
const YEAR_LINES = 2;

/** One form, read from its rows by its profile. */
export function readForm(scope: Scope, extentTop: number): ReadProject {
  const form = emptyForm(scope.profile.id);
  const cells: CellMap = {
    sheet: scope.grid.name,
    fields: {},
    checks: {},
    funding: {},
    subItems: [],
    goals: {},
    indicators: [],
    extent: { top: extentTop, left: 1, bottom: extentTop, right: 1 },
  };
  if (scope.title) {
    form.title = scope.title.text;
    cells.title = refAt(scope, scope.title.row, scope.title.col);
  }
  readHeader(scope, form, cells);
  readFunding(scope, form, cells);
  readGoals(scope, form, cells);
  readIndicators(scope, form, cells);
  form.year = yearOf(scope, form.fields['start'] ?? null);
  cells.extent = extentOf(scope.grid, extentTop, scope.bottom) ?? cells.extent;
  return { form, cells };
}

function yearOf(scope: Scope, start: Parameters<typeof yearOfDate>[0]): number | null {
  const title = scope.title;
  if (title) {
    const y = yearOfTitle(title.text);
    if (y !== null) return y;
    for (let r = title.row + 1; r <= Math.min(scope.bottom, title.row + YEAR_LINES); r++) {
      const width = scope.grid.rowLength(r);
      for (let c = 1; c <= width; c++) {
        const v = scope.grid.raw(r, c);
        if (typeof v === 'string' && v.length <= 20 && /年度/.test(v)) {
          const line = yearOfTitle(v);
          if (line !== null) return line;
        }
      }
    }
  }
  return yearOfDate(start);
}

/** The rectangle of the form's non-blank cells (and their merges). */
export function extentOf(grid: Grid, top: number, bottom: number): CellRange | null {
  let box: CellRange | null = null;
  for (let r = top; r <= bottom; r++) {
    const width = grid.rowLength(r);
    for (let c = 1; c <= width; c++) {
      if (isBlank(grid.raw(r, c))) continue;
      const right = grid.rightOf(r, c);
      const low = Math.min(bottom, grid.bottomOf(r, c));
      if (!box) box = { top: r, left: c, bottom: low, right };
      else {
        if (c < box.left) box.left = c;
        if (right > box.right) box.right = right;
        if (low > box.bottom) box.bottom = low;
      }
    }
  }
  return box;
}

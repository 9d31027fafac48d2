import type { Form } from '../model/form';
import type { CellRange } from '../model/snapshot';
import type { Profile } from '../profiles';
import { FORM_SECTIONS, standardLayout, type FormSection, type StandardLayout } from './layout';
import type { WritePlan } from './plan';

export interface StandardTarget {
  sheet: string;
  /** Row where the section (or the form) starts on the sheet; 1 by default. */
  top?: number;
  /** Make a new sheet for it (the default for a whole form). */
  createSheet?: boolean;
}

function shifted(r: CellRange, by: number): CellRange {
  return { top: r.top + by, left: r.left, bottom: r.bottom + by, right: r.right };
}

/** Rows top..bottom of the drawn layout as a plan placed `by` rows lower. */
function planRows(layout: StandardLayout, top: number, bottom: number, by: number): Omit<WritePlan, 'sheet' | 'section' | 'createSheet'> {
  const { canvas } = layout;
  const block = canvas.block(top, bottom);
  const rowHeights: Record<number, number> = {};
  for (const [row, h] of canvas.heights) if (row >= top && row <= bottom) rowHeights[row + by] = h;
  return {
    rowOps: [],
    unmerge: [],
    blocks: bottom >= top ? [{ top: top + by, left: 1, values: block.values, styles: block.styles }] : [],
    merges: canvas.merges.filter((m) => m.top >= top && m.bottom <= bottom).map((m) => shifted(m, by)),
    columnWidths: {},
    rowHeights,
    page: null,
    bounds: { top: top + by, left: 1, bottom: Math.max(bottom, top) + by, right: canvas.cols },
  };
}

/**
 * One section of the standard form, written at `target.top` of a sheet (a section drawn afresh,
 * not into a form already there: for that, see planIntoForm).
 */
export function planStandardSection(form: Form, profile: Profile, section: FormSection, target: StandardTarget): WritePlan {
  const layout = standardLayout(form, profile);
  const band = layout.bands[section];
  const by = (target.top ?? 1) - band.top;
  return { sheet: target.sheet, section, createSheet: target.createSheet ?? false, ...planRows(layout, band.top, band.bottom, by) };
}

/** The whole standard form on a sheet of its own: all sections, column widths, A4 portrait one page wide. */
export function planStandardForm(form: Form, profile: Profile, target: StandardTarget): WritePlan {
  const layout = standardLayout(form, profile);
  const bottom = layout.bands.indicators.bottom;
  const by = (target.top ?? 1) - 1;
  const rows = planRows(layout, 1, bottom, by);
  const columnWidths: Record<number, number> = {};
  layout.canvas.widths.forEach((w, i) => (columnWidths[i + 1] = w));
  return {
    sheet: target.sheet,
    section: 'form',
    createSheet: target.createSheet ?? true,
    ...rows,
    columnWidths,
    page: { printArea: rows.bounds, orientation: 'portrait', paperSize: 'A4', fitToWidth: 1 },
  };
}

/** The standard form as one plan per section, top to bottom, for a host that writes section by section. */
export function planStandardSections(form: Form, profile: Profile, target: StandardTarget): WritePlan[] {
  const layout = standardLayout(form, profile);
  const by = (target.top ?? 1) - 1;
  return FORM_SECTIONS.map((section, i) => {
    const band = layout.bands[section];
    return { sheet: target.sheet, section, createSheet: i === 0 && (target.createSheet ?? false), ...planRows(layout, band.top, band.bottom, by) };
  });
}

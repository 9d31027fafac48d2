import { rangeToA1 } from '../model/address';
import type { CellMap, CellRef, Form } from '../model/form';
import type { CellRange, CellValue, SheetSnapshot } from '../model/snapshot';
import type { Profile } from '../profiles';
import { contains, overlaps, rangeAfterAll, rowAfterAll } from './geometry';
import { runsOf, type FormSection } from './layout';
import type { CellStyle, RowOp, WriteBlock, WritePlan } from './plan';
import { AMOUNT_FORMAT, DATE_FORMAT, STYLES } from './styles';
import { PlanError } from './validate-plan';

/** A form already on a sheet: where the reader found each part, and the sheet as it was read. */
export interface ExistingForm {
  cells: CellMap;
  sheet: SheetSnapshot;
}

const AMOUNT: CellStyle = { numberFormat: AMOUNT_FORMAT };
const DATE: CellStyle = { numberFormat: DATE_FORMAT };

function refuse(sheet: string, code: string, zh: string, en: string): never {
  throw new PlanError(sheet, [{ code, zh, en }]);
}

function single(ref: CellRef, value: CellValue, style: CellStyle | null): WriteBlock {
  return { top: ref.row, left: ref.col, values: [[value]], styles: [[style]] };
}

function boundsOf(refs: readonly { row: number; col: number }[], fallback: CellRange): CellRange {
  if (refs.length === 0) return fallback;
  return {
    top: Math.min(...refs.map((r) => r.row)),
    left: Math.min(...refs.map((r) => r.col)),
    bottom: Math.max(...refs.map((r) => r.row)),
    right: Math.max(...refs.map((r) => r.col)),
  };
}

function emptyPlan(sheet: string, section: FormSection, bounds: CellRange): WritePlan {
  return { sheet, section, createSheet: false, rowOps: [], unmerge: [], blocks: [], merges: [], columnWidths: {}, rowHeights: {}, page: null, bounds };
}

/** Cells written in place, one by one: their values change, their borders and fonts stay. */
function inPlace(target: ExistingForm, section: FormSection, writes: { ref: CellRef; value: CellValue; style: CellStyle | null }[]): WritePlan {
  const plan = emptyPlan(target.cells.sheet, section, boundsOf(writes.map((w) => w.ref), target.cells.extent));
  plan.blocks = writes.map((w) => single(w.ref, w.value, w.style));
  return plan;
}

/**
 * Resizes a table's data rows from `first..last` to `count` rows by inserting or deleting rows
 * inside it, and lists the merged areas inside the data columns to take apart (they are rebuilt).
 * Merges that cross the table's edge make the plan refuse: rebuilding them would cut them.
 */
function resize(
  target: ExistingForm,
  first: number,
  last: number,
  count: number,
  span: { left: number; right: number },
  keep: (m: CellRange) => boolean,
): { rowOps: RowOp[]; unmerge: CellRange[]; rowPattern: { left: number; right: number }[]; span: { left: number; right: number } } {
  const have = Math.max(0, last - first + 1);
  const rowOps: RowOp[] = [];
  // Inserting before the last row keeps the new rows inside the table, so merged areas that
  // span the whole table (a 绩效指标 label beside it) stretch with it.
  if (count > have) rowOps.push({ kind: 'insert', at: have > 0 ? last : first, count: count - have });
  if (count < have) rowOps.push({ kind: 'delete', at: first + count, count: have - count });
  const sheet = target.cells.sheet;
  // A value spread over two columns on every row (E:F) belongs to the table: widen the span to it.
  span = { ...span };
  for (const m of target.sheet.merges)
    if (m.top === m.bottom && m.top >= first && m.top <= last && m.left >= span.left && m.left <= span.right) span.right = Math.max(span.right, m.right);
  // Merges confined to one data row are repeated on every row.
  const rowPattern =
    have > 0
      ? target.sheet.merges
          .filter((m) => m.top === first && m.bottom === first && m.left >= span.left && m.right <= span.right && keep(m))
          .map((m) => ({ left: m.left, right: m.right }))
      : [];
  const crossing = (m: CellRange, area: CellRange): never =>
    refuse(
      sheet,
      'merge-crosses-table',
      `合并区域 ${rangeToA1(m)} 跨越表格边界，无法重建`,
      `the merged area ${rangeToA1(m)} crosses the table's edge and cannot be rebuilt (table ${rangeToA1(area)})`,
    );
  const before: CellRange = { top: first, left: span.left, bottom: last, right: span.right };
  if (have > 0) for (const m of target.sheet.merges) if (overlaps(m, before) && !contains(before, m)) crossing(m, before);
  const area: CellRange = { top: first, left: span.left, bottom: first + count - 1, right: span.right };
  const unmerge: CellRange[] = [];
  if (count > 0)
    for (const m of target.sheet.merges) {
      const moved = rangeAfterAll(m, rowOps);
      if (!moved || !overlaps(moved, area)) continue;
      if (!contains(area, moved)) crossing(m, area);
      unmerge.push(moved);
    }
  return { rowOps, unmerge, rowPattern, span };
}

/** The indicator table rewritten in place: rows inserted or deleted inside it, level merges rebuilt. */
function indicatorsPlan(form: Form, target: ExistingForm): WritePlan {
  const sheet = target.cells.sheet;
  const table = target.cells.indicatorTable;
  if (!table)
    refuse(sheet, 'no-indicator-table', '在工作表上找不到绩效指标表（一级指标/二级指标/三级指标/指标值表头）', 'no indicator table (一级指标 | 二级指标 | 三级指标 | 指标值 header) on the sheet');
  const { cols } = table;
  const n = form.indicators.length;
  const colList = [cols.level1, cols.level2, cols.name, cols.value];
  const span = { left: Math.min(...colList), right: Math.max(...colList) };
  const levelCols = [cols.level1, cols.level2];
  const resized = resize(target, table.firstRow, table.lastRow, n, span, (m) => levelCols.every((c) => c < m.left || c > m.right));
  const { rowOps, unmerge, rowPattern } = resized;
  const first = table.firstRow;
  const merges: CellRange[] = [];
  for (let i = 0; i < n; i++) for (const p of rowPattern) merges.push({ top: first + i, bottom: first + i, ...p });
  const level1 = form.indicators.map((x) => x.level1);
  const l1 = new Array<CellValue>(n).fill(null);
  const l2 = new Array<CellValue>(n).fill(null);
  for (const [a, b] of runsOf(level1)) {
    l1[a] = level1[a] ?? null;
    if (b > a) merges.push({ top: first + a, left: cols.level1, bottom: first + b, right: cols.level1 });
    const level2 = form.indicators.slice(a, b + 1).map((x) => x.level2);
    for (const [x, y] of runsOf(level2)) {
      l2[a + x] = level2[x] ?? null;
      if (y > x) merges.push({ top: first + a + x, left: cols.level2, bottom: first + a + y, right: cols.level2 });
    }
  }
  const column = (col: number, values: CellValue[], style: CellStyle): WriteBlock => ({
    top: first,
    left: col,
    values: values.map((v) => [v]),
    styles: values.map(() => [style]),
  });
  const blocks =
    n === 0
      ? []
      : [
          column(cols.level1, l1, STYLES.centred),
          column(cols.level2, l2, STYLES.centred),
          column(cols.name, form.indicators.map((x) => x.name), STYLES.text),
          column(cols.value, form.indicators.map((x) => x.value), STYLES.text),
        ];
  return {
    ...emptyPlan(sheet, 'indicators', {
      top: first,
      left: resized.span.left,
      bottom: Math.max(table.lastRow, first + n - 1, first),
      right: resized.span.right,
    }),
    rowOps,
    unmerge,
    blocks,
    merges,
  };
}

function fundingPlan(form: Form, profile: Profile, target: ExistingForm): WritePlan {
  const { cells } = target;
  const writes: { ref: CellRef; value: CellValue; style: CellStyle | null }[] = [];
  for (const f of profile.funding.fields) {
    const ref = cells.funding[f.key];
    if (!ref) continue;
    const v = form.funding[f.key] ?? null;
    writes.push({ ref, value: v, style: typeof v === 'number' ? AMOUNT : null });
  }
  const plan = inPlace(target, 'funding', writes);
  if (!profile.funding.subItems || cells.subItems.length === 0) return plan;
  // The sub-item table (sh-2019) grows and shrinks like the indicator table.
  const firstRef = cells.subItems[0];
  const lastRef = cells.subItems[cells.subItems.length - 1];
  if (!firstRef || !lastRef) return plan;
  const nameCol = firstRef.name.col;
  const amountCol = firstRef.amount.col;
  const span = { left: Math.min(nameCol, amountCol), right: Math.max(nameCol, amountCol) };
  const first = firstRef.name.row;
  const n = form.subItems.length;
  const resized = resize(target, first, lastRef.name.row, n, span, () => true);
  const { rowOps, unmerge, rowPattern } = resized;
  const below = writes.filter((w) => w.ref.row > lastRef.name.row);
  if (rowOps.length > 0 && below.length > 0) {
    // Cells under the sub-items move with the rows; write them at their new places.
    const delta = n - cells.subItems.length;
    for (const w of below) w.ref = { ...w.ref, row: w.ref.row + delta };
  }
  const blocks = writes.map((w) => single(w.ref, w.value, w.style));
  if (n > 0) {
    blocks.push({ top: first, left: nameCol, values: form.subItems.map((s) => [s.name]), styles: form.subItems.map(() => [null]) });
    blocks.push({
      top: first,
      left: amountCol,
      values: form.subItems.map((s) => [s.amount]),
      styles: form.subItems.map((s) => [typeof s.amount === 'number' ? AMOUNT : null]),
    });
  }
  const merges: CellRange[] = [];
  for (let i = 0; i < n; i++) for (const p of rowPattern) merges.push({ top: first + i, bottom: first + i, ...p });
  const refs = [...writes.map((w) => w.ref), { row: first, col: resized.span.left }, { row: Math.max(lastRef.name.row, first + n - 1), col: resized.span.right }];
  return { ...plan, rowOps, unmerge, blocks, merges, bounds: boundsOf(refs, cells.extent) };
}

/**
 * One section of a form already on a sheet, rewritten from the form model: values go where the
 * reader found them; the indicator table (and sh-2019 sub-items) grow or shrink by rows inserted
 * or deleted inside the table. Nothing outside the section's cells is written.
 */
export function planIntoForm(form: Form, profile: Profile, section: FormSection, target: ExistingForm): WritePlan {
  const { cells } = target;
  switch (section) {
    case 'header': {
      const writes = profile.header
        .filter((h) => h.kind !== 'checkbox' && cells.fields[h.key] !== undefined)
        .map((h) => {
          const v = form.fields[h.key] ?? null;
          return { ref: cells.fields[h.key] as CellRef, value: v, style: h.kind === 'date' && typeof v === 'number' ? DATE : null };
        });
      return inPlace(target, 'header', writes);
    }
    case 'funding':
      return fundingPlan(form, profile, target);
    case 'goals': {
      const writes = profile.goals
        .filter((g) => cells.goals[g.key] !== undefined)
        .map((g) => ({ ref: cells.goals[g.key] as CellRef, value: form.goals[g.key] ?? null, style: null }));
      return inPlace(target, 'goals', writes);
    }
    case 'indicators':
      return indicatorsPlan(form, target);
  }
}

/** Fields of the form that have no cell on the sheet, so planIntoForm cannot write them. */
export function unplacedFields(form: Form, profile: Profile, cells: CellMap): string[] {
  const out: string[] = [];
  for (const h of profile.header) if (h.kind !== 'checkbox' && !cells.fields[h.key] && (form.fields[h.key] ?? null) !== null) out.push(h.key);
  for (const f of profile.funding.fields) if (!cells.funding[f.key] && (form.funding[f.key] ?? null) !== null) out.push(f.key);
  for (const g of profile.goals) if (!cells.goals[g.key] && (form.goals[g.key] ?? null) !== null) out.push(g.key);
  return out;
}

/**
 * A plan that writes cells in place, moved to where its cells are after other plans' row
 * operations; null when a cell it writes is deleted or a block of it is torn apart.
 */
function movedBy(plan: WritePlan, ops: readonly RowOp[]): WritePlan | null {
  if (ops.length === 0) return plan;
  const blocks: WriteBlock[] = [];
  for (const b of plan.blocks) {
    const top = rowAfterAll(b.top, ops);
    const bottom = rowAfterAll(b.top + b.values.length - 1, ops);
    if (top === null || bottom === null || bottom - top !== b.values.length - 1) return null;
    blocks.push({ ...b, top });
  }
  const top = rowAfterAll(plan.bounds.top, ops);
  const bottom = rowAfterAll(plan.bounds.bottom, ops);
  if (top === null || bottom === null) return null;
  return { ...plan, blocks, bounds: { ...plan.bounds, top, bottom } };
}

/**
 * Every section of a form already on a sheet, bottom to top, so that a section which inserts or
 * deletes rows is written before the sections above it. A section without row operations that
 * still lies below such rows (a long text under the sub-item table) is moved along with them.
 */
export function planIntoFormAll(form: Form, profile: Profile, target: ExistingForm): WritePlan[] {
  const sections: FormSection[] = ['header', 'funding', 'goals'];
  if (target.cells.indicatorTable) sections.push('indicators');
  const plans = sections.map((s) => planIntoForm(form, profile, s, target)).filter((p) => p.blocks.length > 0 || p.rowOps.length > 0);
  plans.sort((a, b) => b.bounds.top - a.bounds.top);
  const out: WritePlan[] = [];
  const applied: RowOp[] = [];
  for (const plan of plans) {
    const firstOp = Math.min(...applied.map((op) => op.at));
    const moved = plan.rowOps.length === 0 ? movedBy(plan, applied) : plan.bounds.bottom < firstOp ? plan : null;
    if (!moved)
      refuse(
        plan.sheet,
        'sections-interleaved',
        `“${plan.section}”部分与另一部分插入或删除的行交错，无法安全写入`,
        `section ${plan.section} is interleaved with rows another section inserts or deletes`,
      );
    out.push(moved);
    applied.push(...moved.rowOps);
  }
  return out;
}

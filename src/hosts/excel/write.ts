import { columnName, fromA1, rangeToA1, toA1 } from '../../model/address';
import type { CellEdit } from '../../model/finding';
import type { CellRange, CellValue } from '../../model/snapshot';
import type { CellStyle, WriteBlock, WritePlan } from '../../write/plan';
import type { Features } from './context';
import { protectedSheet } from './errors';
import { parseAreas } from './read';
import { PlanError, planProblemsOn } from '../../write/validate-plan';

/**
 * Queues a plan's operations on Excel proxies; the caller syncs once per plan. Every operation is
 * queued (no reads), so a section of any size costs one round trip, unless its payload passes
 * Excel on the web's 5 MB request cap, in which case the blocks are split over several syncs.
 */
export const PAYLOAD_LIMIT = 4_000_000;

function toExcelValue(v: CellValue): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'object') return v.error;
  return v;
}

function area(top: number, left: number, rows: number, cols: number): string {
  return rangeToA1({ top, left, bottom: top + rows - 1, right: left + cols - 1 });
}

function styleKey(s: CellStyle): string {
  return JSON.stringify([s.font, s.alignment, s.border, s.numberFormat]);
}

interface StyledRect extends CellRange {
  style: CellStyle;
}

/** Cells of one style, joined into rectangles (runs along a row, then runs of equal rows), so a section sets a few formats, not one per cell. */
export function styleRects(block: WriteBlock): StyledRect[] {
  const styles = block.styles;
  if (!styles) return [];
  const open = new Map<string, StyledRect>();
  const done: StyledRect[] = [];
  styles.forEach((row, r) => {
    const runs: StyledRect[] = [];
    let c = 0;
    while (c < row.length) {
      const s = row[c];
      if (!s) {
        c++;
        continue;
      }
      const key = styleKey(s);
      let end = c;
      while (end + 1 < row.length && row[end + 1] && styleKey(row[end + 1] as CellStyle) === key) end++;
      runs.push({ top: block.top + r, bottom: block.top + r, left: block.left + c, right: block.left + end, style: s });
      c = end + 1;
    }
    const next = new Map<string, StyledRect>();
    for (const run of runs) {
      const k = `${run.left}:${run.right}:${styleKey(run.style)}`;
      const prev = open.get(k);
      if (prev && prev.bottom === run.top - 1) {
        prev.bottom = run.top;
        next.set(k, prev);
        open.delete(k);
      } else next.set(k, run);
    }
    for (const rest of open.values()) done.push(rest);
    open.clear();
    for (const [k, v] of next) open.set(k, v);
  });
  done.push(...open.values());
  return done;
}

function applyStyle(range: Excel.Range, s: CellStyle): void {
  if (s.font) {
    if (s.font.name !== undefined) range.format.font.name = s.font.name;
    if (s.font.size !== undefined) range.format.font.size = s.font.size;
    if (s.font.bold !== undefined) range.format.font.bold = s.font.bold;
  }
  if (s.alignment) {
    const a = s.alignment;
    if (a.horizontal) range.format.horizontalAlignment = a.horizontal === 'left' ? 'Left' : a.horizontal === 'right' ? 'Right' : 'Center';
    if (a.vertical) range.format.verticalAlignment = a.vertical === 'top' ? 'Top' : a.vertical === 'bottom' ? 'Bottom' : 'Center';
    if (a.wrapText !== undefined) range.format.wrapText = a.wrapText;
  }
  if (s.border) {
    const weight = s.border.style === 'medium' ? 'Medium' : 'Thin';
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) {
      const b = range.format.borders.getItem(edge);
      b.style = 'Continuous';
      b.weight = weight;
    }
  }
  if (s.numberFormat !== undefined) range.numberFormat = [[s.numberFormat]];
}

/** Excel widths are points; plans count characters of the default font (7 px each, 5 px padding, 96 dpi). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function blockPayload(b: WriteBlock): number {
  return JSON.stringify(b.values).length + (b.styles ? JSON.stringify(b.styles).length : 0);
}

/** Splits blocks into groups whose payload stays under Excel's request cap; one group per sync. */
export function chunkBlocks(blocks: readonly WriteBlock[], limit = PAYLOAD_LIMIT): WriteBlock[][] {
  const groups: WriteBlock[][] = [[]];
  let size = 0;
  for (const block of blocks) {
    const parts: WriteBlock[] = [];
    const bytes = blockPayload(block);
    if (bytes > limit && block.values.length > 1) {
      const rowsPer = Math.max(1, Math.floor((block.values.length * limit) / bytes));
      for (let r = 0; r < block.values.length; r += rowsPer) {
        const part: WriteBlock = { top: block.top + r, left: block.left, values: block.values.slice(r, r + rowsPer) };
        if (block.styles) part.styles = block.styles.slice(r, r + rowsPer);
        parts.push(part);
      }
    } else parts.push(block);
    for (const part of parts) {
      const b = blockPayload(part);
      if (size + b > limit && (groups[groups.length - 1] as WriteBlock[]).length > 0) {
        groups.push([]);
        size = 0;
      }
      (groups[groups.length - 1] as WriteBlock[]).push(part);
      size += b;
    }
  }
  return groups;
}

function queueBlock(sheet: Excel.Worksheet, block: WriteBlock): void {
  const rows = block.values.length;
  const cols = Math.max(0, ...block.values.map((r) => r.length));
  if (rows === 0 || cols === 0) return;
  const dense = block.values.map((r) => Array.from({ length: cols }, (_, c) => toExcelValue(r[c] ?? null)));
  sheet.getRange(area(block.top, block.left, rows, cols)).values = dense;
  for (const rect of styleRects(block)) applyStyle(sheet.getRange(rangeToA1(rect)), rect.style);
}

/** Queues everything of a plan but its blocks (which the caller queues in payload-sized groups). */
function queueStructure(context: Excel.RequestContext, plan: WritePlan): Excel.Worksheet {
  const sheet = plan.createSheet ? context.workbook.worksheets.add(plan.sheet) : context.workbook.worksheets.getItem(plan.sheet);
  for (const op of plan.rowOps) {
    const rows = sheet.getRange(`${op.at}:${op.at + op.count - 1}`);
    if (op.kind === 'insert') rows.insert('Down');
    else rows.delete('Up');
  }
  for (const m of plan.unmerge) sheet.getRange(rangeToA1(m)).unmerge();
  return sheet;
}

function queueLayout(sheet: Excel.Worksheet, plan: WritePlan, features: Features): void {
  for (const m of plan.merges) sheet.getRange(rangeToA1(m)).merge(false);
  for (const [col, chars] of Object.entries(plan.columnWidths)) {
    const name = columnName(Number(col));
    sheet.getRange(`${name}:${name}`).format.columnWidth = charsToPoints(chars);
  }
  for (const [row, points] of Object.entries(plan.rowHeights)) sheet.getRange(`${row}:${row}`).format.rowHeight = points;
  if (plan.page && features.pageLayout) {
    sheet.pageLayout.setPrintArea(rangeToA1(plan.page.printArea));
    sheet.pageLayout.orientation = plan.page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    sheet.pageLayout.paperSize = 'A4';
    sheet.pageLayout.zoom = { horizontalFitToPages: plan.page.fitToWidth, verticalFitToPages: 0 };
  }
}

/** Names of the sheets a set of writes touches that exist and are protected; one sync. */
export async function protectedSheets(context: Excel.RequestContext, names: readonly string[]): Promise<string[]> {
  const unique = [...new Set(names)];
  const sheets = unique.map((name) => {
    const s = context.workbook.worksheets.getItemOrNullObject(name);
    s.load(['name', 'protection/protected']);
    return { name, s };
  });
  await context.sync();
  return sheets.filter(({ s }) => !s.isNullObject && s.protection.protected).map(({ name }) => name);
}

/**
 * Every plan is checked against its sheet (exists, protection, merged areas in its bounds) before
 * anything is written, so a refused plan leaves the workbook untouched: two reading syncs, whatever the size.
 */
async function checkPlans(context: Excel.RequestContext, plans: readonly WritePlan[], features: Features): Promise<void> {
  const names = [...new Set(plans.map((p) => p.sheet))];
  const sheets = new Map(
    names.map((name) => {
      const s = context.workbook.worksheets.getItemOrNullObject(name);
      s.load(['name', 'protection/protected']);
      return [name, s] as const;
    }),
  );
  await context.sync();
  for (const plan of plans) {
    const s = sheets.get(plan.sheet);
    if (s && !s.isNullObject && s.protection.protected && !plan.createSheet) throw protectedSheet(plan.sheet);
  }
  const merges = new Map<WritePlan, CellRange[]>();
  if (features.mergedAreas) {
    const asks = plans.flatMap((plan) => {
      const s = sheets.get(plan.sheet);
      if (!s || s.isNullObject) return [];
      const a = s.getRange(rangeToA1(plan.bounds)).getMergedAreasOrNullObject();
      a.load('address');
      return [{ plan, a }];
    });
    try {
      await context.sync();
      for (const { plan, a } of asks) merges.set(plan, a.isNullObject ? [] : parseAreas(a.address));
    } catch {
      // Too many merged areas to list: the plan's own checks still run.
    }
  }
  // Later plans on a sheet see it as the earlier ones leave it: created, and with merges we cannot know here.
  const created = new Set<string>();
  const seen = new Set<string>();
  const problems = plans.flatMap((plan) => {
    const s = sheets.get(plan.sheet);
    const exists = (s !== undefined && !s.isNullObject) || created.has(plan.sheet);
    const first = !seen.has(plan.sheet);
    seen.add(plan.sheet);
    if (plan.createSheet) created.add(plan.sheet);
    const found = planProblemsOn(plan, { exists, merges: first ? (merges.get(plan) ?? []) : [] });
    return found.length > 0 ? [new PlanError(plan.sheet, found)] : [];
  });
  if (problems[0]) throw problems[0];
}

export async function writePlans(context: Excel.RequestContext, plans: readonly WritePlan[], features: Features): Promise<void> {
  await checkPlans(context, plans, features);
  for (const plan of plans) {
    const sheet = queueStructure(context, plan);
    const groups = chunkBlocks(plan.blocks);
    // One sync per group; a section under the payload cap is one group, so one round trip.
    for (let i = 0; i < groups.length; i++) {
      for (const block of groups[i] as WriteBlock[]) queueBlock(sheet, block);
      if (i === groups.length - 1) queueLayout(sheet, plan, features);
      await context.sync();
    }
  }
}

export async function writeEdits(context: Excel.RequestContext, edits: readonly CellEdit[]): Promise<void> {
  const locked = await protectedSheets(context, edits.map((e) => e.sheet));
  if (locked[0] !== undefined) throw protectedSheet(locked[0]);
  for (const edit of edits) {
    const { row, col } = fromA1(edit.cell);
    const cell = context.workbook.worksheets.getItem(edit.sheet).getRange(toA1(row, col));
    if (edit.numberFormat !== undefined) cell.numberFormat = [[edit.numberFormat]];
    cell.values = [[toExcelValue(edit.value)]];
  }
  await context.sync();
}

import { rangeToA1 } from '../model/address';
import type { CellRange } from '../model/snapshot';
import { isCellError } from '../model/snapshot';
import { contains, overlaps, rangeAfterAll, sameRange } from './geometry';
import type { WritePlan } from './plan';

/** Excel's own limits. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const MAX_TEXT = 32_767;
const MAX_ROW_HEIGHT = 409;
const MAX_COL_WIDTH = 255;

export interface PlanProblem {
  code: string;
  zh: string;
  en: string;
}

/** A plan refused before anything was written; `problems` says every reason. */
export class PlanError extends Error {
  constructor(
    readonly sheet: string,
    readonly problems: readonly PlanProblem[],
  ) {
    super(`write plan for sheet "${sheet}" refused: ${problems.map((p) => p.en).join('; ')}`);
    this.name = 'PlanError';
  }

  describe(locale: 'zh-CN' | 'en'): string {
    const lines = this.problems.map((p) => (locale === 'en' ? p.en : `${p.zh}（${p.en}）`));
    return locale === 'en'
      ? `write plan for sheet "${this.sheet}" refused: ${lines.join('; ')}`
      : `工作表“${this.sheet}”的写入计划被拒绝：${lines.join('；')}`;
  }
}

function rangeOk(r: CellRange): boolean {
  return (
    [r.top, r.left, r.bottom, r.right].every(Number.isInteger) &&
    r.top >= 1 &&
    r.left >= 1 &&
    r.bottom >= r.top &&
    r.right >= r.left &&
    r.bottom <= MAX_ROWS &&
    r.right <= MAX_COLS
  );
}

const BAD_SHEET_CHARS = /[[\]:*?/\\]/;

/** Everything wrong with a plan taken by itself (shapes, bounds, merges, sizes), in a clerk's words. */
export function planProblems(plan: WritePlan): PlanProblem[] {
  const out: PlanProblem[] = [];
  const add = (code: string, zh: string, en: string): void => void out.push({ code, zh, en });
  if (plan.sheet.trim() === '' || plan.sheet.length > 31 || BAD_SHEET_CHARS.test(plan.sheet))
    add('sheet-name', `工作表名“${plan.sheet}”不合法`, `"${plan.sheet}" is not a valid sheet name`);
  const b = plan.bounds;
  if (!rangeOk(b)) {
    add('bounds', `写入范围 ${JSON.stringify(b)} 不合法`, `bounds ${JSON.stringify(b)} are not a valid range`);
    return out;
  }
  const where = rangeToA1(b);
  plan.blocks.forEach((block, i) => {
    const rows = block.values.length;
    const cols = block.values[0]?.length ?? 0;
    if (rows === 0 || cols === 0) return add('block-empty', `第 ${i + 1} 个数据块为空`, `block ${i + 1} is empty`);
    if (block.values.some((r) => r.length !== cols))
      add('block-shape', `第 ${i + 1} 个数据块的各行长度不同`, `block ${i + 1} has rows of different lengths`);
    if (block.styles && (block.styles.length !== rows || block.styles.some((r) => r.length !== cols)))
      add('block-styles', `第 ${i + 1} 个数据块的格式与数值形状不一致`, `block ${i + 1} styles do not match its values`);
    const area = { top: block.top, left: block.left, bottom: block.top + rows - 1, right: block.left + cols - 1 };
    if (!rangeOk(area) || !contains(b, area))
      add('block-bounds', `数据块 ${rangeToA1(area)} 超出写入范围 ${where}`, `block ${rangeToA1(area)} lies outside the bounds ${where}`);
    for (const row of block.values)
      for (const v of row) {
        if (typeof v === 'number' && !Number.isFinite(v))
          return add('value', `数据块 ${rangeToA1(area)} 含有非有限数值`, `block ${rangeToA1(area)} holds a non-finite number`);
        if (typeof v === 'string' && v.length > MAX_TEXT)
          return add('value', `数据块 ${rangeToA1(area)} 含有超过 ${MAX_TEXT} 字的文本`, `block ${rangeToA1(area)} holds text over ${MAX_TEXT} characters`);
        if (v !== null && typeof v === 'object' && !isCellError(v)) return add('value', `数据块 ${rangeToA1(area)} 含有无法写入的值`, `block ${rangeToA1(area)} holds a value that cannot be written`);
      }
  });
  plan.merges.forEach((m, i) => {
    if (!rangeOk(m) || !contains(b, m)) add('merge-bounds', `合并区域 ${rangeToA1(m)} 超出写入范围 ${where}`, `merge ${rangeToA1(m)} lies outside the bounds ${where}`);
    else if (m.top === m.bottom && m.left === m.right) add('merge-single', `合并区域 ${rangeToA1(m)} 只有一个单元格`, `merge ${rangeToA1(m)} is a single cell`);
    for (const other of plan.merges.slice(i + 1))
      if (overlaps(m, other)) add('merge-overlap', `合并区域 ${rangeToA1(m)} 与 ${rangeToA1(other)} 重叠`, `merges ${rangeToA1(m)} and ${rangeToA1(other)} overlap`);
  });
  for (const m of plan.unmerge)
    if (!rangeOk(m) || !contains(b, m)) add('unmerge-bounds', `要取消的合并区域 ${rangeToA1(m)} 超出写入范围 ${where}`, `unmerge ${rangeToA1(m)} lies outside the bounds ${where}`);
  for (const op of plan.rowOps) {
    if (!Number.isInteger(op.count) || op.count <= 0)
      add('row-count', `行操作的行数 ${op.count} 必须是正整数`, `row operation count ${op.count} must be a positive integer`);
    const last = op.kind === 'insert' ? op.at : op.at + op.count - 1;
    if (!Number.isInteger(op.at) || op.at < b.top || last > b.bottom + (op.kind === 'insert' ? 1 : 0))
      add('row-bounds', `第 ${op.at} 行的${op.kind === 'insert' ? '插入' : '删除'}超出本节（第 ${b.top}–${b.bottom} 行）`, `${op.kind} at row ${op.at} lies outside the section (rows ${b.top}–${b.bottom})`);
  }
  for (const [col, w] of Object.entries(plan.columnWidths)) {
    const c = Number(col);
    if (!Number.isInteger(c) || c < b.left || c > b.right) add('width-bounds', `列宽设置的第 ${col} 列超出写入范围`, `column width for column ${col} lies outside the bounds`);
    if (!(w > 0 && w <= MAX_COL_WIDTH)) add('width', `第 ${col} 列的列宽 ${w} 不在 0–${MAX_COL_WIDTH} 之间`, `column ${col} width ${w} is not within 0–${MAX_COL_WIDTH}`);
  }
  for (const [row, h] of Object.entries(plan.rowHeights)) {
    const r = Number(row);
    if (!Number.isInteger(r) || r < b.top || r > b.bottom) add('height-bounds', `行高设置的第 ${row} 行超出写入范围`, `row height for row ${row} lies outside the bounds`);
    if (!(h > 0 && h <= MAX_ROW_HEIGHT)) add('height', `第 ${row} 行的行高 ${h} 不在 0–${MAX_ROW_HEIGHT} 之间`, `row ${row} height ${h} is not within 0–${MAX_ROW_HEIGHT}`);
  }
  if (plan.page && !rangeOk(plan.page.printArea)) add('print-area', '打印区域不合法', 'the print area is not a valid range');
  return out;
}

/** What the sheet a plan goes to looks like now: whether it exists, and its merged areas. */
export interface SheetState {
  exists: boolean;
  merges: readonly CellRange[];
}

/** Problems of a plan against the sheet it will be applied to. */
export function planProblemsOn(plan: WritePlan, state: SheetState): PlanProblem[] {
  const out = planProblems(plan);
  if (plan.createSheet && state.exists)
    out.push({ code: 'sheet-exists', zh: `工作表“${plan.sheet}”已存在`, en: `sheet "${plan.sheet}" already exists` });
  if (!plan.createSheet && !state.exists)
    out.push({ code: 'sheet-missing', zh: `找不到工作表“${plan.sheet}”`, en: `sheet "${plan.sheet}" does not exist` });
  if (out.length > 0) return out;
  // Merges that stay (not unmerged, moved by the row operations) must not cut through the new ones.
  const staying = state.merges
    .map((m) => rangeAfterAll(m, plan.rowOps))
    .filter((m): m is CellRange => m !== null && !plan.unmerge.some((u) => sameRange(u, m)));
  for (const m of plan.merges)
    for (const s of staying)
      if (overlaps(m, s) && !sameRange(m, s))
        out.push({
          code: 'merge-clash',
          zh: `新合并区域 ${rangeToA1(m)} 与工作表上已有的合并区域 ${rangeToA1(s)} 重叠`,
          en: `merge ${rangeToA1(m)} overlaps the sheet's merged area ${rangeToA1(s)}`,
        });
  return out;
}

export function assertPlanOn(plan: WritePlan, state: SheetState): void {
  const problems = planProblemsOn(plan, state);
  if (problems.length > 0) throw new PlanError(plan.sheet, problems);
}

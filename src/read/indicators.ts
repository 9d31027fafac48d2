import type { CellMap, CellRef, Form, IndicatorCells } from '../model/form';
import type { CellValue } from '../model/snapshot';
import { cellText, isBlank, normaliseLabel } from '../parse/text';
import type { LabelHit } from './labels';
import { refAt, type Scope } from './scope';
import type { ColumnRole } from './vocabulary';

/** Sub-headers under a value header split into comparator | number | unit columns. */
const SUBHEADER = /^(符号|运算符号?|比较符号?|关系符号?|数值|指标值|目标值|值|单位|计量单位|度量单位|指标单位)$/;
const UNIT_HEADER = /^(计量单位|度量单位|指标单位|单位)$/;
const COMPARATOR_HEADER = /^(符号|运算符号?|比较符号?|关系符号?)$/;
const COMPARATOR = /^(?:[≥≤><=＞＜＝≧≦⩾⩽]{1,2}|>=|<=|不低于|不少于|不高于|不超过|不多于|大于|小于|等于|达到)$/;
const NUMBER = /^[+-]?\d[\d,]*(?:\.\d+)?$/;
/** Rows under the table that are notes or signatures, not indicators. */
const FOOTER = /^(注|备注|说明|填表|填报|审核|制表|单位负责人|财务负责人|负责人)/;
/** Label kinds that open another part of a form; one in a row ends the indicator table. */
const SECTION_KINDS = new Set(['header', 'funding', 'block', 'goal', 'subItems']);

interface Columns {
  headerRow: number;
  firstRow: number;
  level1: number;
  level2: number;
  name: number;
  /** The value header's span; several columns when comparator, number and unit are printed apart. */
  valueLeft: number;
  valueRight: number;
}

function columnUse(hit: LabelHit, pid: string, column: ColumnRole): { rank: number } | undefined {
  let best: { rank: number } | undefined;
  for (const u of hit.uses)
    if (u.profile === pid && u.kind === 'column' && u.column === column && (!best || u.rank < best.rank)) best = { rank: u.rank };
  return best;
}

/**
 * The best hit for a column role: lowest synonym rank, then one printed exactly (not "指标值（设定依据）"),
 * then one that says 年度 (the annual value), then the nearest: the leftmost value, the level columns closest to the name.
 */
function pick(hits: readonly LabelHit[], pid: string, column: ColumnRole, before: number): LabelHit | undefined {
  let best: { hit: LabelHit; score: number } | undefined;
  for (const h of hits) {
    if (h.col >= before) continue;
    const use = columnUse(h, pid, column);
    if (!use) continue;
    const exact = normaliseLabel(h.text) === h.key;
    const nearness = column === 'value' ? h.col : -h.col;
    const score = use.rank * 8 + (exact ? 0 : 4) - (h.text.includes('年度') ? 2 : 0) + nearness / 100000;
    if (!best || score < best.score) best = { hit: h, score };
  }
  return best?.hit;
}

function findColumns(scope: Scope): Columns | null {
  const pid = scope.profile.id;
  const { grid, labels } = scope;
  const tried = new Set<number>();
  for (const hit of scope.hits) {
    if (tried.has(hit.row) || !columnUse(hit, pid, 'value')) continue;
    tried.add(hit.row);
    const row = labels.byRow.get(hit.row) ?? [];
    const value = pick(row, pid, 'value', Infinity);
    if (!value) continue;
    // Two-row headers put the name and level columns above or below the row that names the value.
    const near = [...row, ...(labels.byRow.get(hit.row - 1) ?? []), ...(labels.byRow.get(hit.row + 1) ?? [])];
    const name = pick(row, pid, 'name', value.col) ?? pick(near, pid, 'name', value.col);
    if (!name) continue;
    const level2 = pick(near, pid, 'level2', name.col);
    const level1 = level2 ? pick(near, pid, 'level1', level2.col) : undefined;
    let l1 = level1?.col;
    let l2 = level2?.col;
    if (l1 === undefined || l2 === undefined) {
      // 分解目标内容 over the two level columns, or unlabelled level columns: the two left of the name.
      if (name.col < 3) continue;
      const group = grid.merge(hit.row, name.col - 1);
      if (group && group.right > group.left) {
        l1 = group.left;
        l2 = group.left + 1;
      } else {
        l2 = name.col - 1;
        l1 = grid.owner(hit.row, l2 - 1).col;
      }
    }
    let valueLeft = value.col;
    let valueRight = value.right;
    const headerText = (c: number): string => normaliseLabel(cellText(grid.raw(hit.row, c)));
    const beyond = valueRight + 1;
    if (UNIT_HEADER.test(headerText(beyond))) valueRight = grid.rightOf(hit.row, beyond);
    const before = grid.owner(hit.row, valueLeft - 1).col;
    if (before > name.col && COMPARATOR_HEADER.test(headerText(before))) valueLeft = before;
    let first = hit.row;
    let last = hit.row;
    for (const h of [value, name, level1, level2])
      if (h) {
        first = Math.min(first, h.row);
        last = Math.max(last, h.bottom);
      }
    let firstRow = last + 1;
    if (isSubheaderRow(scope, firstRow, l1, valueRight)) firstRow++;
    return { headerRow: first, firstRow, level1: l1, level2: l2, name: name.col, valueLeft, valueRight };
  }
  return null;
}

function isSubheaderRow(scope: Scope, row: number, from: number, to: number): boolean {
  let any = false;
  for (let c = from; c <= to; c++) {
    const v = scope.grid.raw(row, c);
    if (isBlank(v)) continue;
    if (typeof v !== 'string' || !SUBHEADER.test(normaliseLabel(v))) return false;
    any = true;
  }
  return any;
}

interface Level {
  text: string;
  cell: CellRef;
  /** Written in this row (not carried down from a merge or an earlier row). */
  written: boolean;
}

interface RawRow {
  row: number;
  level1: Level;
  level2: Level;
  name: CellValue;
  nameCell: CellRef;
  parts: Part[];
}

/** A non-blank cell of the value span; row differs from the indicator's when the value is merged down. */
interface Part {
  row: number;
  col: number;
  value: CellValue;
}

/**
 * The indicator table: one row per indicator until a blank row or the start of another section.
 * Level names merged down, repeated, or written once per group are all filled down; names kept as written.
 */
export function readIndicators(scope: Scope, form: Form, cells: CellMap): void {
  const cols = findColumns(scope);
  if (!cols) return;
  const { grid } = scope;
  const titleRows = new Set(scope.labels.titles.map((t) => t.row));
  const raws: RawRow[] = [];
  let prev1: Level | null = null;
  let prev2: Level | null = null;
  let lastRow = cols.firstRow - 1;
  for (let r = cols.firstRow; r <= scope.bottom; r++) {
    if (titleRows.has(r) || startsSection(scope, r, cols)) break;
    const l1m = grid.merge(r, cols.level1);
    // A note or signature line written across the table.
    if (l1m && l1m.top === r && l1m.left === cols.level1 && l1m.right >= cols.name) break;
    const l1 = level(scope, r, cols.level1, prev1, cols.firstRow);
    // A new level-1 group does not inherit the previous group's level-2.
    const newGroup = l1.written && l1.text !== prev1?.text;
    const l2 = level(scope, r, cols.level2, newGroup ? null : prev2, cols.firstRow);
    const nameAt = grid.owner(r, cols.name);
    const name = nameAt.row === r || nameAt.row >= cols.firstRow ? grid.raw(nameAt.row, nameAt.col) : null;
    const parts: Part[] = [];
    for (let c = cols.valueLeft; c <= cols.valueRight; c++) {
      const at = grid.owner(r, c);
      if (at.col !== c) continue;
      if (at.row !== r && at.row < cols.firstRow) continue;
      const v = grid.raw(at.row, at.col);
      if (!isBlank(v)) parts.push({ row: at.row, col: c, value: v });
    }
    const rawBlank = isBlank(grid.raw(r, cols.level1)) && isBlank(grid.raw(r, cols.level2)) && isBlank(grid.raw(r, cols.name)) && rawValueBlank(scope, r, cols);
    const inGroup = grid.isContinuation(r, cols.level1) || grid.isContinuation(r, cols.level2);
    if (rawBlank && !inGroup) break;
    if (l1.written && FOOTER.test(l1.text) && isBlank(name) && parts.length === 0) break;
    prev1 = l1;
    prev2 = l2;
    lastRow = r;
    // An empty row inside a merged group is a template row left unused, not an indicator.
    if (isBlank(name) && parts.length === 0) continue;
    raws.push({ row: r, level1: l1, level2: l2, name, nameCell: refAt(scope, nameAt.row, nameAt.col), parts });
  }
  const numberCol = numberColumn(raws, cols);
  for (const raw of raws) {
    const { value, row, col } = joinValue(raw.parts, raw.row, numberCol);
    form.indicators.push({ level1: raw.level1.text, level2: raw.level2.text, name: cellText(raw.name).trim(), value });
    const entry: IndicatorCells = {
      level1: raw.level1.cell,
      level2: raw.level2.cell,
      name: raw.nameCell,
      value: refAt(scope, row, col),
    };
    cells.indicators.push(entry);
  }
  cells.indicatorTable = {
    headerRow: cols.headerRow,
    firstRow: cols.firstRow,
    lastRow,
    cols: { level1: cols.level1, level2: cols.level2, name: cols.name, value: numberCol },
  };
}

function rawValueBlank(scope: Scope, r: number, cols: Columns): boolean {
  for (let c = cols.valueLeft; c <= cols.valueRight; c++) if (!isBlank(scope.grid.raw(r, c))) return false;
  return true;
}

/** Another section's label outside the name and value columns, or the table's header again. */
function startsSection(scope: Scope, r: number, cols: Columns): boolean {
  const hits = scope.labels.byRow.get(r);
  if (!hits) return false;
  const pid = scope.profile.id;
  for (const h of hits) {
    if (h.col === cols.valueLeft && columnUse(h, pid, 'value')) return true;
    if (h.col >= cols.name && h.col <= cols.valueRight) continue;
    if (h.uses.some((u) => SECTION_KINDS.has(u.kind))) return true;
  }
  return false;
}

/** A level cell: its own text, its merge's, or the group's carried down from the row that named it. */
function level(scope: Scope, r: number, col: number, prev: Level | null, firstRow: number): Level {
  const { grid } = scope;
  const at = grid.owner(r, col);
  if (at.row === r) {
    const text = cellText(grid.raw(r, at.col)).trim();
    if (text) return { text, cell: refAt(scope, r, at.col), written: true };
  } else if (at.row >= firstRow) {
    return { text: cellText(grid.raw(at.row, at.col)).trim(), cell: refAt(scope, at.row, at.col), written: false };
  }
  if (prev) return { ...prev, written: false };
  return { text: '', cell: refAt(scope, r, col), written: false };
}

function isNumeric(v: CellValue): boolean {
  return typeof v === 'number' || (typeof v === 'string' && NUMBER.test(v.trim()));
}

/** The column that holds the numbers when a value is split over columns (the cell rules edit). */
function numberColumn(rows: readonly RawRow[], cols: Columns): number {
  if (cols.valueLeft === cols.valueRight) return cols.valueLeft;
  const counts = new Map<number, number>();
  for (const r of rows) for (const p of r.parts) if (isNumeric(p.value)) counts.set(p.col, (counts.get(p.col) ?? 0) + 1);
  let best = cols.valueLeft;
  let most = 0;
  for (const [col, n] of counts) if (n > most) [best, most] = [col, n];
  return best;
}

/** `≥` `90` `%` -> `≥90(%)`; a value in one cell stays as written. */
function joinValue(parts: readonly Part[], row: number, numberCol: number): { value: CellValue; row: number; col: number } {
  const only = parts[0];
  if (parts.length === 0 || !only) return { value: null, row, col: numberCol };
  if (parts.length === 1) return { value: only.value, row: only.row, col: only.col };
  let comparator = '';
  let number: Part | null = null;
  const rest: string[] = [];
  for (const p of parts) {
    const t = cellText(p.value).trim();
    if (!comparator && COMPARATOR.test(t)) comparator = t;
    else if (!number && isNumeric(p.value)) number = p;
    else rest.push(t);
  }
  if (!number) return { value: parts.map((p) => cellText(p.value).trim()).join(''), row, col: numberCol };
  const unit = rest.join('');
  const unitText = unit ? (/^[(（].*[)）]$/.test(unit) ? unit : `(${unit})`) : '';
  return { value: `${comparator}${cellText(number.value).trim()}${unitText}`, row: number.row, col: number.col };
}

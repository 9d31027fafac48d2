import type { CellMap, CellRef, Form } from '../model/form';
import { cellText, isBlank, normaliseLabel } from '../parse/text';
import type { FundingField } from '../profiles/schema';
import type { LabelHit } from './labels';
import { refAt, useOf, usesOf, type Scope } from './scope';
import { valueRight } from './values';

const WAN = 10000;
/** 单位：万元, （单位：万元）, 金额单位：万元 */
const UNIT_CELL = /^\(?(?:金额|计量|货币|资金)?单位:?(万元|元)\)?$/;
const TOTAL_ROW = /^(合计|小计|总计|合\s*计)$/;

/**
 * Funding amounts by key, as written. A label printed twice (其他资金 in both columns) is told apart by its
 * column: left of the this-year column's labels it belongs to the whole-period column.
 */
export function readFunding(scope: Scope, form: Form, cells: CellMap): void {
  const pid = scope.profile.id;
  const fields = scope.profile.funding.fields;
  const byKey = new Map<string, LabelHit>();
  const shared: { hit: LabelHit; fields: FundingField[] }[] = [];
  const sided: { hit: LabelHit; side: 'left' | 'right' }[] = [];
  for (const hit of scope.hits) {
    const uses = usesOf(hit, pid, 'funding');
    if (uses.length === 0) continue;
    const owners = fields.filter((f) => uses.some((u) => u.key === f.key));
    if (owners.length === 1) {
      const f = owners[0];
      if (!f || byKey.has(f.key)) continue;
      byKey.set(f.key, hit);
      if (f.side !== 'any') sided.push({ hit, side: f.side });
    } else if (owners.length > 1) shared.push({ hit, fields: owners });
  }
  for (const { hit, fields: owners } of shared) {
    const side = sideOf(hit, sided, shared.map((s) => s.hit));
    const f = owners.find((o) => o.side === side) ?? owners[0];
    if (f && !byKey.has(f.key)) byKey.set(f.key, hit);
  }
  for (const f of fields) {
    const hit = byKey.get(f.key);
    if (!hit) {
      form.funding[f.key] = null;
      continue;
    }
    const read = valueRight(scope.grid, scope.labels, hit);
    form.funding[f.key] = read.value;
    if (read.cell) cells.funding[f.key] = read.cell;
  }
  readUnit(scope, form, cells);
  readSubItems(scope, form, cells);
}

/**
 * Which column a label printed on both sides belongs to. Side by side, the this-year column starts at its
 * leftmost label; printed one under the other, the nearest side-specific label above in the same column tells.
 */
function sideOf(hit: LabelHit, sided: readonly { hit: LabelHit; side: 'left' | 'right' }[], all: readonly LabelHit[]): 'left' | 'right' {
  let leftCol: number | null = null;
  let rightCol: number | null = null;
  for (const s of sided) {
    if (s.side === 'left') leftCol = leftCol === null ? s.hit.col : Math.min(leftCol, s.hit.col);
    else rightCol = rightCol === null ? s.hit.col : Math.min(rightCol, s.hit.col);
  }
  if (leftCol !== null && rightCol !== null && leftCol !== rightCol) return hit.col < rightCol ? 'left' : 'right';
  let above: { row: number; side: 'left' | 'right' } | null = null;
  for (const s of sided)
    if (s.hit.col === hit.col && s.hit.row < hit.row && (!above || s.hit.row > above.row)) above = { row: s.hit.row, side: s.side };
  if (above) return above.side;
  if (rightCol !== null) return hit.col < rightCol ? 'left' : 'right';
  if (leftCol !== null) return hit.col <= leftCol ? 'left' : 'right';
  // No label told us: of two on one row the left one is the whole period's; a lone one is this year's.
  const sameRow = all.filter((h) => h.row === hit.row && h.key === hit.key);
  if (sameRow.length < 2) return 'right';
  return sameRow.every((h) => h.col >= hit.col) ? 'left' : 'right';
}

/** The declared amount unit: a 单位：万元 cell, or a funding label printed with （万元）. */
function readUnit(scope: Scope, form: Form, cells: CellMap): void {
  const { grid } = scope;
  const pid = scope.profile.id;
  let labelled: CellRef | null = null;
  for (const hit of scope.hits) {
    if (!useOf(hit, pid, 'funding') && !useOf(hit, pid, 'block') && !useOf(hit, pid, 'subItemAmount')) continue;
    if (/\(万元\)/.test(normaliseLabel(hit.text))) {
      labelled = refAt(scope, hit.row, hit.col);
      break;
    }
  }
  let declared: { cell: CellRef; wan: boolean } | null = null;
  for (let r = scope.top; r <= scope.bottom && !declared; r++) {
    const width = grid.rowLength(r);
    for (let c = 1; c <= width; c++) {
      const v = grid.raw(r, c);
      if (typeof v !== 'string' || v.length > 16 || !v.includes('单位')) continue;
      const m = UNIT_CELL.exec(normaliseLabel(v));
      if (m) {
        declared = { cell: refAt(scope, r, c), wan: m[1] === '万元' };
        break;
      }
    }
  }
  const wanAt = declared ? (declared.wan ? declared.cell : null) : labelled;
  if (wanAt) {
    form.amountScale = WAN;
    cells.amountUnit = wanAt;
  }
}

/** sh-2019 项目当年投入资金构成: rows under the 子项目名称 | 预算金额 header until a blank row or another label. */
function readSubItems(scope: Scope, form: Form, cells: CellMap): void {
  if (!scope.profile.funding.subItems) return;
  const pid = scope.profile.id;
  const { grid } = scope;
  const nameHit = scope.hits.find((h) => useOf(h, pid, 'subItemName'));
  if (!nameHit) return;
  const amountHit = (scope.labels.byRow.get(nameHit.row) ?? []).find((h) => h.col > nameHit.col && useOf(h, pid, 'subItemAmount'));
  if (!amountHit) return;
  const first = Math.max(nameHit.bottom, amountHit.bottom) + 1;
  for (let r = first; r <= scope.bottom; r++) {
    const rowHits = scope.labels.byRow.get(r);
    if (rowHits && rowHits.length > 0) break;
    const nameAt = grid.owner(r, nameHit.col);
    const amountAt = grid.owner(r, amountHit.col);
    const name = nameAt.row === r ? grid.raw(r, nameAt.col) : null;
    const amount = amountAt.row === r ? grid.raw(r, amountAt.col) : null;
    if (isBlank(name) && isBlank(amount)) break;
    if (TOTAL_ROW.test(cellText(name).trim())) continue;
    form.subItems.push({ name, amount });
    cells.subItems.push({ name: refAt(scope, r, nameAt.col), amount: refAt(scope, r, amountAt.col) });
  }
}

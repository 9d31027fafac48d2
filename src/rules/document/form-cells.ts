import type { CellRef } from '../../model/form';
import type { CellValue } from '../../model/snapshot';
import { cellText } from '../../parse/text';
import { fundingLabel } from '../funding/amounts';
import { goalLabel, headerField } from '../header/fields';
import type { RuleContext } from '../types';

/** One value the form uses, with where it sits and how a message names it. */
export interface FormCell {
  value: CellValue;
  cell: CellRef | undefined;
  label: string;
  subject: string;
  part: 'title' | 'field' | 'funding' | 'subItem' | 'goal' | 'indicator';
  /** Free text (goals, 项目概况 …) rather than a name or a value. */
  prose: boolean;
  indicatorIndex?: number;
}

/**
 * Every value of the form in reading order: title, header, funding, sub-items, goals, indicator cells.
 * A merged level-1/level-2 cell stands behind several rows: it is listed once, with its first row.
 */
export function formCells(ctx: RuleContext, wanted: (value: CellValue) => boolean = () => true): FormCell[] {
  const seen = new Set<string>();
  return allCells(ctx, wanted).filter((c) => {
    if (!c.cell) return true;
    const key = `${c.cell.sheet}!${c.cell.row},${c.cell.col}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `wanted` is asked before a cell's label is built: on a large form most cells are of no interest to a rule. */
function allCells(ctx: RuleContext, wanted: (value: CellValue) => boolean): FormCell[] {
  const { form, cells, profile } = ctx;
  const out: FormCell[] = [];
  if (form.title !== null && wanted(form.title)) out.push({ value: form.title, cell: cells?.title, label: '标题', subject: 'title', part: 'title', prose: false });
  for (const [key, value] of Object.entries(form.fields)) {
    if (!wanted(value)) continue;
    const field = headerField(profile, key);
    out.push({
      value,
      cell: cells?.fields[key],
      label: field?.label ?? key,
      subject: `field:${key}`,
      part: 'field',
      prose: field?.kind === 'longtext',
    });
  }
  for (const [key, value] of Object.entries(form.funding))
    if (wanted(value)) out.push({ value, cell: cells?.funding[key], label: fundingLabel(profile, key), subject: `funding:${key}`, part: 'funding', prose: false });
  form.subItems.forEach((item, i) => {
    const name = cellText(item.name).trim() || `#${i + 1}`;
    if (wanted(item.name)) out.push({ value: item.name, cell: cells?.subItems[i]?.name, label: `子项目名称（第 ${i + 1} 行）`, subject: `subItem:${i}:name`, part: 'subItem', prose: false });
    if (wanted(item.amount)) out.push({ value: item.amount, cell: cells?.subItems[i]?.amount, label: `子项目「${name}」预算金额`, subject: `funding:subItems[${i}]`, part: 'subItem', prose: false });
  });
  for (const [key, value] of Object.entries(form.goals))
    if (wanted(value)) out.push({ value, cell: cells?.goals[key], label: goalLabel(profile, key), subject: `goal:${key}`, part: 'goal', prose: true });
  form.indicators.forEach((ind, i) => {
    const at = cells?.indicators[i];
    const subject = `indicator:${ind.level2}/${ind.name}`;
    const base = { part: 'indicator' as const, prose: false, indicatorIndex: i };
    if (wanted(ind.level1)) out.push({ ...base, value: ind.level1, cell: at?.level1, label: `一级指标（第 ${i + 1} 行）`, subject: `${subject}:level1` });
    if (wanted(ind.level2)) out.push({ ...base, value: ind.level2, cell: at?.level2, label: `二级指标（第 ${i + 1} 行）`, subject: `${subject}:level2` });
    if (wanted(ind.name)) out.push({ ...base, value: ind.name, cell: at?.name, label: `三级指标（第 ${i + 1} 行）`, subject: `${subject}:name` });
    if (wanted(ind.value)) out.push({ ...base, value: ind.value, cell: at?.value, label: `指标「${ind.name}」的指标值`, subject: `${subject}:value` });
  });
  return out;
}

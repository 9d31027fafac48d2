import type { CellRef, Indicator } from '../../model/form';
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
 * A merged level-1/level-2 cell stands behind several rows: it is listed once, with its first row
 * (first among the cells `wanted` accepts). `keep` then drops cells a rule has no use for, before their
 * label is built: on a large form most cells are of no interest to a rule.
 */
export function formCells(
  ctx: RuleContext,
  wanted: (value: CellValue) => boolean = () => true,
  keep: (value: CellValue) => boolean = () => true,
): FormCell[] {
  const { form, cells, profile } = ctx;
  const en = ctx.locale === 'en';
  // The form's own labels stay as printed; the words around them follow the message's language.
  const nth = (label: string, i: number): string => (en ? `${label} (row ${i + 1} of the table)` : `${label}（第 ${i + 1} 行）`);
  const seen = new Map<string, Set<number>>();
  const admit = (value: CellValue, cell: CellRef | undefined): boolean => admitted(value, cell, wanted, keep, seen);
  const out: FormCell[] = [];
  if (form.title !== null && admit(form.title, cells?.title))
    out.push({ value: form.title, cell: cells?.title, label: en ? 'title' : '标题', subject: 'title', part: 'title', prose: false });
  for (const [key, value] of Object.entries(form.fields)) {
    const cell = cells?.fields[key];
    if (!admit(value, cell)) continue;
    const field = headerField(profile, key);
    out.push({ value, cell, label: field?.label ?? key, subject: `field:${key}`, part: 'field', prose: field?.kind === 'longtext' });
  }
  for (const [key, value] of Object.entries(form.funding)) {
    const cell = cells?.funding[key];
    if (admit(value, cell)) out.push({ value, cell, label: fundingLabel(profile, key), subject: `funding:${key}`, part: 'funding', prose: false });
  }
  form.subItems.forEach((item, i) => {
    const nameCell = cells?.subItems[i]?.name;
    if (admit(item.name, nameCell))
      out.push({ value: item.name, cell: nameCell, label: nth('子项目名称', i), subject: `subItem:${i}:name`, part: 'subItem', prose: false });
    const amountCell = cells?.subItems[i]?.amount;
    if (admit(item.amount, amountCell)) {
      const name = cellText(item.name).trim() || `#${i + 1}`;
      out.push({ value: item.amount, cell: amountCell, label: en ? `amount of sub-item "${name}"` : `子项目「${name}」预算金额`, subject: `funding:subItems[${i}]`, part: 'subItem', prose: false });
    }
  });
  for (const [key, value] of Object.entries(form.goals)) {
    const cell = cells?.goals[key];
    if (admit(value, cell)) out.push({ value, cell, label: goalLabel(profile, key), subject: `goal:${key}`, part: 'goal', prose: true });
  }
  const indicators = form.indicators;
  for (let i = 0; i < indicators.length; i++) {
    const ind = indicators[i];
    if (!ind) continue;
    const at = cells?.indicators[i];
    if (admitted(ind.level1, at?.level1, wanted, keep, seen))
      out.push({ value: ind.level1, cell: at?.level1, label: nth('一级指标', i), subject: `${indicatorSubject(ind)}:level1`, part: 'indicator', prose: false, indicatorIndex: i });
    if (admitted(ind.level2, at?.level2, wanted, keep, seen))
      out.push({ value: ind.level2, cell: at?.level2, label: nth('二级指标', i), subject: `${indicatorSubject(ind)}:level2`, part: 'indicator', prose: false, indicatorIndex: i });
    if (admitted(ind.name, at?.name, wanted, keep, seen))
      out.push({ value: ind.name, cell: at?.name, label: nth('三级指标', i), subject: `${indicatorSubject(ind)}:name`, part: 'indicator', prose: false, indicatorIndex: i });
    if (admitted(ind.value, at?.value, wanted, keep, seen))
      out.push({ value: ind.value, cell: at?.value, label: en ? `value of indicator "${ind.name}"` : `指标「${ind.name}」的指标值`, subject: `${indicatorSubject(ind)}:value`, part: 'indicator', prose: false, indicatorIndex: i });
  }
  return out;
}

function indicatorSubject(ind: Indicator): string {
  return `indicator:${ind.level2}/${ind.name}`;
}

/** Whether a cell is listed: wanted, first of the wanted cells at its address, kept. */
function admitted(
  value: CellValue,
  cell: CellRef | undefined,
  wanted: (value: CellValue) => boolean,
  keep: (value: CellValue) => boolean,
  seen: Map<string, Set<number>>,
): boolean {
  if (!wanted(value)) return false;
  if (cell) {
    let onSheet = seen.get(cell.sheet);
    if (!onSheet) {
      onSheet = new Set();
      seen.set(cell.sheet, onSheet);
    }
    // Excel has at most 16,384 columns: row and column fit one number.
    const key = cell.row * 16_385 + cell.col;
    if (onSheet.has(key)) return false;
    onSheet.add(key);
  }
  return keep(value);
}

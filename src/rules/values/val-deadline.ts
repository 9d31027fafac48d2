import { addDays, compareYMD, daysBetween, formatYMD, resolveDeadline } from '../../parse/date';
import { orderedPeriod, projectPeriod } from '../header/period';
import { formatDeadline, formatNumber } from '../../parse/target';
import type { Deadline, Target, YMD } from '../../parse/types';
import type { CellRef } from '../../model/form';
import type { FormRule, RuleContext } from '../types';
import { dateCellOf, hasAny, valueRows, words } from './shared';

interface Period {
  start: YMD;
  end: YMD;
  /** True when read from the start/end fields; false when only the form's year was known. */
  fromFields: boolean;
  related: { role: string; cell: CellRef }[];
}

function periodOf(ctx: RuleContext): Period | null {
  const related: Period['related'] = [];
  for (const key of ['start', 'end']) {
    const cell = ctx.cells?.fields[key];
    if (cell) related.push({ role: key, cell });
  }
  // The header rules' reading (dates to the month only included), so that all rules share one period.
  const ordered = orderedPeriod(ctx.form);
  if (ordered) return { ...ordered, fromFields: true, related };
  const read = projectPeriod(ctx.form);
  // A reversed period is HDR-DATE's to report; nothing can be inside it.
  if (read.start && read.end) return null;
  const year = ctx.form.year;
  if (year === null) return null;
  return { start: { year, month: 1, day: 1 }, end: { year, month: 12, day: 31 }, fromFields: false, related: [] };
}

function deadlinesOf(t: Target): Deadline[] {
  if (t.kind === 'deadline') return [t.deadline];
  if (t.kind === 'multiple') return t.parts.flatMap(deadlinesOf);
  return [];
}

/** The last day a time limit of `value` units from the start reaches; null for units that are not calendar time. */
function limitEnd(start: YMD, value: number, unit: string): YMD | null {
  const days = (n: number): YMD => addDays(start, Math.ceil(n) - 1);
  switch (unit) {
    case '天':
    case '日':
    case '自然日':
    case '个自然日':
    // A working day is at least a calendar day: comparing the count itself never over-reports.
    case '工作日':
    case '个工作日':
      return days(value);
    case '周':
      return days(value * 7);
    case '月':
    case '个月':
      return addMonths(start, value);
    case '季度':
    case '个季度':
      return addMonths(start, value * 3);
    case '年':
      return addMonths(start, value * 12);
    default:
      return null;
  }
}

function addMonths(start: YMD, months: number): YMD | null {
  if (!Number.isInteger(months)) return null;
  const total = start.year * 12 + (start.month - 1) + months;
  const first = { year: Math.floor(total / 12), month: (total % 12) + 1, day: 1 };
  // The day before the same day-of-month `months` later: 2024-01-01 + 12个月 → 2024-12-31.
  return addDays({ ...first, day: Math.min(start.day, 28) }, start.day > 28 ? start.day - 28 - 1 : -1);
}

/**
 * VAL-DEADLINE: a time target outside the project period (`2025年6月前完成` in a 2024 project), or a
 * time limit longer than the period (`≤400天` in a one-year project). Dates without a year take the
 * form's year. Without start/end dates the form's year stands for the period, and findings are
 * warnings: the period is then a guess.
 */
export const valDeadline: FormRule = {
  meta: {
    id: 'VAL-DEADLINE',
    severity: 'error',
    fixable: false,
    docs: {
      zh: '时间目标超出项目期间（如 2024 年项目写“2025年6月前完成”），或天数、月数长于项目期间。',
      en: 'A time target outside the project period (2025年6月前完成 in a 2024 project), or a number of days or months longer than the period.',
    },
    messages: {
      after: {
        zh: '指标值「{value}」读作 {date} 前完成，晚于项目结束日期 {end}（项目期间 {start} 至 {end}）。请把时间目标定在项目期间内。',
        en: 'The value "{value}" reads as done by {date}, after the project ends on {end} (period {start} to {end}). Set the time target inside the period.',
      },
      before: {
        zh: '指标值「{value}」读作 {date} 前完成，早于项目开始日期 {start}（项目期间 {start} 至 {end}）。请核对年份。',
        en: 'The value "{value}" reads as done by {date}, before the project starts on {start} (period {start} to {end}). Check the year.',
      },
      tooLong: {
        zh: '指标值「{value}」的时限 {limit} 长于项目期间 {start} 至 {end}（共 {days} 天）。时限应在项目期间内。',
        en: 'The value "{value}" allows {limit}, longer than the project period {start} to {end} ({days} days). The limit must fit in the period.',
      },
    },
  },
  check(ctx) {
    const period = periodOf(ctx);
    if (!period) return;
    const formYear = ctx.form.year ?? period.start.year;
    const severity = period.fromFields ? undefined : ('warning' as const);
    const periodData = { start: formatYMD(period.start), end: formatYMD(period.end), days: daysBetween(period.start, period.end) + 1 };
    for (const row of valueRows(ctx)) {
      if (row.pending) continue;
      const base = { cell: row.cell, related: period.related, indicatorIndex: row.index, subject: row.subject, actual: row.indicator.value, severity };
      const dateCell = dateCellOf(ctx, row);
      const deadlines: Deadline[] = dateCell ? [{ ...dateCell, bound: 'by' }] : deadlinesOf(row.target);
      for (const d of deadlines) {
        const date = resolveDeadline(d, formYear);
        const side = compareYMD(date, period.end) > 0 ? 'after' : compareYMD(date, period.start) < 0 ? 'before' : null;
        if (!side) continue;
        ctx.report({ ...base, messageId: side, data: { ...periodData, value: row.text, date: formatYMD(date), deadline: formatDeadline(d) } });
        break;
      }
      const limit = dateCell ? null : timeLimitOf(ctx, row.name, row.role, row.target);
      if (!limit) continue;
      const reach = limitEnd(period.start, limit.value, limit.unit);
      if (reach && compareYMD(reach, period.end) > 0)
        ctx.report({ ...base, messageId: 'tooLong', data: { ...periodData, value: row.text, limit: `${formatNumber(limit.value, 0)}${limit.unit}` } });
    }
  },
};

/** A time limit (`≤30.00(天)`, `3个工作日内`) on a row about time; `≥3.00(年)` of lasting use is no limit. */
function timeLimitOf(ctx: RuleContext, name: string, role: string | null, t: Target): { value: number; unit: string } | null {
  if (role !== 'time' && !hasAny(name, words(ctx, 'valueTimeNames'))) return null;
  if (t.kind === 'duration' && t.per === undefined) return { value: t.value, unit: t.unit };
  if (t.kind === 'quantity' && t.unit !== null && t.comparator !== '≥' && t.comparator !== '>') return { value: t.value, unit: t.unit };
  return null;
}

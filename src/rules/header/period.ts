import type { Form } from '../../model/form';
import type { CellValue } from '../../model/snapshot';
import { compareYMD, daysInMonth, formatYMD, parseDate } from '../../parse/date';
import { normaliseNumberSpan } from '../../parse/normalise';
import type { YMD } from '../../parse/types';

/** The project period as read from the header; a side is null when blank or unreadable. */
export interface Period {
  start: YMD | null;
  end: YMD | null;
}

const MONTH_ONLY = /^((?:19|20)\d{2})\s*[年./-]\s*(\d{1,2})\s*月?(?:份)?$/u;

/**
 * A date written to the month only (`2024年1月`, `2024.01`), common on these forms: read as the
 * month's first day for a start and its last day for an end. Null for anything else.
 */
export function monthOnlyDate(v: CellValue, side: 'start' | 'end'): YMD | null {
  if (typeof v !== 'string') return null;
  const m = MONTH_ONLY.exec(normaliseNumberSpan(v.trim()));
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return { year, month, day: side === 'start' ? 1 : daysInMonth(year, month) };
}

function dateOf(form: Form, key: 'start' | 'end'): YMD | null {
  const v = form.fields[key] ?? null;
  const d = parseDate(v);
  if (d.kind === 'date') return d.date;
  return d.kind === 'invalid' ? monthOnlyDate(v, key) : null;
}

/** The last period read: most rules ask for it, of the same form, one after another. */
let last: { start: CellValue | undefined; end: CellValue | undefined; period: Period } | null = null;

export function projectPeriod(form: Form): Period {
  const start = form.fields['start'];
  const end = form.fields['end'];
  if (last && last.start === start && last.end === end) return { ...last.period };
  const period = { start: dateOf(form, 'start'), end: dateOf(form, 'end') };
  last = { start, end, period: { ...period } };
  return period;
}

/** Both ends readable and in order: the only period other rules may reason from. */
export function orderedPeriod(form: Form): { start: YMD; end: YMD } | null {
  const { start, end } = projectPeriod(form);
  if (!start || !end || compareYMD(start, end) > 0) return null;
  return { start, end };
}

/**
 * A project that starts and ends inside the form's year: its whole-period amounts are the year's.
 * False when the dates cannot be read or the period lies in another year (HDR-PERIOD-YEAR's business).
 */
export function isOneYearProject(form: Form): boolean {
  const p = orderedPeriod(form);
  if (!p || p.start.year !== p.end.year) return false;
  return form.year === null || form.year === p.start.year;
}

export function periodText(p: { start: YMD; end: YMD }): string {
  return `${formatYMD(p.start)} – ${formatYMD(p.end)}`;
}

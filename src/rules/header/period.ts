import type { Form } from '../../model/form';
import { compareYMD, formatYMD, parseDate } from '../../parse/date';
import type { YMD } from '../../parse/types';

/** The project period as read from the header; a side is null when blank or unreadable. */
export interface Period {
  start: YMD | null;
  end: YMD | null;
}

function dateOf(form: Form, key: string): YMD | null {
  const d = parseDate(form.fields[key] ?? null);
  return d.kind === 'date' ? d.date : null;
}

export function projectPeriod(form: Form): Period {
  return { start: dateOf(form, 'start'), end: dateOf(form, 'end') };
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

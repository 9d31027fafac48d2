import { isCellError } from '../../model/snapshot';
import { compareYMD, formatYMD, parseDate } from '../../parse/date';
import type { FormRule } from '../types';
import { headerLabel } from './fields';
import { monthOnlyDate, projectPeriod } from './period';

/** HDR-DATE: a date that cannot be read, or a start after the end. */
export const hdrDate: FormRule = {
  meta: {
    id: 'HDR-DATE',
    severity: 'error',
    fixable: false,
    docs: {
      zh: '日期无法识别，或开始日期晚于结束日期。',
      en: 'A date that cannot be read, or a start after the end.',
    },
    messages: {
      unreadable: {
        zh: '「{label}」的「{text}」无法识别为日期。请写成 2024-01-01 或 2024年1月1日。',
        en: '"{label}": "{text}" cannot be read as a date. Write it as 2024-01-01 or 2024年1月1日.',
      },
      monthOnly: {
        zh: '「{label}」只写到月（{text}），读作 {date}。建议写完整日期，如 {date}。',
        en: '"{label}" gives only a month ({text}), read as {date}. Write the full date, e.g. {date}.',
      },
      order: {
        zh: '{startLabel} {start} 晚于{endLabel} {end}。请核对项目起止日期。',
        en: '{startLabel} {start} is after {endLabel} {end}. Check the project dates.',
      },
    },
  },
  check(ctx) {
    const dates = ctx.profile.header.filter((f) => f.kind === 'date');
    for (const field of dates) {
      const value = ctx.form.fields[field.key] ?? null;
      if (isCellError(value)) continue;
      const d = parseDate(value);
      const side = field.key === 'end' ? 'end' : 'start';
      const month = d.kind === 'invalid' ? monthOnlyDate(value, side) : null;
      if (month && d.kind === 'invalid')
        ctx.report({
          messageId: 'monthOnly',
          severity: 'info',
          data: { label: field.label, text: d.text, date: formatYMD(month) },
          cell: ctx.cells?.fields[field.key],
          actual: value,
          subject: `field:${field.key}`,
        });
      else if (d.kind === 'invalid')
        ctx.report({
          messageId: 'unreadable',
          data: { label: field.label, text: d.text },
          cell: ctx.cells?.fields[field.key],
          actual: value,
          subject: `field:${field.key}`,
        });
    }
    const { start, end } = projectPeriod(ctx.form);
    if (!start || !end || compareYMD(start, end) <= 0) return;
    const startCell = ctx.cells?.fields['start'];
    ctx.report({
      messageId: 'order',
      data: {
        startLabel: headerLabel(ctx.profile, 'start'),
        endLabel: headerLabel(ctx.profile, 'end'),
        start: formatYMD(start),
        end: formatYMD(end),
      },
      cell: ctx.cells?.fields['end'],
      related: startCell ? [{ role: 'start', cell: startCell }] : undefined,
      subject: 'field:end',
    });
  },
};

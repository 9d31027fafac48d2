import { compareYMD, formatYMD } from '../../parse/date';
import type { FormRule } from '../types';
import { headerLabel } from './fields';
import { projectPeriod } from './period';

/**
 * HDR-PERIOD-YEAR: the project period does not overlap the form's year (a 2024 form for a project that
 * ended in 2023). A reversed period is HDR-DATE's; an unreadable end leaves only the start to judge.
 */
export const hdrPeriodYear: FormRule = {
  meta: {
    id: 'HDR-PERIOD-YEAR',
    severity: 'error',
    fixable: false,
    docs: {
      zh: '项目期间与申报表年度不重叠（如 2024 年度的表填了 2023 年已结束的项目）。',
      en: "The project period does not overlap the form's year (a 2024 form for a project that ended in 2023).",
    },
    messages: {
      endedBefore: {
        zh: '{endLabel} {end} 早于本表年度 {year} 年：项目在 {year} 年前已结束。请核对日期或表的年度。',
        en: "{endLabel} {end} is before the form's year {year}: the project ended before {year}. Check the dates or the form's year.",
      },
      startsAfter: {
        zh: '{startLabel} {start} 晚于本表年度 {year} 年：项目在 {year} 年后才开始。请核对日期或表的年度。',
        en: "{startLabel} {start} is after the form's year {year}: the project starts after {year}. Check the dates or the form's year.",
      },
    },
  },
  check(ctx) {
    const year = ctx.form.year;
    if (year === null) return;
    const { start, end } = projectPeriod(ctx.form);
    if (start && end && compareYMD(start, end) > 0) return;
    const title = ctx.cells?.title;
    const related = title ? [{ role: 'year', cell: title }] : undefined;
    if (end && end.year < year) {
      ctx.report({
        messageId: 'endedBefore',
        data: { endLabel: headerLabel(ctx.profile, 'end'), end: formatYMD(end), year },
        cell: ctx.cells?.fields['end'],
        related,
        subject: 'field:end',
      });
    } else if (start && start.year > year) {
      ctx.report({
        messageId: 'startsAfter',
        data: { startLabel: headerLabel(ctx.profile, 'start'), start: formatYMD(start), year },
        cell: ctx.cells?.fields['start'],
        related,
        subject: 'field:start',
      });
    }
  },
};

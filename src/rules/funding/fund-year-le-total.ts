import { isOneYearProject, orderedPeriod, periodText } from '../header/period';
import type { FormRule } from '../types';
import { valueOf, cellNumber, fundingTerm, showFen } from './amounts';

/**
 * FUND-YEAR-LE-TOTAL: this year's amount exceeds the whole-period amount; for a project that starts and
 * ends inside the form's year the two must be equal. Judged only when both cells hold amounts.
 */
export const fundYearLeTotal: FormRule = {
  meta: {
    id: 'FUND-YEAR-LE-TOTAL',
    severity: 'error',
    fixable: false,
    docs: {
      zh: '当年金额超过项目全周期金额；一年内完成的项目两者应相等。',
      en: "This year's amount exceeds the whole-period amount; for a project within one year the two are equal.",
    },
    messages: {
      exceeds: {
        zh: '{year} {yearValue} 超过了{total} {totalValue}（多 {diff}）。当年金额不能超过项目全周期金额，请核对。',
        en: '{year} {yearValue} exceeds {total} {totalValue} (by {diff}). This year cannot exceed the whole period; please check.',
      },
      oneYear: {
        zh: '项目在一年内完成（{period}），{year} {yearValue} 应等于{total} {totalValue}（差 {diff}）。',
        en: 'The project runs within one year ({period}), so {year} {yearValue} must equal {total} {totalValue} (difference {diff}).',
      },
    },
  },
  check(ctx) {
    const pair = ctx.profile.funding.yearVsTotal;
    if (!pair) return;
    const year = fundingTerm(ctx, pair.year);
    const total = fundingTerm(ctx, pair.total);
    const y = valueOf(ctx, year.value);
    const t = valueOf(ctx, total.value);
    if (y.kind !== 'amount' || t.kind !== 'amount') return;
    const scale = ctx.form.amountScale;
    const data = {
      year: year.label,
      yearValue: showFen(y.fen, scale),
      total: total.label,
      totalValue: showFen(t.fen, scale),
      diff: showFen(Math.abs(y.fen - t.fen), scale),
    };
    const base = {
      cell: year.cell,
      related: total.cell ? [{ role: 'total', cell: total.cell }] : undefined,
      actual: cellNumber(y.fen, scale),
      subject: `funding:${pair.year}`,
    };
    if (y.fen > t.fen) {
      ctx.report({ ...base, messageId: 'exceeds', data });
      return;
    }
    const period = orderedPeriod(ctx.form);
    if (y.fen !== t.fen && period && isOneYearProject(ctx.form)) {
      ctx.report({ ...base, messageId: 'oneYear', data: { ...data, period: periodText(period) }, expected: cellNumber(t.fen, scale) });
    }
  },
};

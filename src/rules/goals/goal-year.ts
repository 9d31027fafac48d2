import { isCellError } from '../../model/snapshot';
import { cellText } from '../../parse/text';
import { orderedPeriod, periodText } from '../header/period';
import type { FormRule } from '../types';
import { namedYears } from './years';

/**
 * GOAL-YEAR: a goal text names a year outside the project period (a copied goal from last year, or an
 * overall goal for 2024–2026 on a one-year project). Years used as a reference point are left alone.
 */
export const goalYear: FormRule = {
  meta: {
    id: 'GOAL-YEAR',
    severity: 'warning',
    fixable: false,
    docs: {
      zh: '绩效目标中写到的年份不在项目期间内。',
      en: 'A goal text names a year outside the project period.',
    },
    messages: {
      outside: {
        zh: '「{label}」写到 {years} 年，不在项目期间（{period}）内。是否沿用了往年的目标？请核对年份。',
        en: '"{label}" names {years}, outside the project period ({period}). Was it copied from another year? Check the years.',
      },
    },
  },
  check(ctx) {
    const period = orderedPeriod(ctx.form);
    if (!period) return;
    const before = ctx.profile.vocab['goalYearContextBefore'] ?? [];
    const after = ctx.profile.vocab['goalYearContextAfter'] ?? [];
    for (const goal of ctx.profile.goals) {
      const value = ctx.form.goals[goal.key] ?? null;
      if (isCellError(value)) continue;
      const outside = [
        ...new Set(
          namedYears(cellText(value), before, after)
            .map((y) => y.year)
            .filter((y) => y < period.start.year || y > period.end.year),
        ),
      ];
      if (outside.length === 0) continue;
      ctx.report({
        messageId: 'outside',
        data: { label: goal.label, years: outside.join('、'), period: periodText(period) },
        cell: ctx.cells?.goals[goal.key],
        subject: `goal:${goal.key}`,
      });
    }
  },
};

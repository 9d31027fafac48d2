import type { FormRule } from '../types';
import { valueOf, cellNumber, fundingTerm, showFen } from './amounts';

/**
 * FUND-PRIOR-EXEC: the prior year's execution above the prior year's budget, or nothing executed
 * against a positive budget (a reviewer will ask why the project is asked for again).
 */
export const fundPriorExec: FormRule = {
  meta: {
    id: 'FUND-PRIOR-EXEC',
    severity: 'warning',
    fixable: false,
    docs: {
      zh: '同名项目上年预算执行数超过上年预算额，或上年有预算而执行数为 0。',
      en: "Last year's execution exceeds last year's budget, or is 0 against a positive budget.",
    },
    messages: {
      over: {
        zh: '{executed} {executedValue} 超过了{budget} {budgetValue}（多 {diff}）。执行数不应超过预算额，请核对。',
        en: '{executed} {executedValue} exceeds {budget} {budgetValue} (by {diff}). Execution should not exceed the budget; please check.',
      },
      zero: {
        zh: '{executed} 为 0，而{budget}为 {budgetValue}。上年预算未执行，评审会问原因：请核对或说明。',
        en: '{executed} is 0 against {budget} of {budgetValue}. Nothing was spent last year; reviewers will ask why.',
      },
    },
  },
  check(ctx) {
    const pair = ctx.profile.funding.priorExec;
    if (!pair) return;
    const budget = fundingTerm(ctx, pair.budget);
    const executed = fundingTerm(ctx, pair.executed);
    const b = valueOf(ctx, budget.value);
    const e = valueOf(ctx, executed.value);
    if (b.kind !== 'amount' || e.kind !== 'amount') return;
    const scale = ctx.form.amountScale;
    const data = {
      budget: budget.label,
      budgetValue: showFen(b.fen, scale),
      executed: executed.label,
      executedValue: showFen(e.fen, scale),
      diff: showFen(Math.abs(e.fen - b.fen), scale),
    };
    const base = {
      cell: executed.cell,
      related: budget.cell ? [{ role: 'budget', cell: budget.cell }] : undefined,
      actual: cellNumber(e.fen, scale),
      subject: `funding:${pair.executed}`,
    };
    if (e.fen > b.fen) ctx.report({ ...base, messageId: 'over', data });
    else if (e.fen === 0 && b.fen > 0) ctx.report({ ...base, messageId: 'zero', data });
  },
};

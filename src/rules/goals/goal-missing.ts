import { isCellError } from '../../model/snapshot';
import { cellText, isBlank } from '../../parse/text';
import { isOneYearProject, orderedPeriod, periodText } from '../header/period';
import type { FormRule } from '../types';

/**
 * GOAL-MISSING: a required goal text is blank. For a project within one year the overall goal and the
 * annual goal say the same, so the other text is offered (never applied unasked).
 */
export const goalMissing: FormRule = {
  meta: {
    id: 'GOAL-MISSING',
    severity: 'error',
    fixable: true,
    docs: {
      zh: '绩效目标（项目总目标、年度总体目标）未填写。',
      en: 'A goal text (overall goal, annual goal) is blank.',
    },
    messages: {
      blank: {
        zh: '「{label}」未填写。请写明项目要达到的目标，并与绩效指标对应。',
        en: '"{label}" is blank. State what the project is to achieve, in line with the indicators.',
      },
      blankOneYear: {
        zh: '「{label}」未填写。项目在一年内完成（{period}），可与「{other}」写成一致。',
        en: '"{label}" is blank. The project runs within one year ({period}), so it may repeat "{other}".',
      },
    },
  },
  check(ctx) {
    const period = orderedPeriod(ctx.form);
    const oneYear = isOneYearProject(ctx.form);
    for (const goal of ctx.profile.goals) {
      if (!goal.required) continue;
      const value = ctx.form.goals[goal.key] ?? null;
      if (isCellError(value) || !isBlank(value)) continue;
      const cell = ctx.cells?.goals[goal.key];
      const other = oneYear
        ? ctx.profile.goals.find((g) => g.key !== goal.key && !isBlank(ctx.form.goals[g.key] ?? null) && !isCellError(ctx.form.goals[g.key] ?? null))
        : undefined;
      const otherCell = other ? ctx.cells?.goals[other.key] : undefined;
      if (other && period) {
        ctx.report({
          messageId: 'blankOneYear',
          data: { label: goal.label, other: other.label, period: periodText(period) },
          cell,
          related: otherCell ? [{ role: 'goal', cell: otherCell }] : undefined,
          fix: cell
            ? {
                description: { zh: '填入「{other}」的内容', en: 'Fill in the text of "{other}"' },
                edits: [{ cell, value: cellText(ctx.form.goals[other.key] ?? null) }],
                safe: false,
              }
            : undefined,
          subject: `goal:${goal.key}`,
        });
      } else {
        ctx.report({ messageId: 'blank', data: { label: goal.label }, cell, subject: `goal:${goal.key}` });
      }
    }
  },
};

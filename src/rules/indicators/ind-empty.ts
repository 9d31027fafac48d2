import { cellText, isBlank } from '../../parse/text';
import type { FormRule } from '../types';
import { cellOf, indicatorSubject } from './rows';

export const indEmpty: FormRule = {
  meta: {
    id: 'IND-EMPTY',
    severity: 'error',
    fixable: false,
    docs: {
      zh: '指标行的三级指标名称或指标值为空。',
      en: 'An indicator row with a blank indicator name or a blank value.',
    },
    messages: {
      name: {
        zh: '「{level2}」下有一行指标名称为空（指标值「{value}」）：请写明这一行衡量什么。',
        en: 'A row under "{level2}" has no indicator name (value "{value}"): say what the row measures.',
      },
      value: {
        zh: '指标「{name}」的指标值为空：请填写目标值，如「≥90.00(%)」「≥2.00(次)」或完成时间。',
        en: 'Indicator "{name}" has no value: write its target, e.g. "≥90.00(%)", "≥2.00(次)" or a completion date.',
      },
      both: {
        zh: '「{level2}」下有一行指标名称和指标值都为空：请填写这一行，或删除它。',
        en: 'A row under "{level2}" has neither a name nor a value: fill it in or delete it.',
      },
    },
  },
  check(ctx) {
    ctx.form.indicators.forEach((ind, i) => {
      const noName = isBlank(ind.name);
      const noValue = isBlank(ind.value);
      if (!noName && !noValue) return;
      const messageId = noName && noValue ? 'both' : noName ? 'name' : 'value';
      const cell = cellOf(ctx, i, noName ? 'name' : 'value');
      ctx.report({
        messageId,
        data: { level2: ind.level2, name: ind.name, value: cellText(ind.value) },
        ...(cell ? { cell } : {}),
        indicatorIndex: i,
        // A nameless row has no stable subject of its own; its position within its group stands in.
        subject: noName ? `${indicatorSubject(ind)}#${i}` : indicatorSubject(ind),
      });
    });
  },
};

import { cellText } from '../../parse/text';
import { hasTopic } from '../meaning';
import type { FormRule } from '../types';
import { currentLabel, measureName, placedRows, rowReport, targetLabel } from './evidence';

export const placeTime: FormRule = {
  meta: {
    id: 'PLACE-TIME',
    severity: 'warning',
    fixable: false,
    docs: {
      zh: '时效指标下的指标没有时间：没有日期、期限、时长或频次，只有计数或比率（名称说明按时、及时的比率除外）。',
      en: 'A timeliness row with no time in it: no date, deadline, duration or frequency, only a count or a rate (rates whose name says on time are fine).',
    },
    messages: {
      noTime: {
        zh: '「{name}」放在「{current}」下，但指标值「{value}」是{kind}，没有时间（日期、期限、时长或频次）：请写明完成时限（如「{example}」），或移到「{target}」下。',
        en: '"{name}" sits under "{current}" but its value "{value}" is {kind} with no time in it (date, deadline, duration or frequency): state when it is done (e.g. "{example}") or move it under "{target}".',
      },
    },
  },
  check(ctx) {
    for (const row of placedRows(ctx)) {
      if (row.role !== 'time') continue;
      const m = row.meaning;
      if (m.measure !== 'count' && m.measure !== 'rate') continue;
      // 按时完成率, 响应及时率: a rate of punctuality is a time measure.
      if (hasTopic(m, 'time')) continue;
      ctx.report({
        messageId: 'noTime',
        data: {
          name: row.ind.name,
          current: currentLabel(row.ind),
          value: cellText(row.ind.value),
          kind: measureName(m.measure, ctx.locale),
          example: ctx.form.year ? `${ctx.form.year}年12月底前完成` : '12月底前完成',
          target: targetLabel(ctx, m.measure),
        },
        ...rowReport(ctx, row),
      });
    }
  },
};

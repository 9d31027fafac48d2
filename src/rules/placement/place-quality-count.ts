import { normaliseLabel } from '../../parse/text';
import { firstWordIn } from '../meaning';
import type { FormRule } from '../types';
import { currentLabel, evidence, placedRows, rowReport, targetLabel } from './evidence';

export const placeQualityCount: FormRule = {
  meta: {
    id: 'PLACE-QUALITY-COUNT',
    severity: 'info',
    fixable: false,
    docs: {
      zh: '质量指标下放了单纯的计数，或数量指标下放了比率（缺陷、事故等计数衡量质量，不在此列）。',
      en: 'A plain count under quality, or a rate under quantity (counts of defects or accidents do measure quality and are left alone).',
    },
    messages: {
      countUnderQuality: {
        zh: '「{name}」放在「{current}」下，但{why}，衡量的是做了多少而不是做得多好：可移到「{target}」下，或改为合格率、达标率等质量口径。',
        en: '"{name}" sits under "{current}" but {why}: it says how much, not how well. Consider moving it under "{target}" or measuring a pass or compliance rate instead.',
      },
      rateUnderQuantity: {
        zh: '「{name}」放在「{current}」下，但{why}，衡量的是完成得怎样而不是做了多少：可移到「{target}」下，或改为具体数量（如「≥5.00(场)」）。',
        en: '"{name}" sits under "{current}" but {why}: it says how well, not how much. Consider moving it under "{target}" or stating the number delivered (e.g. "≥5.00(场)").',
      },
    },
  },
  check(ctx) {
    for (const row of placedRows(ctx)) {
      const m = row.meaning;
      let messageId: string | null = null;
      // A count of defects (故障, 事故, 投诉) measures quality: only plain counts of output are flagged.
      if (row.role === 'quality' && m.measure === 'count' && !firstWordIn(ctx.profile, 'meaningDefects', normaliseLabel(row.ind.name)))
        messageId = 'countUnderQuality';
      else if (row.role === 'quantity' && m.measure === 'rate') messageId = 'rateUnderQuantity';
      if (!messageId) continue;
      ctx.report({
        messageId,
        data: {
          name: row.ind.name,
          current: currentLabel(row.ind),
          why: evidence(ctx.locale, null, m),
          target: targetLabel(ctx, m.measure),
        },
        ...rowReport(ctx, row),
      });
    }
  },
};

import { formatNumber } from '../../parse/target';
import type { FormRule } from '../types';
import { endsWithAny, isSatisfaction, quantitiesOf, valueRows, words } from './shared';

/**
 * A rate written without its unit: 0.85 is a fraction (a number cell with a percent format), 85 a
 * percentage. Values between are left alone (≥4.5 may be points out of 5).
 */
function bareRate(v: number): number | null {
  if (v > 0 && v <= 1) return v * 100;
  if (v >= 50 && v <= 100) return v;
  return null;
}

/**
 * VAL-THRESHOLD: a satisfaction target below profile.thresholds.satisfactionFloor (default 90%),
 * a pass or acceptance rate below passRateFloor. Ceilings (≤, <) are VAL-DIRECTION's.
 */
export const valThreshold: FormRule = {
  meta: {
    id: 'VAL-THRESHOLD',
    severity: 'warning',
    fixable: true,
    docs: {
      zh: '满意度目标低于下限（默认 90%），或合格率、验收合格率、通过率低于下限（默认 90%）。',
      en: 'A satisfaction target below the floor (default 90%), or a pass or acceptance rate below its floor (default 90%).',
    },
    messages: {
      satisfaction: {
        zh: '满意度指标「{name}」的目标为 {read}，低于 {floor}% 的要求。请提高到不低于 {floor}%，如 {expected}。',
        en: 'The satisfaction "{name}" targets {read}, below the required {floor}%. Raise it to at least {floor}%, e.g. {expected}.',
      },
      passRate: {
        zh: '指标「{name}」的目标为 {read}，低于合格率、通过率 {floor}% 的要求。请提高到不低于 {floor}%，如 {expected}。',
        en: '"{name}" targets {read}, below the {floor}% required of pass and acceptance rates. Raise it to at least {floor}%, e.g. {expected}.',
      },
    },
  },
  check(ctx) {
    const { satisfactionFloor, passRateFloor } = ctx.profile.thresholds;
    for (const row of valueRows(ctx)) {
      if (row.pending) continue;
      const satisfaction = isSatisfaction(ctx, row.name);
      const passRate = !satisfaction && endsWithAny(row.name, words(ctx, 'valuePassRateSuffixes'));
      if (!satisfaction && !passRate) continue;
      const floor = satisfaction ? satisfactionFloor : passRateFloor;
      for (const q of quantitiesOf(row.target)) {
        if (q.comparator === '≤' || q.comparator === '<') continue;
        const percent = q.unit === '%' ? q.value : q.unit === null ? bareRate(q.value) : null;
        if (percent === null || percent >= floor) continue;
        const expected = `≥${formatNumber(floor)}(%)`;
        ctx.report({
          messageId: satisfaction ? 'satisfaction' : 'passRate',
          data: { name: row.indicator.name, read: `${q.comparator ?? ''}${formatNumber(percent)}%`, floor, expected },
          cell: row.cell,
          indicatorIndex: row.index,
          subject: row.subject,
          actual: row.indicator.value,
          expected,
          fix:
            row.cell && row.target.kind === 'quantity'
              ? { description: { zh: '改为 {expected}', en: 'Write {expected}' }, edits: [{ cell: row.cell, value: expected }], safe: false }
              : undefined,
        });
        break;
      }
    }
  },
};

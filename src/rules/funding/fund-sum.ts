import type { FormRule } from '../types';
import { addendTerms, addendsLabel, valueOf, cellNumber, fundingTerm, showFen } from './amounts';

/**
 * FUND-SUM: an addition of the funding block that does not hold, compared in 分.
 * Sums with a blank or unreadable cell are left to FUND-REQUIRED and FUND-NUMBER: they cannot be judged.
 */
export const fundSum: FormRule = {
  meta: {
    id: 'FUND-SUM',
    severity: 'error',
    fixable: true,
    docs: {
      zh: '资金合计与各分项之和不符（如 年度资金申请总额 ≠ 当年财政拨款 + 上年结转资金 + 其他资金），按分（整数）比较。',
      en: 'A funding total differs from the sum of its parts (e.g. annual request ≠ appropriation + carry-over + other), compared in fen.',
    },
    messages: {
      mismatch: {
        zh: '{total} {actual} ≠ {addends} = {expected}（差 {diff}）。请核对各分项或合计。',
        en: '{total} {actual} ≠ {addends} = {expected} (difference {diff}). Check the parts or the total.',
      },
    },
  },
  check(ctx) {
    const scale = ctx.form.amountScale;
    for (const sum of ctx.profile.funding.sums) {
      const total = fundingTerm(ctx, sum.total);
      const terms = addendTerms(ctx, sum.addends);
      if (!terms) continue;
      const totalAmount = valueOf(ctx, total.value);
      if (totalAmount.kind !== 'amount') continue;
      let expected = 0;
      let judged = true;
      for (const t of terms) {
        const a = valueOf(ctx, t.value);
        if (a.kind !== 'amount') {
          judged = false;
          break;
        }
        expected += a.fen;
      }
      if (!judged || expected === totalAmount.fen) continue;
      const diff = totalAmount.fen - expected;
      ctx.report({
        messageId: 'mismatch',
        data: {
          total: total.label,
          actual: showFen(totalAmount.fen, scale),
          addends: addendsLabel(ctx, sum.addends),
          expected: showFen(expected, scale),
          diff: showFen(Math.abs(diff), scale),
        },
        cell: total.cell,
        related: terms.flatMap((t) => (t.cell ? [{ role: 'addend', cell: t.cell }] : [])),
        expected: cellNumber(expected, scale),
        actual: cellNumber(totalAmount.fen, scale),
        // Which side is wrong only the author knows: offered, never applied unasked.
        fix: total.cell
          ? {
              description: { zh: '将合计改为各分项之和 {expected}', en: 'Set the total to the sum of its parts, {expected}' },
              edits: [{ cell: total.cell, value: cellNumber(expected, scale), numberFormat: '#,##0.00' }],
              safe: false,
            }
          : undefined,
        subject: `funding:${sum.total}`,
      });
    }
  },
};

import { isCellError } from '../../model/snapshot';
import type { FormRule } from '../types';
import { cellText } from '../../parse/text';
import { amountOf, cellNumber, fundingTerm, isNoneWord, showFen, subItemTerms, type FundingTerm } from './amounts';

/**
 * FUND-NUMBER: an amount that is not a number, is negative, or has more than two decimals (error);
 * a number stored as text is read, and reported as info with a safe fix turning it into a number.
 * Blank cells are FUND-REQUIRED's, formula errors DOC-FORMULA-ERROR's.
 */
export const fundNumber: FormRule = {
  meta: {
    id: 'FUND-NUMBER',
    severity: 'error',
    fixable: true,
    docs: {
      zh: '金额不是数字、为负数或超过两位小数；用“—”“无”表示零的，提示写作 0.00；以文本存放的数字（如 "1,234.00"）可读，提示改为数值。',
      en: 'An amount that is not a number, is negative or has more than two decimals; "—" or "无" for zero is asked to be 0.00; numbers stored as text are read and flagged as info.',
    },
    messages: {
      none: {
        zh: '{label} 填的是「{text}」。没有的金额请写 0.00，以便求和与核对。',
        en: '{label} holds "{text}". Write 0.00 for no amount, so that the block can be added up.',
      },
      'not-number': {
        zh: '{label} 填的是「{text}」，不是金额。请填写数字金额，如 1,234.00；没有的填 0.00。',
        en: '{label} holds "{text}", which is not an amount. Enter a number such as 1,234.00; write 0.00 for none.',
      },
      negative: {
        zh: '{label} 为负数（{text}）。申报金额不能为负，请核对。',
        en: '{label} is negative ({text}). Declared amounts cannot be negative; please check.',
      },
      'too-many-decimals': {
        zh: '{label} 为 {text}，超过两位小数（金额以元计，精确到分）。请改为两位小数。',
        en: '{label} is {text}, with more than two decimals (amounts are in yuan, to the fen). Use two decimals.',
      },
      text: {
        zh: '{label}「{text}」是以文本存放的数字，读作 {value}。建议改为数值，以便公式求和。',
        en: '{label} "{text}" is a number stored as text, read as {value}. Make it a number so that formulas add it up.',
      },
    },
  },
  check(ctx) {
    const scale = ctx.form.amountScale;
    const terms: FundingTerm[] = [
      ...ctx.profile.funding.fields.filter((f) => f.key in ctx.form.funding).map((f) => fundingTerm(ctx, f.key)),
      ...subItemTerms(ctx),
    ];
    for (const t of terms) {
      if (isCellError(t.value)) continue;
      const a = amountOf(ctx.form, t.value);
      const subject = `funding:${t.key}`;
      if (isNoneWord(ctx, t.value)) {
        ctx.report({
          messageId: 'none',
          severity: 'warning',
          data: { label: t.label, text: cellText(t.value).trim() },
          cell: t.cell,
          actual: t.value,
          expected: 0,
          fix: t.cell
            ? {
                description: { zh: '改为 0.00', en: 'Write 0.00' },
                edits: [{ cell: t.cell, value: 0, numberFormat: '#,##0.00' }],
                safe: true,
              }
            : undefined,
          subject,
        });
      } else if (a.kind === 'invalid') {
        ctx.report({ messageId: a.reason, data: { label: t.label, text: a.text }, cell: t.cell, actual: t.value, subject });
      } else if (a.kind === 'amount' && a.asText) {
        const value = cellNumber(a.fen, scale);
        ctx.report({
          messageId: 'text',
          severity: 'info',
          data: { label: t.label, text: String(t.value), value: showFen(a.fen, scale) },
          cell: t.cell,
          actual: t.value,
          expected: value,
          fix: t.cell
            ? {
                description: { zh: '改为数值 {value}（格式 #,##0.00）', en: 'Store it as the number {value} (format #,##0.00)' },
                edits: [{ cell: t.cell, value, numberFormat: '#,##0.00' }],
                safe: true,
              }
            : undefined,
          subject,
        });
      }
    }
  },
};

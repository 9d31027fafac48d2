import { formatYMD } from '../../parse/date';
import { formatNumber, standardQuantityText } from '../../parse/target';
import { normaliseLabel } from '../../parse/text';
import type { FormRule } from '../types';
import { dateCellOf, valueRows } from './shared';

/**
 * VAL-FORMAT: a value that can be read but is not written in the standard style `≥5.00(场)`
 * (comparator, two decimals, unit in brackets). Says how it was read and offers the standard
 * writing: a safe fix when nothing but the writing changes, an unsafe one when a note would be
 * dropped or a comparator has to be chosen. A number without a comparator is a warning: the
 * target's direction is not stated at all.
 */
export const valFormat: FormRule = {
  meta: {
    id: 'VAL-FORMAT',
    severity: 'info',
    fixable: true,
    docs: {
      zh: '指标值可以读懂但不是标准写法（如 ≥5场、不低于90%、大于80%）：说明读法并给出标准写法 ≥5.00(场)；只有数值没有比较符的为警告。',
      en: 'A value that can be read but is not in the standard style (≥5场, 不低于90%, 大于80%): says how it was read and offers the standard ≥5.00(场); a number without a comparator is a warning.',
    },
    messages: {
      nonStandard: {
        zh: '指标值「{value}」读作 {standard}，但不是标准写法。标准写法：比较符 + 两位小数 + 括号内单位，即 {standard}。',
        en: 'The value "{value}" reads as {standard} but is not in the standard style (comparator, two decimals, unit in brackets): write {standard}.',
      },
      nonStandardNote: {
        zh: '指标值「{value}」读作 {standard}，另附说明「{note}」。标准写法为 {standard}；说明文字宜移到指标解释或备注栏。',
        en: 'The value "{value}" reads as {standard} with the note "{note}". The standard style is {standard}; move the note to the explanation or remarks column.',
      },
      noUnit: {
        zh: '指标值「{value}」读作 {read}，没有计量单位。请补上单位并写成标准形式，如 {read}(%) 或 {read}(次)。',
        en: 'The value "{value}" reads as {read} with no unit. Add the unit in the standard style, e.g. {read}(%) or {read}(次).',
      },
      noComparator: {
        zh: '指标值「{value}」只有数值 {read}，没有比较符（≥、≤、＝、＞、＜），看不出目标的方向。若要求恰好达到，写作 {standard}；若为下限或上限，请用 ≥ 或 ≤。',
        en: 'The value "{value}" is only the number {read}, with no comparator (≥, ≤, =, >, <), so the target has no direction. If it must be met exactly write {standard}; use ≥ or ≤ for a floor or a ceiling.',
      },
      dateCell: {
        zh: '指标值是日期单元格，读作 {date}。时间目标宜写成文字，如 {suggest}，以免在其他电脑上显示为数字。',
        en: 'The value is a date cell, read as {date}. Write a time target as text, e.g. {suggest}, so that it does not show as a number elsewhere.',
      },
      bareRate: {
        zh: '指标值是数字 {value}（若单元格按百分比显示，即 {percent}），没有比较符，也没有写成文字。请写成标准形式，如 ≥{percent2}(%)。',
        en: 'The value is the number {value} (shown as {percent} if the cell has a percent format), with no comparator and not written as text. Write it in the standard style, e.g. ≥{percent2}(%).',
      },
      bareNumber: {
        zh: '指标值是数字 {read}，没有比较符和计量单位。请写成标准形式，如 ≥{read}(单位)。',
        en: 'The value is the bare number {read}, with no comparator and no unit. Write it in the standard style, e.g. ≥{read}(unit).',
      },
    },
  },
  check(ctx) {
    for (const row of valueRows(ctx)) {
      if (row.pending) continue;
      const t = row.target;
      const base = { cell: row.cell, indicatorIndex: row.index, subject: row.subject, actual: row.indicator.value };
      if (t.kind === 'duration' && t.per === undefined) {
        const standard = standardQuantityText(t);
        if (!standard) continue;
        const plain = t.note === null || restatesName(t.note, row.name);
        ctx.report({
          ...base,
          messageId: plain ? 'nonStandard' : 'nonStandardNote',
          data: { value: row.text, standard, note: t.note ?? '' },
          expected: standard,
          fix: row.cell ? { description: FIX, edits: [{ cell: row.cell, value: standard }], safe: plain } : undefined,
        });
        continue;
      }
      if (t.kind !== 'quantity' || t.standard) continue;
      const read = formatNumber(t.value) + (t.unit === null ? '' : `(${t.unit})`);
      const date = dateCellOf(ctx, row);
      if (date) {
        const suggest = `${date.year}年${date.month}月${date.day}日前完成`;
        ctx.report({
          ...base,
          messageId: 'dateCell',
          data: { date: formatYMD(date), suggest },
          expected: suggest,
          fix: row.cell ? { description: FIX_DATE, edits: [{ cell: row.cell, value: suggest }], safe: false } : undefined,
        });
        continue;
      }
      if (typeof row.indicator.value === 'number') {
        if (row.name.endsWith('率') && t.value > 0 && t.value <= 1) {
          // A rate kept as a fraction is usually a cell formatted as percent, which the form model cannot see.
          const pct = formatNumber(Math.round(t.value * 1e6) / 1e4, 0);
          ctx.report({
            ...base,
            messageId: 'bareRate',
            severity: 'warning',
            data: { value: row.text, percent: `${pct}%`, percent2: formatNumber(Number(pct)) },
          });
        } else ctx.report({ ...base, messageId: 'bareNumber', severity: 'warning', data: { value: row.text, read: formatNumber(t.value) } });
        continue;
      }
      if (t.comparator === null) {
        const standard = `=${read}`;
        ctx.report({
          ...base,
          messageId: 'noComparator',
          severity: 'warning',
          data: { value: row.text, read: `${formatNumber(t.value, 0)}${t.unit ?? ''}`, standard },
          expected: standard,
          fix: row.cell && t.unit !== null ? { description: FIX, edits: [{ cell: row.cell, value: standard }], safe: false } : undefined,
        });
        continue;
      }
      if (t.unit === null) {
        ctx.report({ ...base, messageId: 'noUnit', data: { value: row.text, read: `${t.comparator}${formatNumber(t.value)}` } });
        continue;
      }
      const standard = `${t.comparator}${read}`;
      const plain = t.note === null || restatesName(t.note, row.name);
      ctx.report({
        ...base,
        messageId: plain ? 'nonStandard' : 'nonStandardNote',
        data: { value: row.text, standard, note: t.note ?? '' },
        expected: standard,
        // Dropping a note loses what the user wrote: that needs a person to agree.
        fix: row.cell ? { description: FIX, edits: [{ cell: row.cell, value: standard }], safe: plain } : undefined,
      });
    }
  },
};

/** `参会人数不少于500人` on 参会人数: the words before the number only repeat the name, and nothing is lost without them. */
function restatesName(note: string, name: string): boolean {
  const n = normaliseLabel(note);
  return n.length > 0 && name.includes(n);
}

const FIX = { zh: '改为标准写法 {standard}', en: 'Write it as {standard}' };
const FIX_DATE = { zh: '改为文字 {suggest}', en: 'Write it as the text {suggest}' };

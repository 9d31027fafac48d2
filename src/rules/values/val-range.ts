import { formatNumber, formatTarget } from '../../parse/target';
import type { FormRule } from '../types';
import { hasAny, isLowerBetter, quantitiesOf, valueRows, words } from './shared';

/**
 * VAL-RANGE: a percentage outside 0–100 (growth rates excepted); a range written instead of a
 * target (`2-4项`: the reviewer cannot tell which end is promised); several targets in one cell.
 */
export const valRange: FormRule = {
  meta: {
    id: 'VAL-RANGE',
    severity: 'warning',
    fixable: true,
    docs: {
      zh: '百分比超出 0–100；以范围代替目标值（如 2-4项）；一个单元格中写了多个目标值。',
      en: 'A percentage outside 0–100; a range written instead of a target (2-4项); several targets packed in one cell.',
    },
    messages: {
      percent: {
        zh: '指标「{name}」的目标 {read} 超出 0%–100% 的范围，请核对（比率不会超过 100%，也不会为负）。',
        en: 'The target {read} of "{name}" is outside 0%–100%; please check (a share cannot exceed 100% or be negative).',
      },
      range: {
        zh: '指标值「{value}」是一个范围（{low} 至 {high}{unit}），不是目标值，评审无法判断承诺的是哪一端。请写成一个目标，如 {suggest}。',
        en: 'The value "{value}" is a range ({low} to {high}{unit}), not a target: a reviewer cannot tell which end is promised. Write one target, e.g. {suggest}.',
      },
      several: {
        zh: '一个单元格中写了 {count} 个目标值（{parts}）。每个指标只写一个目标值，其余拆成单独的指标行。',
        en: 'One cell holds {count} targets ({parts}). Give each indicator one target and split the others into rows of their own.',
      },
    },
  },
  check(ctx) {
    for (const row of valueRows(ctx)) {
      if (row.pending) continue;
      const t = row.target;
      const base = { cell: row.cell, indicatorIndex: row.index, subject: row.subject, actual: row.indicator.value };
      if (t.kind === 'multiple') {
        const parts = t.parts.map((p) => formatTarget(p) ?? '').filter((p) => p !== '');
        ctx.report({ ...base, messageId: 'several', data: { count: t.parts.length, parts: parts.join('；') } });
        continue;
      }
      if (t.kind === 'range') {
        const unit = t.unit === null ? '' : `(${t.unit})`;
        // The promised end: a ceiling for what should be small, a floor for everything else.
        const suggest = isLowerBetter(ctx, row.name) ? `≤${formatNumber(t.high)}${unit}` : `≥${formatNumber(t.low)}${unit}`;
        ctx.report({
          ...base,
          messageId: 'range',
          data: { value: row.text, low: String(t.low), high: String(t.high), unit: t.unit ?? '', suggest },
          expected: suggest,
          fix: row.cell ? { description: { zh: '改为 {suggest}', en: 'Write {suggest}' }, edits: [{ cell: row.cell, value: suggest }], safe: false } : undefined,
        });
        continue;
      }
      if (hasAny(row.name, words(ctx, 'valuePercentUnbounded'))) continue;
      const out = quantitiesOf(t).find((q) => q.unit === '%' && (q.value > 100 || q.value < 0));
      if (out) ctx.report({ ...base, messageId: 'percent', data: { name: row.indicator.name, read: `${out.comparator ?? ''}${formatNumber(out.value)}%` } });
    }
  },
};

import { isCellError } from '../../model/snapshot';
import { normaliseNumberSpan } from '../../parse/normalise';
import type { FormRule } from '../types';
import { isLowerBetter, valueRows, words } from './shared';
import type { RuleContext } from '../types';

const COUNT_UNITS: readonly [string, string][] = [
  ['人数', '人'],
  ['人次', '人次'],
  ['户数', '户'],
  ['家数', '家'],
  ['次数', '次'],
  ['场次', '场'],
];

/** An example target for the name: the direction it needs, a unit its ending suggests. */
function exampleFor(ctx: RuleContext, name: string): string {
  const lower = isLowerBetter(ctx, name);
  if (name.endsWith('率')) return lower ? '≤5.00(%)' : '≥95.00(%)';
  const unit = COUNT_UNITS.find(([suffix]) => name.endsWith(suffix))?.[1] ?? '个';
  return `${lower ? '≤' : '≥'}${lower ? '0.00' : '3.00'}(${unit})`;
}

/** A number mentioned inside words (`促成1-3项国内外项目合作意向`), to suggest it as the value. */
function mentionedQuantity(text: string): string | null {
  const norm = normaliseNumberSpan(text);
  const re = /\d+(?:\.\d+)?(?:\s*[-~至到]\s*\d+(?:\.\d+)?)?\s*(?:%|[\u4e00-\u9fa5A-Za-z]{0,2})/gu;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    // A year (2018年) is a point of reference, not the target.
    if (/^(?:19|20)\d{2}年/.test(m[0])) continue;
    return text.slice(m.index, m.index + m[0].length).trim();
  }
  return null;
}

/**
 * VAL-QUALITATIVE: words where the name asks for a quantity: names ending in 率, 数, 数量, 人数, 次数
 * (profile vocab quantitySuffixes), or any row of a quantity group (数量指标/数量目标).
 * Qualitative values are legal elsewhere (管理制度健全性: 健全), so only these rows are flagged.
 */
export const valQualitative: FormRule = {
  meta: {
    id: 'VAL-QUALITATIVE',
    severity: 'warning',
    fixable: false,
    docs: {
      zh: '指标名称要求数量（以率、数、数量、人数、次数结尾，或属于数量指标），指标值却是文字（如 培训合格率：合格）。',
      en: 'Words where the name asks for a quantity (a name ending in 率, 数, 数量, 人数, 次数, or a row under the quantity group), e.g. 培训合格率: 合格.',
    },
    messages: {
      rate: {
        zh: '指标「{name}」是比率，指标值却是文字「{value}」，无法衡量。请写成百分比目标，如 {example}。',
        en: '"{name}" is a rate, but its value is the words "{value}", which cannot be measured. Write a percentage target such as {example}.',
      },
      count: {
        zh: '指标「{name}」要求数量（名称以“{suffix}”结尾），指标值却是文字「{value}」。请写成数量目标，如 {example}。',
        en: '"{name}" asks for a quantity (its name ends in {suffix}), but its value is the words "{value}". Write a quantity such as {example}.',
      },
      group: {
        zh: '指标「{name}」位于{level2}，应为数量，指标值却是文字「{value}」。请写成数量目标，如 {example}。',
        en: '"{name}" sits under {level2}, which asks for quantities, but its value is the words "{value}". Write a quantity such as {example}.',
      },
      mentioned: {
        zh: '指标「{name}」要求数量，指标值却是一段文字；文字中提到的「{mention}」才是目标，请把它写成指标值（如 {cmp}{low}.00(单位)），说明移到备注。',
        en: '"{name}" asks for a quantity, but its value is a sentence; the "{mention}" it mentions is the target: write that as the value (e.g. {cmp}{low}.00(unit)) and move the rest to the remarks.',
      },
    },
  },
  check(ctx) {
    const suffixes = [...words(ctx, 'quantitySuffixes')].sort((a, b) => b.length - a.length);
    for (const row of valueRows(ctx)) {
      if (row.target.kind !== 'qualitative' || isCellError(row.indicator.value)) continue;
      const suffix = suffixes.find((s) => row.name.endsWith(s));
      if (!suffix && row.role !== 'quantity') continue;
      const base = { cell: row.cell, indicatorIndex: row.index, subject: row.subject, actual: row.indicator.value };
      const data = {
        name: row.indicator.name,
        value: row.text,
        suffix: suffix ?? '',
        level2: row.indicator.level2,
        example: exampleFor(ctx, row.name),
        cmp: isLowerBetter(ctx, row.name) ? '≤' : '≥',
      };
      const mention = mentionedQuantity(row.text);
      if (mention) {
        const low = /\d+/.exec(normaliseNumberSpan(mention))?.[0] ?? '';
        ctx.report({ ...base, messageId: 'mentioned', data: { ...data, mention, low } });
      } else if (suffix === '率') {
        ctx.report({ ...base, messageId: 'rate', data });
      } else if (suffix) {
        ctx.report({ ...base, messageId: 'count', data });
      } else {
        ctx.report({ ...base, messageId: 'group', data });
      }
    }
  },
};

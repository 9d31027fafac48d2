import { formatNumber } from '../../parse/target';
import type { Comparator, Target } from '../../parse/types';
import type { FormRule, RuleContext } from '../types';
import { hasAny, isCount, isLowerBetter, isSatisfaction, valueRows, words, type ValueRow } from './shared';

type Wrong = { messageId: string; right: Comparator };

function wrongWay(ctx: RuleContext, row: ValueRow, c: Comparator): Wrong | null {
  const name = row.name;
  if (isSatisfaction(ctx, name)) return c === '=' || c === '≤' || c === '<' ? { messageId: 'satisfaction', right: '≥' } : null;
  const lowerBetter = isLowerBetter(ctx, name);
  if (lowerBetter) return c === '≥' || c === '>' ? { messageId: 'lowerBetter', right: '≤' } : null;
  if ((c === '≤' || c === '<') && isCount(ctx, name) && hasAny(name, words(ctx, 'valueDelivered')))
    return { messageId: 'deliveredCapped', right: '≥' };
  if (c === '=' && hasAny(name, words(ctx, 'valueIncrease'))) return { messageId: 'increaseEquals', right: '≥' };
  return null;
}

/** The comparator a value states: a quantity's, or a time limit's. */
function statedComparator(t: Target): Comparator | null {
  if (t.kind === 'quantity' && t.comparator !== null) return t.comparator;
  if (t.kind === 'duration' && t.per === undefined && t.comparator !== null) return t.comparator;
  return null;
}

/** The standard writing of the value, pointing the right way. */
function rebuild(t: Target, c: Comparator): string {
  if (t.kind === 'quantity') return `${c}${formatNumber(t.value)}${t.unit === null ? '' : `(${t.unit})`}`;
  if (t.kind === 'duration') return `${c}${formatNumber(t.value)}(${t.unit})`;
  return c;
}

/**
 * VAL-DIRECTION: a comparator pointing the wrong way: `=`/`≤`/`<` on a satisfaction; `≤` on a count of
 * things delivered or people served; `≥` on a cost, a response time, a defect or accident count;
 * `=` on a name that promises an increase (提升/提高/扩大). Judged by the name, not the group:
 * 故障修复响应时间 `<12.00(小时)` is right wherever it sits.
 */
export const valDirection: FormRule = {
  meta: {
    id: 'VAL-DIRECTION',
    severity: 'error',
    fixable: true,
    docs: {
      zh: '比较符方向错误：满意度用 =、≤、<；服务或产出数量用 ≤；成本、响应时间、故障或事故数用 ≥；名称含提升、提高、扩大却用 =。',
      en: 'A comparator pointing the wrong way: =/≤/< on a satisfaction; ≤ on a count delivered or served; ≥ on a cost, response time, defect or accident count; = on a name promising an increase.',
    },
    messages: {
      satisfaction: {
        zh: '满意度指标「{name}」写作 {value}（{comparator}），满意度目标应为下限：写作 {expected}。',
        en: 'The satisfaction "{name}" is written {value} ({comparator}); a satisfaction target is a floor: write {expected}.',
      },
      lowerBetter: {
        zh: '指标「{name}」越低越好（成本、时限或故障、事故类），却写作 {value}（{comparator}，只设了下限）。应设上限：{expected}。',
        en: '"{name}" is better when lower (a cost, a time limit, or a count of faults or accidents), but it is written {value} ({comparator}, a floor). Set a ceiling: {expected}.',
      },
      deliveredCapped: {
        zh: '指标「{name}」是产出或服务数量，却写作 {value}（{comparator}，设了上限），等于承诺“至多”完成。应写作 {expected}。',
        en: '"{name}" counts what is delivered or who is served, but it is written {value} ({comparator}, a ceiling), promising “at most”. Write {expected}.',
      },
      increaseEquals: {
        zh: '指标「{name}」表示提升，却写作 {value}（=），看不出提升。请写成下限 {expected}，或把名称改为要达到的水平。',
        en: '"{name}" promises an increase, but it is written {value} (=), which states no increase. Write a floor, {expected}, or rename it after the level to reach.',
      },
    },
  },
  check(ctx) {
    for (const row of valueRows(ctx)) {
      const stated = statedComparator(row.target);
      if (stated === null) continue;
      const wrong = wrongWay(ctx, row, stated);
      if (!wrong) continue;
      const expected = row.pending ? withComparator(row.text, wrong.right) : rebuild(row.target, wrong.right);
      ctx.report({
        messageId: wrong.messageId,
        data: { name: row.indicator.name, value: row.text, comparator: stated, expected },
        cell: row.cell,
        indicatorIndex: row.index,
        subject: row.subject,
        actual: row.indicator.value,
        expected,
        // The direction is what the unit promises: a person decides.
        fix: row.cell
          ? { description: { zh: '改为 {expected}', en: 'Write {expected}' }, edits: [{ cell: row.cell, value: expected }], safe: false }
          : undefined,
      });
    }
  },
};

const LEADING_COMPARATOR = /^\s*[≥≤<>=＜＞＝≧≦⩾⩽]+/;

/** A template value keeps its placeholder (`≥**(次)` → `≤**(次)`): only the direction is ours to say. */
function withComparator(text: string, comparator: string): string {
  return LEADING_COMPARATOR.test(text) ? text.replace(LEADING_COMPARATOR, comparator) : `${comparator}${text}`;
}

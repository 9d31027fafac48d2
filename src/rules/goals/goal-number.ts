import type { Indicator } from '../../model/form';
import { isCellError } from '../../model/snapshot';
import { cellText } from '../../parse/text';
import type { Target } from '../../parse/types';
import { indicatorFacts } from '../facts';
import { isOneYearProject } from '../header/period';
import type { FormRule } from '../types';
import { bigrams, groupOf, promisesIn, sharedWith, type GoalPromise } from './promises';

/** What an indicator commits to, as an interval: `≥3.00(次)` is [3, ∞), `≤300(人)` is [−∞, 300]. */
interface Commitment {
  low: number;
  high: number;
  unit: string | null;
}

function commitmentOf(t: Target): Commitment | null {
  if (t.kind === 'range') return { low: t.low, high: t.high, unit: t.unit };
  if (t.kind !== 'quantity') return null;
  switch (t.comparator) {
    case '≥':
    case '>':
      return { low: t.value, high: Infinity, unit: t.unit };
    case '≤':
    case '<':
      return { low: -Infinity, high: t.value, unit: t.unit };
    default:
      return { low: t.value, high: t.value, unit: t.unit };
  }
}

type Verdict = 'ok' | 'below' | 'above' | 'contradicts';

/**
 * Whether an indicator honours a promise. A floor, an exact count or a range is honoured when the
 * indicator commits to at least the promised least and not beyond the promised most; a ceiling when the
 * indicator caps at or under it. A comparator pointing the other way contradicts the promise.
 */
function verdict(p: GoalPromise, c: Commitment): Verdict {
  if (p.kind === 'ceiling') {
    if (c.high === Infinity) return 'contradicts';
    return c.high > p.high ? 'above' : 'ok';
  }
  if (c.low === -Infinity) return 'contradicts';
  if (c.low < p.low) return 'below';
  if (p.kind !== 'floor' && c.low > p.high) return 'above';
  return 'ok';
}

interface Measured {
  index: number;
  indicator: Indicator;
  commitment: Commitment;
  group: number;
}

interface Candidate {
  index: number;
  indicator: Indicator;
  commitment: Commitment;
  score: number;
}

/** Percentages are everywhere: a rate matches a promise only on a stronger overlap of words. */
function minScore(p: GoalPromise): number {
  return p.unit === '%' ? 2 : 1;
}

/** The same promise made in both goals is one promise. */
function promiseKey(p: GoalPromise): string {
  return `${p.kind}|${p.low}|${p.high}|${p.group}`;
}

function show(p: GoalPromise): string {
  return p.text.length > 40 ? `${p.text.slice(0, 40)}…` : p.text;
}

/**
 * GOAL-NUMBER: a number the goal promises that the indicators do not honour. Conservative on purpose:
 * a promise is checked only against indicators counting in the same kind of unit and sharing words
 * with it, and is honoured when any of them honours it. A promise no indicator measures at all is info.
 */
export const goalNumber: FormRule = {
  meta: {
    id: 'GOAL-NUMBER',
    severity: 'warning',
    fixable: false,
    docs: {
      zh: '绩效目标中承诺的数量（如“组织培训3-5次”“服务企业不少于300人次”）与对应指标不符；没有任何指标计量它时提示。',
      en: 'A number the goal promises ("3-5 training sessions", "at least 300 client visits") is not honoured by its indicator; info when no indicator measures it.',
    },
    messages: {
      below: {
        zh: '「{goal}」写明“{promise}”，而指标「{name}」为 {value}，低于目标的承诺。请使指标值与目标一致。',
        en: '"{goal}" promises "{promise}", but indicator "{name}" targets {value}, less than promised. Bring the two in line.',
      },
      above: {
        zh: '「{goal}」写明“{promise}”，而指标「{name}」为 {value}，超出了目标所写的范围。请使指标值与目标一致。',
        en: '"{goal}" promises "{promise}", but indicator "{name}" targets {value}, beyond what the goal states. Bring the two in line.',
      },
      contradicts: {
        zh: '「{goal}」写明“{promise}”，而指标「{name}」为 {value}，比较方向与目标相反。请核对比较符号。',
        en: '"{goal}" promises "{promise}", but indicator "{name}" targets {value}, the opposite direction. Check the comparator.',
      },
      noIndicator: {
        zh: '「{goal}」写明“{promise}”，但没有以「{unit}」计量它的指标。建议增设对应的数量指标。',
        en: '"{goal}" promises "{promise}", but no indicator measures it in "{unit}". Consider adding a matching indicator.',
      },
    },
  },
  check(ctx) {
    const vocab = {
      unitGroups: ctx.profile.vocab['goalUnitGroups'] ?? [],
      atLeast: ctx.profile.vocab['goalAtLeast'] ?? [],
      atMost: ctx.profile.vocab['goalAtMost'] ?? [],
      notPromise: ctx.profile.vocab['goalNotPromise'] ?? [],
    };
    const stop = ctx.profile.vocab['goalSubjectStopwords'] ?? [];
    // A promise's words are looked up in the indicators' names: sharedWith counts as sharedCount with their bigrams would.
    const measured: Measured[] = [];
    for (const f of indicatorFacts(ctx.form, ctx.profile)) {
      if (isCellError(f.indicator.value)) continue;
      const commitment = commitmentOf(f.target);
      if (!commitment) continue;
      measured.push({ index: f.index, indicator: f.indicator, commitment, group: groupOf(commitment.unit, vocab.unitGroups) });
    }
    const reported = new Set<string>();

    // Indicator values are the year's; the overall goal speaks for the whole period, so its numbers
    // are comparable only when the period is the year.
    const oneYear = isOneYearProject(ctx.form);
    for (const goal of ctx.profile.goals) {
      if (goal.key === 'overall' && !oneYear) continue;
      const value = ctx.form.goals[goal.key] ?? null;
      if (isCellError(value)) continue;
      const goalCell = ctx.cells?.goals[goal.key];
      for (const p of promisesIn(cellText(value), vocab)) {
        const words = bigrams(p.subject, stop);
        const sameUnit = measured.filter((m) => m.group === p.group);
        const candidates: Candidate[] = [];
        for (const m of sameUnit) {
          const score = words.size === 0 ? 0 : sharedWith(words, m.indicator.name);
          if (score >= minScore(p)) candidates.push({ index: m.index, indicator: m.indicator, commitment: m.commitment, score });
        }
        candidates.sort((a, b) => b.score - a.score);
        if (candidates.length > 0) {
          if (candidates.some((c) => verdict(p, c.commitment) === 'ok')) continue;
          const [best] = candidates;
          if (!best) continue;
          const why = verdict(p, best.commitment);
          if (why === 'ok') continue;
          const key = `${best.index}|${promiseKey(p)}`;
          if (reported.has(key)) continue;
          reported.add(key);
          ctx.report({
            messageId: why,
            data: { goal: goal.label, promise: show(p), name: best.indicator.name, value: cellText(best.indicator.value) },
            cell: ctx.cells?.indicators[best.index]?.value,
            related: goalCell ? [{ role: 'goal', cell: goalCell }] : undefined,
            indicatorIndex: best.index,
            actual: best.indicator.value,
            subject: `indicator:${best.indicator.level2}/${best.indicator.name}`,
          });
          continue;
        }
        // No indicator in the same unit shares words with the promise. One in the same unit that honours
        // it, or one that shares words but is measured otherwise, may well be meant: stay silent then.
        if (sameUnit.some((m) => verdict(p, m.commitment) === 'ok')) continue;
        if (ctx.form.indicators.some((ind) => sharedWith(words, ind.name) >= minScore(p) + 1)) continue;
        const key = `none|${promiseKey(p)}`;
        if (reported.has(key)) continue;
        reported.add(key);
        ctx.report({
          messageId: 'noIndicator',
          severity: 'info',
          data: { goal: goal.label, promise: show(p), unit: p.unit },
          cell: goalCell,
          subject: `goal:${goal.key}:${p.unit}:${p.low}-${p.high}`,
        });
      }
    }
  },
};


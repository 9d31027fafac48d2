import { isCellError } from '../../model/snapshot';
import { normaliseLabel, isBlank } from '../../parse/text';
import { isOneYearProject, orderedPeriod, periodText } from '../header/period';
import type { FormRule, RuleContext } from '../types';
import {
  addendTerms,
  addendsLabel,
  valueOf,
  cellNumber,
  fundingTerm,
  showFen,
  subItemTerms,
  type FundingTerm,
} from './amounts';

/** What the arithmetic of the block says a blank cell must hold, and why. */
type Derived =
  | { kind: 'value'; fen: number; safe: boolean; messageId: 'blankSum' | 'blankAddend' | 'blankOneYear'; data: Record<string, string> }
  | { kind: 'over'; over: number; total: string };

interface Equation {
  kind: 'sum' | 'same';
  /** sum: [total, ...addends]; same: [a, b] (one-year project: the whole period is the year). */
  keys: string[];
}

interface Solved {
  fen: number;
  /** Read from the form, not derived: only such inputs make a safe fix. */
  written: boolean;
}

/**
 * Solves the blank cells of the funding block from the cells that are written, one unknown at a time:
 * a total from its parts, a single missing part from the total, and for a one-year project the
 * whole-period column from the year's column (same total, same-label rows such as 其他资金).
 */
function deriveBlanks(ctx: RuleContext, terms: Map<string, FundingTerm>): Map<string, Derived> {
  const scale = ctx.form.amountScale;
  const known = new Map<string, Solved>();
  const bad = new Set<string>();
  for (const [key, t] of terms) {
    const a = valueOf(ctx, t.value);
    if (a.kind === 'amount') known.set(key, { fen: a.fen, written: true });
    else if (a.kind === 'invalid') bad.add(key);
  }
  const equations: Equation[] = [];
  for (const sum of ctx.profile.funding.sums) {
    const parts = addendTerms(ctx, sum.addends);
    if (parts) equations.push({ kind: 'sum', keys: [sum.total, ...parts.map((p) => p.key)] });
  }
  if (isOneYearProject(ctx.form)) {
    const yv = ctx.profile.funding.yearVsTotal;
    if (yv) equations.push({ kind: 'same', keys: [yv.total, yv.year] });
    const fields = ctx.profile.funding.fields;
    for (const left of fields.filter((f) => f.side === 'left'))
      for (const right of fields.filter((f) => f.side === 'right'))
        if (normaliseLabel(left.label) === normaliseLabel(right.label))
          equations.push({ kind: 'same', keys: [left.key, right.key] });
  }

  const out = new Map<string, Derived>();
  // A figure that is itself derived (the cell is blank too) is marked, so the formula reads true.
  const derivedMark = ctx.locale === 'en' ? ' (derived)' : '（推算）';
  const show = (key: string): string => {
    const k = known.get(key);
    return `${terms.get(key)?.label ?? key} ${k ? showFen(k.fen, scale) : '?'}${k && !k.written ? derivedMark : ''}`;
  };
  const period = orderedPeriod(ctx.form);
  let progress = true;
  while (progress) {
    progress = false;
    for (const eq of equations) {
      if (eq.keys.some((k) => bad.has(k) || !terms.has(k))) continue;
      const solved = eq.keys.map((k) => known.get(k));
      const at = solved.findIndex((x) => x === undefined);
      if (at < 0 || solved.filter((x) => x === undefined).length !== 1) continue;
      const target = eq.keys[at];
      if (target === undefined || out.has(target)) continue;
      // The equation's other keys, all known: [key, value] in equation order.
      const inputs = eq.keys.flatMap((k, i) => {
        const v = solved[i];
        return i !== at && v ? [{ key: k, ...v }] : [];
      });
      const allWritten = inputs.every((x) => x.written);
      let derived: Derived;
      const [first, ...rest] = inputs;
      if (!first) continue;
      if (eq.kind === 'same') {
        derived = {
          kind: 'value',
          fen: first.fen,
          safe: false,
          messageId: 'blankOneYear',
          data: { peer: terms.get(first.key)?.label ?? first.key, period: period ? periodText(period) : '' },
        };
      } else if (at === 0) {
        derived = {
          kind: 'value',
          fen: inputs.reduce((sum, x) => sum + x.fen, 0),
          safe: allWritten,
          messageId: 'blankSum',
          data: { formula: inputs.map((x) => show(x.key)).join(' + ') },
        };
      } else {
        // first is the total, rest the other parts.
        const fen = first.fen - rest.reduce((sum, x) => sum + x.fen, 0);
        if (fen < 0) {
          out.set(target, { kind: 'over', over: -fen, total: terms.get(first.key)?.label ?? first.key });
          progress = true;
          continue;
        }
        // A blank part that the total makes 0 is the usual "blank for zero"; any other figure is the author's call.
        derived = {
          kind: 'value',
          fen,
          safe: allWritten && fen === 0,
          messageId: 'blankAddend',
          data: { formula: inputs.map((x) => show(x.key)).join(' − ') },
        };
      }
      out.set(target, derived);
      known.set(target, { fen: derived.fen, written: false });
      progress = true;
    }
  }
  return out;
}

/**
 * FUND-REQUIRED: a funding cell left blank (zero is written 0.00), with the value it must have where
 * the arithmetic of the block fixes it. One finding per blank cell, at that cell.
 */
export const fundRequired: FormRule = {
  meta: {
    id: 'FUND-REQUIRED',
    severity: 'warning',
    fixable: true,
    docs: {
      zh: '资金单元格留空（零应写作 0.00）；能由合计关系推出的，给出应填金额。',
      en: 'A funding cell left blank (zero is written 0.00); where the block\'s arithmetic fixes it, the value it must hold.',
    },
    messages: {
      blank: {
        zh: '{label} 为空。请填写金额，没有的填 0.00。',
        en: '{label} is blank. Enter the amount, or 0.00 for none.',
      },
      blankSum: {
        zh: '{label} 为空，按 {formula} 应为 {value}。',
        en: '{label} is blank; {formula} makes it {value}.',
      },
      blankAddend: {
        zh: '{label} 为空，按 {formula} 应为 {value}。',
        en: '{label} is blank; {formula} makes it {value}.',
      },
      blankOneYear: {
        zh: '{label} 为空。项目在一年内完成（{period}），应与{peer}相同：{value}。',
        en: '{label} is blank. The project runs within one year ({period}), so it equals {peer}: {value}.',
      },
      blankOver: {
        zh: '{label} 为空，而其余各项之和已超过{total} {over}，请核对合计与各分项。',
        en: '{label} is blank, and the other parts already exceed {total} by {over}; check the total and its parts.',
      },
      noSubItems: {
        zh: '项目当年投入资金构成未填写：请列出子项目名称及预算金额，其合计应等于{total}。',
        en: 'The breakdown of this year\'s funding (sub-items) is empty: list each sub-item and its amount; they must add up to {total}.',
      },
    },
  },
  check(ctx) {
    const scale = ctx.form.amountScale;
    const required: FundingTerm[] = [];
    const terms = new Map<string, FundingTerm>();
    for (const f of ctx.profile.funding.fields) {
      if (!(f.key in ctx.form.funding)) continue;
      const t = fundingTerm(ctx, f.key);
      terms.set(f.key, t);
      if (f.required) required.push(t);
    }
    for (const t of subItemTerms(ctx)) {
      terms.set(t.key, t);
      required.push(t);
    }
    const derived = deriveBlanks(ctx, terms);

    for (const t of required) {
      if (isCellError(t.value) || !isBlank(t.value)) continue;
      const d = derived.get(t.key);
      const subject = `funding:${t.key}`;
      if (!d) {
        ctx.report({ messageId: 'blank', data: { label: t.label }, cell: t.cell, subject });
      } else if (d.kind === 'over') {
        ctx.report({
          messageId: 'blankOver',
          data: { label: t.label, total: d.total, over: showFen(d.over, scale) },
          cell: t.cell,
          subject,
        });
      } else {
        const value = cellNumber(d.fen, scale);
        ctx.report({
          messageId: d.messageId,
          data: { ...d.data, label: t.label, value: showFen(d.fen, scale) },
          cell: t.cell,
          expected: value,
          fix: t.cell
            ? {
                description: { zh: '填入 {value}', en: 'Fill in {value}' },
                edits: [{ cell: t.cell, value, numberFormat: '#,##0.00' }],
                safe: d.safe,
              }
            : undefined,
          subject,
        });
      }
    }

    if (ctx.profile.funding.subItems && ctx.profile.funding.sums.some((s) => s.addends.includes('subItems'))) {
      if (subItemTerms(ctx).length === 0) {
        const sum = ctx.profile.funding.sums.find((s) => s.addends.includes('subItems'));
        const total = sum ? fundingTerm(ctx, sum.total) : undefined;
        ctx.report({
          messageId: 'noSubItems',
          data: { total: total?.label ?? addendsLabel(ctx, ['subItems']) },
          related: total?.cell ? [{ role: 'total', cell: total.cell }] : undefined,
          subject: 'funding:subItems',
        });
      }
    }
  },
};

import { isCellError } from '../../model/snapshot';
import { cellText, isBlank, normaliseLabel } from '../../parse/text';
import type { HeaderField } from '../../profiles/schema';
import type { FormRule, RuleContext } from '../types';

/** The one option a value most plausibly means: it contains the value, or the value contains it. */
function closestOption(value: string, options: readonly string[]): string | null {
  const v = normaliseLabel(value);
  const hits = options.filter((o) => {
    const n = normaliseLabel(o);
    return v.length >= 2 && (n.includes(v) || v.includes(n));
  });
  return hits.length === 1 ? (hits[0] as string) : null;
}

function isOption(value: string, options: readonly string[]): boolean {
  const v = normaliseLabel(value);
  return options.some((o) => normaliseLabel(o) === v);
}

function checkEnum(ctx: RuleContext, field: HeaderField): void {
  const value = ctx.form.fields[field.key] ?? null;
  if (isCellError(value) || isBlank(value) || field.options.length === 0) return;
  const text = cellText(value).trim();
  if (isOption(text, field.options)) return;
  const cell = ctx.cells?.fields[field.key];
  const suggestion = closestOption(text, field.options);
  const data = { label: field.label, value: text, options: field.options.join('、'), suggestion: suggestion ?? '' };
  ctx.report({
    messageId: suggestion ? 'unknownSuggest' : 'unknown',
    data,
    cell,
    actual: text,
    fix:
      suggestion && cell
        ? { description: { zh: '改为「{suggestion}」', en: 'Change it to "{suggestion}"' }, edits: [{ cell, value: suggestion }], safe: false }
        : undefined,
    subject: `field:${field.key}`,
  });
}

function checkBoxes(ctx: RuleContext, field: HeaderField): void {
  const row = ctx.form.checks[field.key];
  // No row found means the reader could not see the boxes: nothing to judge here.
  if (!row) return;
  const cell = ctx.cells?.checks[field.key];
  const subject = `field:${field.key}`;
  const options = field.options.join('、');
  if (row.ticked.length === 0) {
    ctx.report({ messageId: 'noTick', data: { label: field.label, options }, cell, subject });
    return;
  }
  if (row.ticked.length > 1) {
    ctx.report({ messageId: 'severalTicks', data: { label: field.label, ticked: row.ticked.join('、') }, cell, subject });
    return;
  }
  const ticked = row.ticked[0] as string;
  if (field.options.length > 0 && !isOption(ticked, field.options))
    ctx.report({ messageId: 'unknown', data: { label: field.label, value: ticked, options }, cell, actual: ticked, subject });
}

/**
 * HDR-ENUM: a value outside the profile's options (项目性质, 项目类别), or a row of boxes with no tick
 * or several.
 */
export const hdrEnum: FormRule = {
  meta: {
    id: 'HDR-ENUM',
    severity: 'warning',
    fixable: true,
    docs: {
      zh: '项目性质、项目类别等取值不在规定选项内，或勾选框一项未勾、勾选多项。',
      en: 'A value outside the options (project nature, category), or a row of boxes with no tick or several.',
    },
    messages: {
      unknown: {
        zh: '「{label}」填的是「{value}」，不在规定选项内（{options}）。请从中选择一项。',
        en: '"{label}" reads "{value}", which is not one of the options ({options}). Choose one of them.',
      },
      unknownSuggest: {
        zh: '「{label}」填的是「{value}」，不在规定选项内，应为「{suggestion}」？（选项：{options}）',
        en: '"{label}" reads "{value}", which is not one of the options; did you mean "{suggestion}"? (options: {options})',
      },
      noTick: {
        zh: '「{label}」一项也未勾选。请勾选一项：{options}。',
        en: '"{label}": no box is ticked. Tick one of: {options}.',
      },
      severalTicks: {
        zh: '「{label}」勾选了多项（{ticked}）。只能勾选一项。',
        en: '"{label}": several boxes are ticked ({ticked}). Tick only one.',
      },
    },
  },
  check(ctx) {
    for (const field of ctx.profile.header) {
      if (field.kind === 'enum') checkEnum(ctx, field);
      else if (field.kind === 'checkbox') checkBoxes(ctx, field);
    }
  },
};

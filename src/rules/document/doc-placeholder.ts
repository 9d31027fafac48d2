import { isCellError } from '../../model/snapshot';
import { cellText } from '../../parse/text';
import type { FormRule } from '../types';
import { formCells } from './form-cells';
import { containsToken, excerpt, findPlaceholders, placeholderPrefilter } from './placeholders';

/**
 * DOC-PLACEHOLDER: template leftovers (`**`, `*`, `XX`, `××`, `…`) standing for a value or a name in a
 * filled form. One finding per cell. An ellipsis in free text is only info: it may be the author's "etc.".
 * Amount cells are left to FUND-NUMBER, which already says that `**` is not an amount.
 */
export const docPlaceholder: FormRule = {
  meta: {
    id: 'DOC-PLACEHOLDER',
    severity: 'error',
    fixable: false,
    docs: {
      zh: '已填写的表中残留模板占位符（**、*、XX、××、…），代替了数值或名称（如“购置**数量”）。',
      en: 'Template leftovers (**, *, XX, ××, …) standing for a value or a name in a filled form (e.g. 购置**数量).',
    },
    messages: {
      placeholder: {
        zh: '「{label}」中有模板占位符「{found}」：{text}。请填入实际内容。',
        en: '"{label}" still holds the template placeholder "{found}": {text}. Replace it with the actual content.',
      },
      ellipsis: {
        zh: '「{label}」中有省略号「{found}」：{text}。若是未写完的内容，请补全。',
        en: '"{label}" contains an ellipsis "{found}": {text}. If something was left unwritten, complete it.',
      },
    },
  },
  check(ctx) {
    const tokens = ctx.profile.vocab['placeholders'] ?? [];
    if (tokens.length === 0) return;
    const mayHold = placeholderPrefilter(tokens);
    const holdsToken = containsToken(tokens);
    const cells = formCells(
      ctx,
      (v) => typeof v === 'string' && mayHold(v),
      (v) => typeof v === 'string' && holdsToken(v),
    );
    for (const c of cells) {
      if (c.part === 'funding' || (c.part === 'subItem' && c.subject.startsWith('funding:'))) continue;
      if (isCellError(c.value) || typeof c.value !== 'string') continue;
      const text = cellText(c.value);
      const hits = findPlaceholders(text, tokens, c.prose);
      if (hits.length === 0) continue;
      const hard = hits.filter((h) => !h.soft);
      const shown = hard.length > 0 ? hard : hits;
      const first = shown[0];
      if (!first) continue;
      ctx.report({
        messageId: hard.length > 0 ? 'placeholder' : 'ellipsis',
        severity: hard.length > 0 ? undefined : 'info',
        data: {
          label: c.label,
          found: [...new Set(shown.map((h) => h.fragment))].join('」「'),
          text: excerpt(text, first.index),
        },
        cell: c.cell,
        indicatorIndex: c.indicatorIndex,
        actual: c.value,
        subject: c.subject,
      });
    }
  },
};

import { isCellError } from '../../model/snapshot';
import { isBlank } from '../../parse/text';
import type { FormRule } from '../types';

/**
 * HDR-REQUIRED: a header field the profile requires is blank. Checkbox rows are HDR-ENUM's business
 * (nothing ticked is an answer outside the options), formula errors DOC-FORMULA-ERROR's.
 */
export const hdrRequired: FormRule = {
  meta: {
    id: 'HDR-REQUIRED',
    severity: 'error',
    fixable: false,
    docs: {
      zh: '必填的表头项目为空（哪些必填由表样决定）。',
      en: 'A required header field is blank (which ones: per form profile).',
    },
    messages: {
      blank: {
        zh: '「{label}」未填写。此项为必填，请补充。',
        en: '"{label}" is blank. It is required; please fill it in.',
      },
      missing: {
        zh: '表中找不到「{label}」一栏。此项为必填：请按标准表样加上该栏并填写。',
        en: 'The form has no "{label}" row. It is required: add it as in the standard form and fill it in.',
      },
    },
  },
  check(ctx) {
    for (const field of ctx.profile.header) {
      if (!field.required || field.kind === 'checkbox') continue;
      const value = ctx.form.fields[field.key] ?? null;
      if (isCellError(value) || !isBlank(value)) continue;
      // Read from a sheet, a key the reader did not fill means the label was not found, not a blank cell.
      const missing = ctx.cells !== null && !(field.key in ctx.form.fields);
      ctx.report({
        messageId: missing ? 'missing' : 'blank',
        data: { label: field.label },
        cell: ctx.cells?.fields[field.key],
        subject: `field:${field.key}`,
      });
    }
  },
};

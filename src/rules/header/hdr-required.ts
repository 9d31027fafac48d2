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
    },
  },
  check(ctx) {
    for (const field of ctx.profile.header) {
      if (!field.required || field.kind === 'checkbox') continue;
      const value = ctx.form.fields[field.key] ?? null;
      if (isCellError(value) || !isBlank(value)) continue;
      ctx.report({
        messageId: 'blank',
        data: { label: field.label },
        cell: ctx.cells?.fields[field.key],
        subject: `field:${field.key}`,
      });
    }
  },
};

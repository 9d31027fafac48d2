import { isBlank, normaliseLabel } from '../../parse/text';
import type { Profile } from '../../profiles';
import type { FormRule } from '../types';
import { cellOf, indicatorSubject, stem } from './rows';

/** Stems of every category name of the profile and of the generic-name list. */
function categoryStems(profile: Profile): Set<string> {
  const out = new Set<string>();
  for (const l1 of profile.indicators.tree) {
    for (const n of [l1.name, ...l1.synonyms]) out.add(stem(profile, n));
    for (const l2 of l1.children) for (const n of [l2.name, ...l2.synonyms]) out.add(stem(profile, n));
  }
  for (const n of profile.vocab['genericNames'] ?? []) out.add(stem(profile, n));
  out.delete('');
  return out;
}

export const indNameGeneric: FormRule = {
  meta: {
    id: 'IND-NAME-GENERIC',
    severity: 'warning',
    fixable: false,
    docs: {
      zh: '指标名称只是分类名（如可持续影响指标下的「可持续影响」），没有说明衡量什么。',
      en: 'An indicator named after a category (e.g. "可持续影响" under 可持续影响指标), saying nothing about what it measures.',
    },
    messages: {
      generic: {
        zh: '指标名称「{name}」只是分类名，没有说明衡量什么：请写出具体的衡量对象和口径（如「服务企业满意度」「企业问题解决率」）。',
        en: 'Indicator name "{name}" is only a category name and does not say what is measured: name the thing measured (e.g. "服务企业满意度", "企业问题解决率").',
      },
    },
  },
  check(ctx) {
    const stems = categoryStems(ctx.profile);
    ctx.form.indicators.forEach((ind, i) => {
      if (isBlank(ind.name)) return;
      const n = normaliseLabel(ind.name);
      if (!stems.has(n) && !stems.has(stem(ctx.profile, n))) return;
      const cell = cellOf(ctx, i, 'name');
      ctx.report({
        messageId: 'generic',
        data: { name: ind.name, level2: ind.level2 },
        ...(cell ? { cell } : {}),
        indicatorIndex: i,
        subject: indicatorSubject(ind),
      });
    });
  },
};

import { isBlank } from '../../parse/text';
import { indicatorFacts } from '../facts';
import type { Profile } from '../../profiles';
import type { GroupRole } from '../../profiles/schema';
import type { FormRule } from '../types';
import { cellOf, indicatorSubject, stem } from './rows';

/**
 * Stems of every category name of the profile and of the generic-name list, with the role of the
 * level-2 they name (null for level-1 names and the generic list).
 */
function categoryStems(profile: Profile): Map<string, GroupRole | null> {
  const out = new Map<string, GroupRole | null>();
  for (const n of profile.vocab['genericNames'] ?? []) out.set(stem(profile, n), null);
  for (const l1 of profile.indicators.tree) {
    for (const n of [l1.name, ...l1.synonyms]) if (!out.has(stem(profile, n))) out.set(stem(profile, n), null);
    for (const l2 of l1.children)
      for (const n of [l2.name, ...l2.synonyms]) if (!out.has(stem(profile, n))) out.set(stem(profile, n), l2.role);
  }
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
      satisfactionSubject: {
        zh: '指标名称「{name}」沿用了分类名：建议写明是谁的满意度（如「参训学员满意度」「服务企业满意度」）。',
        en: 'Indicator name "{name}" repeats the category name: say whose satisfaction is measured (e.g. "参训学员满意度", "服务企业满意度").',
      },
    },
  },
  check(ctx) {
    const stems = categoryStems(ctx.profile);
    for (const { index: i, indicator: ind, name: n } of indicatorFacts(ctx.form, ctx.profile)) {
      if (isBlank(ind.name)) continue;
      const key = stems.has(n) ? n : stem(ctx.profile, n);
      if (!stems.has(key)) continue;
      // 服务对象满意度 does say what is measured, only not whose: common on filed forms, so a hint.
      const satisfaction = stems.get(key) === 'satisfaction';
      const cell = cellOf(ctx, i, 'name');
      ctx.report({
        messageId: satisfaction ? 'satisfactionSubject' : 'generic',
        data: { name: ind.name, level2: ind.level2 },
        ...(satisfaction ? { severity: 'info' as const } : {}),
        ...(cell ? { cell } : {}),
        indicatorIndex: i,
        subject: indicatorSubject(ind),
      });
    }
  },
};

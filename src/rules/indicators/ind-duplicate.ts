import { isBlank } from '../../parse/text';
import { indicatorFacts } from '../facts';
import type { FormRule } from '../types';
import { cellOf, indicatorSubject } from './rows';

export const indDuplicate: FormRule = {
  meta: {
    id: 'IND-DUPLICATE',
    severity: 'warning',
    fixable: false,
    docs: {
      zh: '同一张表中出现两个同名指标（忽略空格、换行和全半角差异）。',
      en: 'The same indicator name twice in one form (ignoring spaces, line breaks and full/half width).',
    },
    messages: {
      duplicate: {
        zh: '指标「{name}」在本表中出现 {count} 次（另见 {others}）：请合并，或改名以区分各自衡量的内容。',
        en: 'Indicator "{name}" appears {count} times in this form (see also {others}): merge them or rename them to say what each measures.',
      },
    },
  },
  check(ctx) {
    // A name seen once keeps its row number; a list is made only for a name that comes again.
    const byName = new Map<string, number | number[]>();
    for (const { index: i, indicator: ind, name: key } of indicatorFacts(ctx.form, ctx.profile)) {
      if (isBlank(ind.name)) continue;
      const seen = byName.get(key);
      if (seen === undefined) byName.set(key, i);
      else if (typeof seen === 'number') byName.set(key, [seen, i]);
      else seen.push(i);
    }
    for (const rows of byName.values()) {
      if (typeof rows === 'number') continue;
      const [first, second] = rows;
      if (first === undefined || second === undefined) continue;
      const ind = ctx.form.indicators[second];
      if (!ind) continue;
      // One finding per name, at its second occurrence; every other occurrence is related.
      const related = rows
        .filter((i) => i !== second)
        .map((i) => cellOf(ctx, i, 'name'))
        .filter((c): c is NonNullable<typeof c> => c !== undefined)
        .map((cell) => ({ role: 'duplicate', cell }));
      const others = rows
        .filter((i) => i !== second)
        .map((i) => {
          const c = cellOf(ctx, i, 'name');
          const o = ctx.form.indicators[i];
          if (c) return ctx.locale === 'en' ? `row ${c.row}` : `第 ${c.row} 行`;
          return o ? `${o.level2}` : '';
        })
        .join(ctx.locale === 'en' ? ', ' : '、');
      const cell = cellOf(ctx, second, 'name');
      ctx.report({
        messageId: 'duplicate',
        data: { name: ind.name, count: rows.length, others },
        ...(cell ? { cell } : {}),
        related,
        indicatorIndex: second,
        subject: `duplicate:${indicatorSubject(ind)}`,
      });
    }
  },
};

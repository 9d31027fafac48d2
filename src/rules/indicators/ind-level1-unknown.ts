import { PROFILES, type Profile } from '../../profiles';
import { findLevel1, level1sOf } from '../../profiles/tree';
import { isBlank, normaliseLabel } from '../../parse/text';
import type { FormRule, RuleContext } from '../types';
import { cellOf, cellsOwnedBy, distinctCells, groupRelated, indicatorSubject, joinNames, level1ByStem, memo, rowsNote, runs } from './rows';

/**
 * The level-1 a group of rows should carry: the one their level-2 names all belong to, else the one whose
 * name has the same stem (产出目标 → 产出指标). 'stem' tells the caller the writing, not the meaning, is off.
 */
function suggestion(profile: Profile, written: string, level2s: readonly string[]): { name: string; how: 'level2' | 'stem' } | null {
  const owners = new Set<string>();
  for (const l2 of level2s) {
    const of = level1sOf(profile, l2);
    if (of.length !== 1 || !of[0]) return stemOnly();
    owners.add(of[0].name);
  }
  const only = [...owners];
  if (only.length === 1 && only[0]) return { name: only[0], how: 'level2' };
  return stemOnly();

  function stemOnly(): { name: string; how: 'stem' } | null {
    if (isBlank(written)) return null;
    const l1 = level1ByStem(profile, written);
    return l1 ? { name: l1.name, how: 'stem' } : null;
  }
}

export const indLevel1Unknown: FormRule = {
  meta: {
    id: 'IND-LEVEL1-UNKNOWN',
    severity: 'error',
    fixable: true,
    docs: {
      zh: '一级指标名称不在本表式的指标体系内（已考虑同义写法、空格和换行）。',
      en: 'A level-1 indicator name the form generation does not know (after synonyms, spaces and line breaks).',
    },
    messages: {
      unknown: {
        zh: '一级指标「{written}」不在本表的指标体系内{rows}{note}。本表的一级指标是：{known}。',
        en: 'Level-1 indicator "{written}" is not in this form\'s indicator tree{rows}{note}. Its level-1 indicators are: {known}.',
      },
      suggest: {
        zh: '一级指标「{written}」不在本表的指标体系内{rows}{note}；{why}，应为「{suggested}」。',
        en: 'Level-1 indicator "{written}" is not in this form\'s indicator tree{rows}{note}; {why}, so it should be "{suggested}".',
      },
      blank: {
        zh: '一级指标为空{rows}。本表的一级指标是：{known}。',
        en: 'The level-1 indicator is blank{rows}. This form\'s level-1 indicators are: {known}.',
      },
      blankSuggest: {
        zh: '一级指标为空{rows}；其二级指标属于「{suggested}」，请填写「{suggested}」。',
        en: 'The level-1 indicator is blank{rows}; its level-2 indicators belong to "{suggested}": write "{suggested}".',
      },
    },
  },
  check(ctx: RuleContext) {
    const { profile, form } = ctx;
    const known1 = memo((text) => findLevel1(profile, text) !== undefined);
    const groups = runs(form.indicators, (ind) => (known1(ind.level1) ? null : normaliseLabel(ind.level1)));
    const known = joinNames(
      profile.indicators.tree.map((l) => l.name),
      ctx.locale,
    );
    for (const rows of groups) {
      const first = rows[0];
      if (first === undefined) continue;
      const ind = form.indicators[first];
      if (!ind) continue;
      const blank = isBlank(ind.level1);
      const level2s = rows.map((i) => form.indicators[i]?.level2 ?? '').filter((s) => !isBlank(s));
      const s = suggestion(profile, ind.level1, level2s);
      const why =
        s?.how === 'level2'
          ? ctx.locale === 'en'
            ? `its level-2 indicators (${joinNames([...new Set(level2s)], ctx.locale)}) belong to "${s.name}"`
            : `其二级指标（${joinNames([...new Set(level2s)], ctx.locale)}）属于「${s.name}」`
          : ctx.locale === 'en'
            ? 'it is the same category written the other way'
            : '这是同一类别的另一种写法';
      // A level-1 of another form generation (满意度指标 in a sh-2019 form) is a mix-up of templates, not nonsense.
      const other = blank ? undefined : PROFILES.find((p) => p.id !== profile.id && findLevel1(p, ind.level1));
      const note = other ? (ctx.locale === 'en' ? `, a level-1 of the ${other.id} form` : `，是 ${other.id} 表式的一级指标`) : '';
      const cell = cellOf(ctx, first, 'level1');
      const canFix = s !== null && cellsOwnedBy(ctx, rows, 'level1');
      ctx.report({
        messageId: blank ? (s ? 'blankSuggest' : 'blank') : s ? 'suggest' : 'unknown',
        data: {
          written: ind.level1,
          count: rows.length,
          rows: rowsNote(ctx.locale, rows.length),
          known,
          suggested: s?.name ?? '',
          why,
          note,
        },
        // A different spelling of a known category, or another generation's level-1, is a slip a reviewer asks about.
        ...(s?.how === 'stem' || other ? { severity: 'warning' as const } : {}),
        ...(cell ? { cell } : {}),
        related: groupRelated(ctx, rows),
        indicatorIndex: first,
        actual: ind.level1,
        ...(s ? { expected: s.name } : {}),
        ...(canFix && s
          ? {
              fix: {
                description: { zh: '将一级指标改为「{suggested}」', en: 'Change the level-1 indicator to "{suggested}"' },
                edits: distinctCells(ctx, rows, 'level1').map((c) => ({ cell: c, value: s.name })),
                safe: false,
              },
            }
          : {}),
        subject: `level1:${normaliseLabel(ind.level1)}|${indicatorSubject(ind)}`,
      });
    }
  },
};

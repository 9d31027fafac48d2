import type { CellRef, Indicator } from '../../model/form';
import type { Profile } from '../../profiles';
import type { Level1 } from '../../profiles/schema';
import { findLevel1, findLevel2, level1sOf } from '../../profiles/tree';
import type { FormRule } from '../types';
import { cellOf, joinNames, level2sByStem, memo, memo2 } from './rows';

/** The level-1 a row sits under: its own when known, else the one its level-2 belongs to (a misfiled row still counts). */
function level1Of(profile: Profile, ind: Indicator): Level1 | undefined {
  const own = findLevel1(profile, ind.level1);
  if (own) return own;
  const owners = level1sOf(profile, ind.level2);
  return owners.length === 1 ? owners[0] : undefined;
}

/** The canonical level-2 name a row carries, looked up under every level-1 (misfiling is IND-LEVEL2-UNKNOWN's). */
function level2Of(profile: Profile, ind: Indicator): string | undefined {
  const own = findLevel1(profile, ind.level1);
  const under = own ? findLevel2(profile, own, ind.level2) : undefined;
  if (under) return under.name;
  for (const l1 of profile.indicators.tree) {
    const l2 = findLevel2(profile, l1, ind.level2);
    if (l2) return l2.name;
  }
  // 数量目标 in a sh-2024 form is 数量指标 misspelt (IND-LEVEL2-UNKNOWN says so), not a missing group.
  const byStem = level2sByStem(profile, ind.level2);
  return (byStem.find((x) => x.level1.name === own?.name) ?? byStem[0])?.level2;
}

export const indRequired: FormRule = {
  meta: {
    id: 'IND-REQUIRED',
    severity: 'warning',
    fixable: false,
    docs: {
      zh: '缺少必填的指标类别：产出、效益、满意度指标都须有指标行，产出指标下须有数量、质量、时效指标（按表式配置）。',
      en: 'A required indicator group is missing: output, benefit and satisfaction must each have rows; output needs quantity, quality and timeliness (per form generation).',
    },
    messages: {
      level1: {
        zh: '缺少一级指标「{level1}」：指标表中没有它的任何行。请在指标表中新增「{level1}」，下设{children}。',
        en: 'Level-1 group "{level1}" is missing: the indicator table has no row under it. Add "{level1}" rows with {children}.',
      },
      level2: {
        zh: '一级指标「{level1}」下缺少二级指标「{level2}」。请{where}新增至少一行「{level2}」指标。',
        en: 'Level-2 group "{level2}" is missing under "{level1}". Add at least one "{level2}" indicator {where}.',
      },
    },
  },
  check(ctx) {
    const { profile, form } = ctx;
    // An empty table is IND-TABLE's: listing every missing group on top of it is noise.
    if (form.indicators.length === 0) return;
    const rowsOf1 = new Map<string, number[]>();
    const rowsOf2 = new Map<string, number[]>();
    const add = (m: Map<string, number[]>, key: string, i: number): void => {
      const list = m.get(key);
      if (list) list.push(i);
      else m.set(key, [i]);
    };
    const owners = memo((level2) => level1sOf(profile, level2));
    // Where a row counts, worked out once per level-1 and level-2 spelling: the level-1 it sits under,
    // and the level-1/level-2 pairs it stands for.
    const countsAs = memo2((level1, level2) => {
      const ind = { level1, level2, name: '', value: null };
      const l1 = level1Of(profile, ind);
      const l2 = level2Of(profile, ind);
      const pairs: string[] = [];
      if (l1 && l2) pairs.push(`${l1.name}/${l2}`);
      // A level-2 filed under a wrong level-1 still exists: count it under its own level-1 too.
      for (const owner of owners(level2)) if (l2 && owner.name !== l1?.name) pairs.push(`${owner.name}/${l2}`);
      return { level1: l1?.name, pairs };
    });
    form.indicators.forEach((ind, i) => {
      const { level1, pairs } = countsAs(ind.level1, ind.level2);
      if (level1 !== undefined) add(rowsOf1, level1, i);
      for (const pair of pairs) add(rowsOf2, pair, i);
    });
    const table = ctx.cells?.indicatorTable;
    const headerCell: CellRef | undefined =
      ctx.cells && table ? { sheet: ctx.cells.sheet, row: table.headerRow, col: table.cols.level1 } : undefined;

    for (const req of profile.indicators.required) {
      const l1 = findLevel1(profile, req.level1);
      if (!l1) continue;
      const l1Rows = rowsOf1.get(l1.name) ?? [];
      if (!req.level2) {
        if (l1Rows.length > 0) continue;
        const requiredChildren = profile.indicators.required
          .filter((r) => findLevel1(profile, r.level1)?.name === l1.name)
          .map((r) => r.level2)
          .filter((n): n is string => n !== undefined);
        const names = joinNames(requiredChildren.length > 0 ? requiredChildren : l1.children.map((c) => c.name), ctx.locale);
        const children =
          requiredChildren.length > 0 || l1.children.length === 1
            ? ctx.locale === 'en'
              ? names
              : `「${names}」`
            : ctx.locale === 'en'
              ? `the level-2 groups that apply (${names})`
              : `适用的二级指标（${names}）`;
        ctx.report({
          messageId: 'level1',
          data: { level1: l1.name, children },
          ...(headerCell ? { cell: headerCell } : {}),
          subject: `group:${l1.name}`,
        });
        continue;
      }
      // A missing level-1 was reported once above; its missing children would only repeat it.
      if (l1Rows.length === 0) continue;
      const l2 = findLevel2(profile, l1, req.level2);
      if (!l2 || (rowsOf2.get(`${l1.name}/${l2.name}`) ?? []).length > 0) continue;
      // Where it goes: after the nearest earlier sibling that has rows, else before the level-1's first row.
      const order = l1.children.map((c) => c.name);
      const at = order.indexOf(l2.name);
      let after: number[] | undefined;
      let previous = '';
      for (let k = at - 1; k >= 0 && !after; k--) {
        const rows = rowsOf2.get(`${l1.name}/${order[k] ?? ''}`);
        if (rows && rows.length > 0) {
          after = rows;
          previous = order[k] ?? '';
        }
      }
      const anchor = after ? after[after.length - 1] : l1Rows[0];
      const anchorRow = anchor !== undefined ? cellOf(ctx, anchor, 'name')?.row : undefined;
      let where: string;
      if (anchorRow === undefined) where = ctx.locale === 'en' ? `under "${l1.name}"` : `在「${l1.name}」下`;
      else if (after)
        where =
          ctx.locale === 'en'
            ? `after row ${anchorRow}, the last row of "${previous}"`
            : `在「${previous}」的最后一行（第 ${anchorRow} 行）之后`;
      else where = ctx.locale === 'en' ? `before row ${anchorRow}, under "${l1.name}"` : `在第 ${anchorRow} 行之前、「${l1.name}」下`;
      const cell = anchor !== undefined ? cellOf(ctx, anchor, 'level2') : undefined;
      ctx.report({
        messageId: 'level2',
        data: { level1: l1.name, level2: l2.name, where },
        ...(cell ? { cell } : headerCell ? { cell: headerCell } : {}),
        subject: `group:${l1.name}/${l2.name}`,
      });
    }
  },
};

import type { Profile } from '../../profiles';
import type { Level1 } from '../../profiles/schema';
import { findLevel1, findLevel2, level1sOf } from '../../profiles/tree';
import { isBlank, normaliseLabel } from '../../parse/text';
import type { FormRule, RuleContext } from '../types';
import { cellOf, cellsOwnedBy, distinctCells, groupRelated, indicatorSubject, joinNames, level2sByStem, memo2, rowsNote, runs, stem } from './rows';

type Diagnosis =
  /** The level-2 exists, under other level-1s. */
  | { kind: 'elsewhere'; owners: string[]; level2: string }
  /** The level-2 is this level-1's own, written another way (数量目标 in a sh-2024 form). */
  | { kind: 'variant'; level2: string }
  | { kind: 'blank'; only: string | null }
  | { kind: 'unknown' };

function diagnose(profile: Profile, level1: Level1, written: string): Diagnosis {
  if (isBlank(written)) {
    const only = level1.children.length === 1 ? (level1.children[0]?.name ?? null) : null;
    return { kind: 'blank', only };
  }
  const exact = level1sOf(profile, written).filter((l) => l.name !== level1.name);
  if (exact.length > 0) {
    const n = normaliseLabel(written);
    const canonical =
      exact[0]?.children.find((c) => [c.name, ...c.synonyms].some((s) => normaliseLabel(s) === n))?.name ?? written;
    return { kind: 'elsewhere', owners: exact.map((l) => l.name), level2: canonical };
  }
  const byStem = level2sByStem(profile, written);
  const own = byStem.find((x) => x.level1.name === level1.name);
  if (own) return { kind: 'variant', level2: own.level2 };
  if (byStem.length > 0) {
    const first = byStem[0];
    if (first) return { kind: 'elsewhere', owners: [...new Set(byStem.map((x) => x.level1.name))], level2: first.level2 };
  }
  return { kind: 'unknown' };
}

export const indLevel2Unknown: FormRule = {
  meta: {
    id: 'IND-LEVEL2-UNKNOWN',
    severity: 'error',
    fixable: true,
    docs: {
      zh: '二级指标不属于其一级指标；若它属于另一个一级指标，指出是哪一个。',
      en: 'A level-2 indicator that does not belong to its level-1; where it belongs to another level-1, say which.',
    },
    messages: {
      elsewhere: {
        zh: '二级指标「{written}」不属于一级指标「{level1}」，它属于「{owners}」{rows}。请把一级指标改为「{owners}」，或把这些行移到「{owners}」下。',
        en: 'Level-2 indicator "{written}" does not belong to level-1 "{level1}"; it belongs to "{owners}"{rows}. Change the level-1 to "{owners}" or move these rows under it.',
      },
      variant: {
        zh: '二级指标「{written}」在本表中写作「{suggested}」{rows}。',
        en: 'Level-2 indicator "{written}" is written "{suggested}" in this form{rows}.',
      },
      blank: {
        zh: '一级指标「{level1}」下的二级指标为空{rows}。可选：{children}。',
        en: 'The level-2 indicator under "{level1}" is blank{rows}. Choose one of: {children}.',
      },
      unknown: {
        zh: '二级指标「{written}」不在一级指标「{level1}」之下{rows}。「{level1}」下的二级指标是：{children}。',
        en: 'Level-2 indicator "{written}" is not under level-1 "{level1}"{rows}. The level-2 indicators of "{level1}" are: {children}.',
      },
    },
  },
  check(ctx: RuleContext) {
    const { profile, form } = ctx;
    // Rows with an unknown level-1 are IND-LEVEL1-UNKNOWN's; a run is one level-1 + level-2 spelling.
    const misfiled = memo2((level1, level2) => {
      const l1 = findLevel1(profile, level1);
      if (!l1 || findLevel2(profile, l1, level2)) return null;
      return `${l1.name}\u0000${normaliseLabel(level2)}`;
    });
    const groups = runs(form.indicators, (ind) => misfiled(ind.level1, ind.level2));
    for (const rows of groups) {
      const first = rows[0];
      if (first === undefined) continue;
      const ind = form.indicators[first];
      const level1 = ind ? findLevel1(profile, ind.level1) : undefined;
      if (!ind || !level1) continue;
      const d = diagnose(profile, level1, ind.level2);
      const children = joinNames(
        level1.children.map((c) => c.name),
        ctx.locale,
      );
      const data = {
        written: ind.level2,
        level1: level1.name,
        count: rows.length,
        rows: rowsNote(ctx.locale, rows.length),
        children,
        owners: d.kind === 'elsewhere' ? joinNames(d.owners, ctx.locale) : '',
        suggested: d.kind === 'variant' ? d.level2 : d.kind === 'blank' ? (d.only ?? '') : '',
      };
      // Fixes: the level-1 when the level-2 unambiguously lives elsewhere; the level-2 when only its spelling is off.
      let fix: { part: 'level1' | 'level2'; value: string; zh: string; en: string } | null = null;
      if (d.kind === 'elsewhere' && d.owners.length === 1 && d.owners[0])
        fix = { part: 'level1', value: d.owners[0], zh: '将一级指标改为「{owners}」', en: 'Change the level-1 indicator to "{owners}"' };
      else if (d.kind === 'variant' || (d.kind === 'blank' && d.only))
        fix = { part: 'level2', value: data.suggested, zh: '将二级指标改为「{suggested}」', en: 'Change the level-2 indicator to "{suggested}"' };
      const canFix = fix !== null && cellsOwnedBy(ctx, rows, fix.part);
      const cell = cellOf(ctx, first, 'level2');
      const level1Cell = cellOf(ctx, first, 'level1');
      ctx.report({
        messageId: d.kind,
        data,
        // Another spelling of this level-1's own group is a slip, not a structural error.
        ...(d.kind === 'variant' ? { severity: 'warning' as const } : {}),
        ...(cell ? { cell } : {}),
        related: [
          ...(level1Cell ? [{ role: 'level1', cell: level1Cell }] : []),
          ...groupRelated(ctx, rows),
        ],
        indicatorIndex: first,
        actual: ind.level2,
        ...(d.kind === 'variant' ? { expected: d.level2 } : {}),
        ...(fix && canFix
          ? {
              fix: {
                description: { zh: fix.zh, en: fix.en },
                edits: distinctCells(ctx, rows, fix.part).map((c) => ({ cell: c, value: fix.value })),
                safe: false,
              },
            }
          : {}),
        subject: `level2:${normaliseLabel(level1.name)}/${stem(profile, ind.level2)}|${indicatorSubject(ind)}`,
      });
    }
  },
};

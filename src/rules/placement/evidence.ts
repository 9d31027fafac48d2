import type { CellRef, Indicator } from '../../model/form';
import { cellText } from '../../parse/text';
import type { GroupRole } from '../../profiles/schema';
import { classifyRead, placementFor, placementLabel, type Meaning, type Measure } from '../meaning';
import type { Locale, RuleContext } from '../types';
import { indicatorFacts, type IndicatorFacts } from '../facts';
import { cellOf, indicatorSubject } from '../indicators/rows';

const MEASURE_NAME: Record<Measure, { zh: string; en: string }> = {
  rate: { zh: '比率', en: 'a rate' },
  count: { zh: '计数', en: 'a count' },
  duration: { zh: '时长', en: 'a duration' },
  frequency: { zh: '频次', en: 'a frequency' },
  deadline: { zh: '完成时限', en: 'a deadline' },
  amount: { zh: '金额', en: 'an amount of money' },
  quantity: { zh: '数量', en: 'a quantity' },
  qualitative: { zh: '文字描述', en: 'words' },
  empty: { zh: '空值', en: 'blank' },
};

export function measureName(m: Measure, locale: Locale): string {
  return MEASURE_NAME[m][locale === 'en' ? 'en' : 'zh'];
}

/** Why a rule read the row as it did: the word of the name, and what the value is (with its unit). */
export function evidence(locale: Locale, keyword: string | null, m: Meaning): string {
  const parts: string[] = [];
  if (keyword) parts.push(locale === 'en' ? `the name contains "${keyword}"` : `名称含「${keyword}」`);
  if (m.measure !== 'qualitative' && m.measure !== 'empty') {
    const kind = measureName(m.measure, locale);
    if (locale === 'en') parts.push(m.unit ? `the value is ${kind} in "${m.unit}"` : `the value is ${kind}`);
    else parts.push(m.unit ? `指标值是单位为「${m.unit}」的${kind}` : `指标值是${kind}`);
  }
  return parts.join(locale === 'en' ? '; ' : '，');
}

/** 「产出指标 / 数量指标」, or words that send the user to choose when the profile has no such group. */
export function targetLabel(ctx: RuleContext, meaning: string): string {
  const p = placementFor(ctx.profile, meaning);
  if (p) return placementLabel(p);
  return ctx.locale === 'en' ? 'the level-2 group that fits its meaning' : '与其含义相符的二级指标';
}

export interface PlacedRow {
  index: number;
  ind: Indicator;
  role: GroupRole;
  meaning: Meaning;
}

/**
 * The three placement rules read the same rows: classified once per form and profile. The shared
 * indicator facts come back as a new array when a row was edited in place, and the rows follow.
 */
const classified = new WeakMap<readonly IndicatorFacts[], { profile: RuleContext['profile']; rows: PlacedRow[] }>();

/** Rows whose group the profile knows (others are the structure rules' business), classified once. */
export function placedRows(ctx: RuleContext): PlacedRow[] {
  const facts = indicatorFacts(ctx.form, ctx.profile);
  const hit = classified.get(facts);
  if (hit && hit.profile === ctx.profile) return hit.rows;
  const rows: PlacedRow[] = [];
  for (const f of facts) {
    if (!f.role) continue;
    rows.push({ index: f.index, ind: f.indicator, role: f.role, meaning: classifyRead(ctx.profile, f.name, f.target) });
  }
  classified.set(facts, { profile: ctx.profile, rows });
  return rows;
}

/** The common part of a placement report: at the name, the group cell related, stable subject. */
export function rowReport(ctx: RuleContext, row: PlacedRow): {
  cell?: CellRef;
  related: { role: string; cell: CellRef }[];
  indicatorIndex: number;
  actual: string;
  subject: string;
} {
  const cell = cellOf(ctx, row.index, 'name');
  const group = cellOf(ctx, row.index, 'level2');
  return {
    ...(cell ? { cell } : {}),
    related: group ? [{ role: 'group', cell: group }] : [],
    indicatorIndex: row.index,
    actual: cellText(row.ind.value),
    subject: indicatorSubject(row.ind),
  };
}

export function currentLabel(ind: Indicator): string {
  return `${ind.level1} / ${ind.level2}`;
}

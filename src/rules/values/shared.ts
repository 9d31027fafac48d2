import type { CellRef, Indicator } from '../../model/form';
import { serialToYMD, ymdToSerial } from '../../parse/date';
import { cellText } from '../../parse/text';
import type { Target, YMD } from '../../parse/types';
import type { GroupRole } from '../../profiles/schema';
import { indicatorFacts, targetOfText, type IndicatorFacts } from '../facts';
import type { RuleContext } from '../types';
import { containsAny, endsWithAnyOf, endsWithHeadAndTail } from '../wordlists';

/** One indicator row as the value rules see it. */
export interface ValueRow {
  index: number;
  indicator: Indicator;
  /** The name without spaces, line breaks or full-width brackets. */
  name: string;
  /** The value as written, for messages. */
  text: string;
  target: Target;
  /**
   * The number is still a template placeholder (`≥**(次)`, `**月**日前`): DOC-PLACEHOLDER asks for it. The row is
   * read with the placeholder standing for a number, so its shape (comparator, unit) can still be judged,
   * but nothing that depends on the number itself is.
   */
  pending: boolean;
  role: GroupRole | null;
  /** The value cell, when the form has cells. */
  cell: CellRef | undefined;
  subject: string;
}

interface Cached {
  profile: RuleContext['profile'];
  cells: RuleContext['cells'];
  rows: ValueRow[];
}

/**
 * The seven value rules read the same rows: built once per form, profile and cell map from the facts
 * all rules share. Those come back as a new array when a row was edited in place (a fix applied to
 * the model), and the rows are built again.
 */
const cache = new WeakMap<readonly IndicatorFacts[], Cached>();

export function valueRows(ctx: RuleContext): ValueRow[] {
  const facts = indicatorFacts(ctx.form, ctx.profile);
  const hit = cache.get(facts);
  if (hit && hit.profile === ctx.profile && hit.cells === ctx.cells) return hit.rows;
  const rows = readRows(ctx, facts);
  cache.set(facts, { profile: ctx.profile, cells: ctx.cells, rows });
  return rows;
}

/** A run of stars or crosses standing for a number in a template value. */
const PLACEHOLDER_NUMBER = /[*＊]{2,}|[xX×]{2,}/;
const PLACEHOLDER_NUMBERS = new RegExp(PLACEHOLDER_NUMBER.source, 'g');

function readRows(ctx: RuleContext, facts: readonly IndicatorFacts[]): ValueRow[] {
  return facts.map((f) => {
    const { index, indicator } = f;
    const value = indicator.value;
    const pending = typeof value === 'string' && PLACEHOLDER_NUMBER.test(value);
    return {
      target: pending ? targetOfText(ctx.form, ctx.profile, value.replace(PLACEHOLDER_NUMBERS, '1')) : f.target,
      pending,
      index,
      indicator,
      name: f.name,
      text: cellText(value).trim(),
      role: f.role,
      cell: ctx.cells?.indicators[index]?.value,
      subject: `indicator:${indicator.level2}/${indicator.name}`,
    };
  });
}

export function words(ctx: RuleContext, list: string): readonly string[] {
  return listsOf(ctx.profile.vocab).get(list) ?? NO_WORDS;
}

const NO_WORDS: readonly string[] = Object.freeze([]);

/**
 * The vocab as a map, for the last vocab asked about: the value rules ask for a list by name several
 * times per row, and a map lookup is cheaper than a property lookup by a name that varies.
 */
let lastVocab: RuleContext['profile']['vocab'] | null = null;
let lastLists = new Map<string, readonly string[]>();

function listsOf(vocab: RuleContext['profile']['vocab']): Map<string, readonly string[]> {
  if (vocab !== lastVocab) {
    lastLists = new Map(Object.entries(vocab));
    lastVocab = vocab;
  }
  return lastLists;
}

export function hasAny(name: string, list: readonly string[]): boolean {
  return containsAny(name, list);
}

export function endsWithAny(name: string, list: readonly string[]): boolean {
  return endsWithAnyOf(name, list);
}

/** A satisfaction by its name (not by its group: 故障修复响应时间 may sit under 满意度 and is no satisfaction). */
export function isSatisfaction(ctx: RuleContext, name: string): boolean {
  return hasAny(name, words(ctx, 'valueSatisfaction')) && !hasAny(name, words(ctx, 'valueSatisfactionNot'));
}

/** A name that counts things (服务企业数, 参会人数), not an index or a score. */
export function isCount(ctx: RuleContext, name: string): boolean {
  return endsWithAny(name, words(ctx, 'valueCountSuffixes')) && !endsWithAny(name, words(ctx, 'valueCountNot')) && !name.endsWith('率');
}

export function isReduction(ctx: RuleContext, name: string): boolean {
  return hasAny(name, words(ctx, 'valueReduction'));
}

/**
 * A name of which less is better: a cost or a time limit (not a rate of it: 成本控制率), or a count or
 * rate of bad events (故障次数, 事故发生率; not 故障修复率). Savings (油耗减少量) are excluded.
 */
export function isLowerBetter(ctx: RuleContext, name: string): boolean {
  if (isReduction(ctx, name)) return false;
  if (!name.endsWith('率') && hasAny(name, words(ctx, 'valueLowerBetter'))) return true;
  if (endsWithAny(name, words(ctx, 'valueOccurrenceSuffixes'))) return true;
  return endsWithHeadAndTail(name, words(ctx, 'valueBadEvents'), words(ctx, 'valueEventCountSuffixes'));
}

/** Target quantities of a cell: the quantity itself, or each quantity part of a multiple. */
export function quantitiesOf(t: Target): Extract<Target, { kind: 'quantity' }>[] {
  if (t.kind === 'quantity') return [t];
  if (t.kind === 'multiple') return t.parts.flatMap(quantitiesOf);
  return [];
}

const FIRST_SERIAL = ymdToSerial({ year: 1990, month: 1, day: 1 });
const LAST_SERIAL = ymdToSerial({ year: 2099, month: 12, day: 31 });

/**
 * A number in a time row that is an Excel date (the cell shows 2024/11/30): serials of 1990–2099
 * in a row under 时效 or named for a time. Elsewhere a number is a number.
 */
export function dateCellOf(ctx: RuleContext, row: ValueRow): YMD | null {
  const v = row.indicator.value;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < FIRST_SERIAL || v > LAST_SERIAL) return null;
  if (row.role !== 'time' && !hasAny(row.name, words(ctx, 'valueTimeNames'))) return null;
  return serialToYMD(v);
}

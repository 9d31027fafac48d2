import { toA1 } from '../../model/address';
import type { CellRef, Indicator, IndicatorCells } from '../../model/form';
import type { Profile } from '../../profiles';
import type { Level1 } from '../../profiles/schema';
import { normaliseLabel } from '../../parse/text';
import { words } from '../meaning/classify';
import type { RuleContext } from '../types';

/** Stable subject of a finding about one indicator row (fingerprints survive row moves). */
export function indicatorSubject(ind: Indicator): string {
  return `indicator:${normaliseLabel(ind.level2)}/${normaliseLabel(ind.name)}`;
}

export function cellOf(ctx: RuleContext, index: number, part: keyof IndicatorCells): CellRef | undefined {
  return ctx.cells?.indicators[index]?.[part];
}

/** Indices of consecutive rows sharing a key; rows whose key is null are left out and break a run. */
export function runs<T>(items: readonly T[], key: (item: T, index: number) => string | null): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  let currentKey: string | null = null;
  items.forEach((item, i) => {
    const k = key(item, i);
    if (k !== null && k === currentKey) {
      current.push(i);
      return;
    }
    if (current.length > 0) out.push(current);
    current = k === null ? [] : [i];
    currentKey = k;
  });
  if (current.length > 0) out.push(current);
  return out;
}

function addressOf(c: CellRef): string {
  return `${c.sheet}!${toA1(c.row, c.col)}`;
}

/** The distinct cells of one part over a group of rows, in row order. */
export function distinctCells(ctx: RuleContext, rows: readonly number[], part: keyof IndicatorCells): CellRef[] {
  const seen = new Set<string>();
  const out: CellRef[] = [];
  for (const i of rows) {
    const c = cellOf(ctx, i, part);
    if (!c || seen.has(addressOf(c))) continue;
    seen.add(addressOf(c));
    out.push(c);
  }
  return out;
}

/**
 * True when writing the group's cells of this part touches no row outside the group: a level-1 cell
 * merged over correct rows too must not be rewritten to fix one wrong row.
 */
export function cellsOwnedBy(ctx: RuleContext, rows: readonly number[], part: keyof IndicatorCells): boolean {
  if (!ctx.cells) return false;
  const inGroup = new Set(rows);
  const mine = new Set(distinctCells(ctx, rows, part).map(addressOf));
  if (mine.size === 0) return false;
  return ctx.cells.indicators.every((cells, i) => inGroup.has(i) || !mine.has(addressOf(cells[part])));
}

/** Related cells for a group finding: every other row's name cell, so the pane can show the whole group. */
export function groupRelated(ctx: RuleContext, rows: readonly number[]): { role: string; cell: CellRef }[] {
  const out: { role: string; cell: CellRef }[] = [];
  for (const i of rows.slice(1)) {
    const c = cellOf(ctx, i, 'name');
    if (c) out.push({ role: 'same-group', cell: c });
  }
  return out;
}

/** A category name without its suffix (数量目标 → 数量), to recognise a name written for another generation. */
export function stem(profile: Profile, name: string): string {
  const n = normaliseLabel(name);
  for (const s of words(profile, 'categorySuffixes')) if (n.endsWith(s) && n.length > s.length) return n.slice(0, -s.length);
  return n;
}

function namesOf(x: { name: string; synonyms: readonly string[] }): string[] {
  return [x.name, ...x.synonyms];
}

/** A level-1 whose name or synonym has the same stem (产出目标 in a sh-2024 form → 产出指标). */
export function level1ByStem(profile: Profile, name: string): Level1 | undefined {
  const st = stem(profile, name);
  if (!st) return undefined;
  return profile.indicators.tree.find((l1) => namesOf(l1).some((n) => stem(profile, n) === st));
}

/** Level-2 names with the same stem, under each level-1 where one exists. */
export function level2sByStem(profile: Profile, name: string): { level1: Level1; level2: string }[] {
  const st = stem(profile, name);
  if (!st) return [];
  const out: { level1: Level1; level2: string }[] = [];
  for (const l1 of profile.indicators.tree)
    for (const l2 of l1.children) if (namesOf(l2).some((n) => stem(profile, n) === st)) out.push({ level1: l1, level2: l2.name });
  return out;
}

export function joinNames(names: readonly string[], locale: RuleContext['locale']): string {
  return names.join(locale === 'en' ? ', ' : '、');
}

/**
 * A function remembered per argument for the length of one check: rows repeat a handful of level
 * names, and the tree lookups normalise every name of the profile on each call.
 */
export function memo<T>(fn: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    if (seen.has(key)) return seen.get(key) as T;
    const v = fn(key);
    seen.set(key, v);
    return v;
  };
}

/** memo for two arguments (a row's level-1 and level-2): no key string built per row. */
export function memo2<T>(fn: (a: string, b: string) => T): (a: string, b: string) => T {
  const seen = new Map<string, Map<string, T>>();
  return (a, b) => {
    let inner = seen.get(a);
    if (!inner) {
      inner = new Map();
      seen.set(a, inner);
    }
    if (inner.has(b)) return inner.get(b) as T;
    const v = fn(a, b);
    inner.set(b, v);
    return v;
  };
}

/** "（4 行）" for a group finding; nothing for a single row. */
export function rowsNote(locale: RuleContext['locale'], n: number): string {
  if (n <= 1) return '';
  return locale === 'en' ? ` (${n} rows)` : `（${n} 行）`;
}

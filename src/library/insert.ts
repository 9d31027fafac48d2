import type { Form, Indicator } from '../model/form';
import { cellText, normaliseLabel } from '../parse/text';
import type { Profile } from '../profiles/schema';
import { findLevel1, findLevel2 } from '../profiles/tree';
import { formatIndicatorValue, hasPlaceholder } from './format';
import { placementIn, treeRank, type Placement } from './placement';
import type { LibraryEntry } from './schema';

export interface InsertedRow {
  entryId: string;
  /** Row index in the new form's indicator list. */
  index: number;
  /** Cells of the row still holding `**` for the user to fill (the pane selects them). */
  placeholders: ('name' | 'value')[];
  /** True when the row opened a group the form did not have. */
  newGroup: boolean;
}

export type RefusalCode = 'duplicate' | 'no-place';

export interface InsertRefusal {
  entryId: string;
  name: string;
  code: RefusalCode;
  zh: string;
  en: string;
}

export interface InsertResult {
  form: Form;
  inserted: InsertedRow[];
  refused: InsertRefusal[];
}

/** An indicator name as compared for duplicates: spaces, brackets and full-width forms do not matter. */
export function indicatorKey(name: string): string {
  return normaliseLabel(name).toLowerCase();
}

interface Row {
  ind: Indicator;
  /** Canonical level-1/level-2 in the profile, or null when the row's category is not in the tree. */
  key: string | null;
  role: string | null;
  level1Key: string | null;
  variant: boolean;
  entryId: string | null;
}

function rowOf(ind: Indicator, profile: Profile, entryId: string | null): Row {
  const l1 = findLevel1(profile, ind.level1);
  const l2 = l1 ? findLevel2(profile, l1, ind.level2) : undefined;
  const own = l1 && l2 ? l1.children.some((c) => c.name === l2.name) : false;
  return {
    ind,
    key: l1 && l2 ? `${l1.name}/${l2.name}` : null,
    role: l2?.role ?? null,
    level1Key: l1?.name ?? null,
    variant: Boolean(l2) && !own,
    entryId,
  };
}

function lastIndex<T>(items: readonly T[], pred: (x: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) {
    const x = items[i];
    if (x !== undefined && pred(x)) return i;
  }
  return -1;
}

/** Where a row for this placement goes, and the level-1/level-2 text it carries. */
function slotFor(rows: readonly Row[], p: Placement, profile: Profile): { at: number; level1: string; level2: string; newGroup: boolean } {
  const key = `${p.level1}/${p.level2}`;
  let i = lastIndex(rows, (r) => r.key === key);
  // Older forms keep 成本 under 产出指标: put a cost indicator there rather than open a second cost group.
  if (i < 0) i = lastIndex(rows, (r) => r.variant && r.role === p.role);
  const found = rows[i];
  if (found) return { at: i + 1, level1: found.ind.level1, level2: found.ind.level2, newGroup: false };
  // A new group: under the form's own spelling of the level-1 when it has one (效果指标 for 效益指标),
  // before the first row that comes later in the profile's tree order.
  const sameL1 = rows.find((r) => r.level1Key === p.level1);
  const level1 = sameL1 ? sameL1.ind.level1 : p.level1;
  const rank = treeRank(profile, p.level1, p.level2);
  let at = rows.findIndex((r) => r.key !== null && treeRank(profile, r.ind.level1, r.ind.level2) > rank);
  if (at < 0) at = rows.length;
  return { at, level1, level2: p.level2, newGroup: true };
}

/**
 * Inserts library indicators into a form: each lands in its group (created in tree order when missing),
 * with its value formatted for the profile. Indicators already in the form, or with no place in its
 * profile, are refused with a message; the rest of the form is untouched.
 */
export function insertIndicators(form: Form, profile: Profile, entries: readonly LibraryEntry[]): InsertResult {
  const rows: Row[] = form.indicators.map((ind) => rowOf(ind, profile, null));
  const present = new Map<string, Indicator>();
  for (const ind of form.indicators) present.set(indicatorKey(cellText(ind.name)), ind);
  const refused: InsertRefusal[] = [];
  const newGroups = new Set<string>();
  for (const entry of entries) {
    const existing = present.get(indicatorKey(entry.name));
    if (existing) {
      refused.push({
        entryId: entry.id,
        name: entry.name,
        code: 'duplicate',
        zh: `“${entry.name}”已在指标表中（${existing.level1}／${existing.level2}），未重复插入`,
        en: `"${entry.name}" is already in the indicator table (${existing.level1} / ${existing.level2}); not inserted again`,
      });
      continue;
    }
    const p = placementIn(entry, profile);
    if (!p) {
      refused.push({
        entryId: entry.id,
        name: entry.name,
        code: 'no-place',
        zh: `“${entry.name}”属于${entry.level1}／${entry.level2}，${profile.name}中没有对应的分组`,
        en: `"${entry.name}" belongs to ${entry.level1} / ${entry.level2}, which has no counterpart in ${profile.id}`,
      });
      continue;
    }
    const slot = slotFor(rows, p, profile);
    if (slot.newGroup) newGroups.add(entry.id);
    const ind: Indicator = { level1: slot.level1, level2: slot.level2, name: entry.name, value: formatIndicatorValue(entry) };
    rows.splice(slot.at, 0, rowOf(ind, profile, entry.id));
    present.set(indicatorKey(entry.name), ind);
  }
  const inserted: InsertedRow[] = [];
  rows.forEach((r, index) => {
    if (r.entryId === null) return;
    const placeholders: ('name' | 'value')[] = [];
    if (hasPlaceholder(cellText(r.ind.name))) placeholders.push('name');
    if (hasPlaceholder(cellText(r.ind.value))) placeholders.push('value');
    inserted.push({ entryId: r.entryId, index, placeholders, newGroup: newGroups.has(r.entryId) });
  });
  return { form: { ...form, indicators: rows.map((r) => r.ind) }, inserted, refused };
}

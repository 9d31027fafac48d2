import { profileById } from '../profiles';
import type { GroupRole, Profile } from '../profiles/schema';
import { findLevel1, findLevel2, level2sWithRole } from '../profiles/tree';
import type { LibraryEntry } from './schema';

/** Where an entry goes in a given profile's indicator tree. */
export interface Placement {
  level1: string;
  level2: string;
  role: GroupRole;
}

/**
 * Roles a profile may lack, and the role that takes their indicators there: sh-2024 has no 影响力目标, and
 * its 可持续影响指标 is where 长效管理-type indicators are filed. 投入和管理目标 (management) has no
 * counterpart: such indicators judge the process, which sh-2024 forms leave to evaluation.
 */
const ROLE_FALLBACK: Partial<Record<GroupRole, GroupRole>> = { influence: 'sustainable' };

/** The entry's role, read from its home profile's tree; null when its category is not in that tree. */
export function roleOfEntry(entry: Pick<LibraryEntry, 'profile' | 'level1' | 'level2'>): GroupRole | null {
  const home = profileById(entry.profile);
  if (!home) return null;
  const l1 = findLevel1(home, entry.level1);
  if (!l1) return null;
  return findLevel2(home, l1, entry.level2)?.role ?? null;
}

/**
 * The level-1/level-2 an entry takes in a profile: its own category in its home profile (canonical names),
 * otherwise the first level-2 with the same role (or the fallback role). Null when the profile has no place
 * for it.
 */
export function placementIn(entry: Pick<LibraryEntry, 'profile' | 'level1' | 'level2'>, profile: Profile): Placement | null {
  if (entry.profile === profile.id) {
    const l1 = findLevel1(profile, entry.level1);
    const l2 = l1 ? findLevel2(profile, l1, entry.level2) : undefined;
    return l1 && l2 ? { level1: l1.name, level2: l2.name, role: l2.role } : null;
  }
  const role = roleOfEntry(entry);
  if (!role) return null;
  for (const r of [role, ROLE_FALLBACK[role]]) {
    if (!r) continue;
    const first = level2sWithRole(profile, r)[0];
    if (first) return { ...first, role: r };
  }
  return null;
}

/** Position of a level-1/level-2 in the profile's tree order (for sorting and for inserting a new group). */
export function treeRank(profile: Profile, level1: string, level2: string): number {
  const tree = profile.indicators.tree;
  const i = tree.findIndex((l1) => findLevel1(profile, level1) === l1);
  if (i < 0) return Number.MAX_SAFE_INTEGER;
  const l1 = tree[i];
  const l2 = l1 ? findLevel2(profile, l1, level2) : undefined;
  if (!l1 || !l2) return i * 100 + 99;
  const j = l1.children.findIndex((c) => c.name === l2.name);
  // Variants (成本指标 under 产出指标) sort after the level-1's own children.
  return i * 100 + (j < 0 ? 50 : j);
}

import { normaliseLabel } from '../parse/text';
import type { GroupRole, Level1, Level2, Profile } from './schema';

function matches(name: string, canonical: string, synonyms: readonly string[]): boolean {
  const n = normaliseLabel(name);
  return n === normaliseLabel(canonical) || synonyms.some((s) => normaliseLabel(s) === n);
}

/** Names and synonyms, normalised, to their group; the first in tree order wins, as a search would find it. */
interface TreeIndex {
  level1: Map<string, Level1>;
  level2: Map<Level1, Map<string, Level2>>;
}

/** Asked for every indicator row by several rules: a profile's tree is indexed once. */
const treeIndexes = new WeakMap<Profile, TreeIndex>();

function treeIndex(profile: Profile): TreeIndex {
  let index = treeIndexes.get(profile);
  if (index) return index;
  const put = <T>(map: Map<string, T>, names: readonly string[], value: T): void => {
    for (const n of names) {
      const key = normaliseLabel(n);
      if (!map.has(key)) map.set(key, value);
    }
  };
  index = { level1: new Map(), level2: new Map() };
  for (const l1 of profile.indicators.tree) {
    put(index.level1, [l1.name, ...l1.synonyms], l1);
    const children = new Map<string, Level2>();
    for (const l2 of l1.children) put(children, [l2.name, ...l2.synonyms], l2);
    index.level2.set(l1, children);
  }
  treeIndexes.set(profile, index);
  return index;
}

export function findLevel1(profile: Profile, name: string): Level1 | undefined {
  return treeIndex(profile).level1.get(normaliseLabel(name));
}

/** The level-2 group under a level-1, including accepted variants (成本指标 under 产出指标 in older forms). */
export function findLevel2(profile: Profile, level1: Level1, name: string): Level2 | undefined {
  // A level-1 from another copy of the profile (thresholds overridden) is not in the index: searched as before.
  const indexed = treeIndex(profile).level2.get(level1);
  const own = indexed ? indexed.get(normaliseLabel(name)) : level1.children.find((l2) => matches(name, l2.name, l2.synonyms));
  if (own) return own;
  const variant = profile.indicators.variants.find(
    (v) => matches(level1.name, v.level1, []) && matches(name, v.level2, []),
  );
  return variant ? { name: variant.level2, synonyms: [], role: variant.role } : undefined;
}

/** Every level-1 whose children include this level-2 name (to suggest where a misplaced group belongs). */
export function level1sOf(profile: Profile, level2: string): Level1[] {
  return profile.indicators.tree.filter((l1) => l1.children.some((c) => matches(level2, c.name, c.synonyms)));
}

/** The role of an indicator's group, or null when the names are not in the profile. */
export function roleOf(profile: Profile, level1: string, level2: string): GroupRole | null {
  const l1 = findLevel1(profile, level1);
  if (!l1) return null;
  return findLevel2(profile, l1, level2)?.role ?? null;
}

export function level2sWithRole(profile: Profile, role: GroupRole): { level1: string; level2: string }[] {
  const out: { level1: string; level2: string }[] = [];
  for (const l1 of profile.indicators.tree)
    for (const l2 of l1.children) if (l2.role === role) out.push({ level1: l1.name, level2: l2.name });
  return out;
}

import { normaliseLabel } from '../parse/text';
import type { GroupRole, Level1, Level2, Profile } from './schema';

function matches(name: string, canonical: string, synonyms: readonly string[]): boolean {
  const n = normaliseLabel(name);
  return n === normaliseLabel(canonical) || synonyms.some((s) => normaliseLabel(s) === n);
}

export function findLevel1(profile: Profile, name: string): Level1 | undefined {
  return profile.indicators.tree.find((l1) => matches(name, l1.name, l1.synonyms));
}

/** The level-2 group under a level-1, including accepted variants (成本指标 under 产出指标 in older forms). */
export function findLevel2(profile: Profile, level1: Level1, name: string): Level2 | undefined {
  const own = level1.children.find((l2) => matches(name, l2.name, l2.synonyms));
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

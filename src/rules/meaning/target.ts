import type { Profile } from '../../profiles';
import type { GroupRole } from '../../profiles/schema';
import { level1sOf, level2sWithRole } from '../../profiles/tree';
import { normaliseLabel } from '../../parse/text';

export interface Placement {
  level1: string;
  level2: string;
}

/** What each meaning falls back to when none of the profile's preferred level-2 names exists. */
const FALLBACK_ROLES: Record<string, GroupRole[]> = {
  satisfaction: ['satisfaction'],
  time: ['time'],
  cost: ['cost'],
  budget: ['management', 'cost'],
  staffing: ['management', 'influence', 'quality'],
  ecological: ['ecological'],
  clients: ['quantity'],
  services: ['quantity'],
  accidents: ['social'],
  count: ['quantity'],
  rate: ['quality'],
};

/**
 * Where an indicator of this meaning belongs in this profile: the first level-2 of the vocab list
 * placeTarget:<meaning> the profile knows (by canonical name or synonym), else the first level-2 with a
 * fallback role; null when the profile has no such group (sh-2024 has no management group).
 */
export function placementFor(profile: Profile, meaning: string): Placement | null {
  for (const wanted of profile.vocab[`placeTarget:${meaning}`] ?? []) {
    const l1 = level1sOf(profile, wanted)[0];
    if (!l1) continue;
    const n = normaliseLabel(wanted);
    const l2 = l1.children.find((c) => normaliseLabel(c.name) === n || c.synonyms.some((s) => normaliseLabel(s) === n));
    if (l2) return { level1: l1.name, level2: l2.name };
  }
  for (const role of FALLBACK_ROLES[meaning] ?? []) {
    const first = level2sWithRole(profile, role)[0];
    if (first) return first;
  }
  return null;
}

/** 「效益指标 / 社会效益指标」 */
export function placementLabel(p: Placement): string {
  return `${p.level1} / ${p.level2}`;
}

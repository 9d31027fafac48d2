import { ProfileSchema, type Profile, type ProfileInput } from './schema';
import { sh2019 } from './sh-2019';
import { sh2024 } from './sh-2024';

export type { Profile } from './schema';

const builtIn: readonly ProfileInput[] = [sh2024, sh2019];

/** Built-in profiles, parsed once: a profile that does not parse is a programming error caught by the tests. */
export const PROFILES: readonly Profile[] = builtIn.map((p) => ProfileSchema.parse(p));

export function profileById(id: string): Profile | undefined {
  return PROFILES.find((p) => p.id === id);
}

/** A profile with settings applied (e.g. the user's satisfaction floor). */
export function withThresholds(profile: Profile, overrides: Partial<Profile['thresholds']>): Profile {
  return { ...profile, thresholds: { ...profile.thresholds, ...overrides } };
}

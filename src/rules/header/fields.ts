import type { Profile } from '../../profiles';
import type { HeaderField } from '../../profiles/schema';

/** The printed label of a header field, or its key when the profile does not know it. */
export function headerLabel(profile: Profile, key: string): string {
  return headerField(profile, key)?.label ?? key;
}

export function headerField(profile: Profile, key: string): HeaderField | undefined {
  return profile.header.find((f) => f.key === key);
}

/** The printed label of a goal text. */
export function goalLabel(profile: Profile, key: string): string {
  return profile.goals.find((g) => g.key === key)?.label ?? key;
}

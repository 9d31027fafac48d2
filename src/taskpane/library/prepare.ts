import { openLibrary } from '../../library';
import type { LibraryEntry, ProjectKind, UnitLibrary } from '../../library/schema';
import type { SearchIndex } from '../../library/search';
import { suggestIndicators, type Suggestions } from '../../library/suggest';
import type { Form } from '../../model/form';
import type { Profile } from '../../profiles/schema';

export interface LibraryPaneData {
  index: SearchIndex;
  suggestions: Suggestions | null;
  initialKinds: ProjectKind[];
}

/**
 * Everything LibraryPanel needs for the open form (or none): the built-in and unit libraries indexed for
 * the form's profile, suggestions for its empty or weak groups, and the kinds guessed from its name.
 */
export function prepareLibraryPane(profile: Profile, form: Form | null, unit: readonly (UnitLibrary | readonly LibraryEntry[])[] = []): LibraryPaneData {
  const index = openLibrary(profile, unit);
  if (!form) return { index, suggestions: null, initialKinds: [] };
  const suggestions = suggestIndicators(form, profile, index);
  const initialKinds = suggestions.kinds.filter((k) => k !== '通用').slice(0, 1);
  return { index, suggestions, initialKinds };
}

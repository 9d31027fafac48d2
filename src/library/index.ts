import type { Profile } from '../profiles/schema';
import { builtInLibrary } from './builtin';
import type { LibraryEntry, UnitLibrary } from './schema';
import { createSearchIndex, type LibrarySource, type SearchIndex } from './search';

export { builtInLibrary } from './builtin';
export { formatIndicatorValue, hasPlaceholder, PLACEHOLDER } from './format';
export { insertIndicators, indicatorKey, type InsertResult, type InsertRefusal, type InsertedRow } from './insert';
export { planInsertIntoSheet, type SheetInsert } from './insert-plan';
export {
  emptyUnitLibrary,
  entriesToRows,
  parseUnitLibrary,
  rowsToEntries,
  serialiseUnitLibrary,
  UNIT_LIBRARY_SETTING_KEY,
  type ImportProblem,
  type ImportResult,
} from './io';
export { placementIn, roleOfEntry, type Placement } from './placement';
export { mergeUnitLibraries, unitLibraryStore, type LibraryBag, type StoredLibrary, type UnitLibraryStore } from './store';
export { PROJECT_KINDS, type LibraryEntry, type ProjectKind, type UnitLibrary } from './schema';
export { searchLibrary, type SearchHit, type SearchIndex, type SearchQuery } from './search';
export { guessKinds, suggestIndicators, type GroupSuggestion, type KindGuess, type Suggestions } from './suggest';

/** The built-in library merged with the unit's own (unit entries win on equal names), indexed for a profile. */
export function openLibrary(profile: Profile, unit: readonly (UnitLibrary | readonly LibraryEntry[])[] = []): SearchIndex {
  const sources: LibrarySource[] = [{ origin: 'builtin', entries: builtInLibrary() }];
  for (const u of unit) sources.push({ origin: 'unit', entries: Array.isArray(u) ? u : (u as UnitLibrary).entries });
  return createSearchIndex(sources, profile);
}

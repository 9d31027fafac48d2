import { emptyUnitLibrary, parseUnitLibrary, serialiseUnitLibrary, UNIT_LIBRARY_SETTING_KEY, type ImportProblem } from './io';
import type { UnitLibrary } from './schema';

/**
 * A key/value bag that persists: Office.context.document.settings in Excel (the library travels with the
 * workbook), or an adapter over localStorage / the user's roaming settings. Same shape as src/settings' bag.
 */
export interface LibraryBag {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  save(): Promise<void>;
}

export interface StoredLibrary {
  library: UnitLibrary;
  /** What was wrong with the stored text (entries left out, or the whole text unreadable). */
  problems: ImportProblem[];
}

export interface UnitLibraryStore {
  load(): Promise<StoredLibrary>;
  save(library: UnitLibrary): Promise<void>;
}

/**
 * The unit library kept as serialised text under UNIT_LIBRARY_SETTING_KEY. Reading never throws: a
 * damaged or foreign value yields an empty library and says why, so the pane still opens.
 */
export function unitLibraryStore(bag: LibraryBag, defaultName = '本单位指标库'): UnitLibraryStore {
  return {
    async load() {
      const raw = bag.get(UNIT_LIBRARY_SETTING_KEY);
      if (raw === undefined || raw === null || raw === '') return { library: emptyUnitLibrary(defaultName), problems: [] };
      const text = typeof raw === 'string' ? raw : JSON.stringify(raw);
      const result = parseUnitLibrary(text);
      return { library: result.library ?? emptyUnitLibrary(defaultName), problems: result.problems };
    },
    async save(library) {
      bag.set(UNIT_LIBRARY_SETTING_KEY, serialiseUnitLibrary(library));
      await bag.save();
    },
  };
}

/** Entries of `incoming` added to `base`; an entry with the same name replaces the older one. */
export function mergeUnitLibraries(base: UnitLibrary, incoming: UnitLibrary): UnitLibrary {
  const byName = new Map(base.entries.map((e) => [e.name.replace(/\s/g, ''), e]));
  for (const e of incoming.entries) byName.set(e.name.replace(/\s/g, ''), e);
  return { ...base, entries: [...byName.values()] };
}

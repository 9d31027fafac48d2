import { parseSettings, SETTINGS_KEY, type PaneSettings, type SettingsBag, type SettingsStore } from './schema';

export type { SettingsBag } from './schema';

/** A bag held in memory: values set are kept, save() keeps nothing beyond the session. */
export function memorySettingsBag(initial: Record<string, unknown> = {}): SettingsBag {
  const values = new Map<string, unknown>(Object.entries(initial));
  return {
    get: (name) => values.get(name),
    set: (name, value) => void values.set(name, value),
    save: async () => undefined,
  };
}

export function memorySettingsStore(initial?: unknown, bag: SettingsBag = memorySettingsBag()): SettingsStore {
  let saved: unknown = initial;
  return {
    load: async () => parseSettings(saved),
    save: async (s) => {
      saved = { ...s };
    },
    bag,
  };
}

/**
 * A bag over localStorage, each name its own key holding JSON. Like Office's document settings, set()
 * changes what get() sees at once and save() makes it last; a full or refused storage fails save().
 */
export function localSettingsBag(storage: Pick<Storage, 'getItem' | 'setItem'>): SettingsBag {
  const pending = new Map<string, unknown>();
  return {
    get(name) {
      if (pending.has(name)) return pending.get(name);
      try {
        const raw = storage.getItem(name);
        return raw === null ? undefined : (JSON.parse(raw) as unknown);
      } catch {
        // Unreadable JSON or storage refused: the same as nothing stored; the caller falls back.
        return undefined;
      }
    },
    set(name, value) {
      pending.set(name, value);
    },
    async save() {
      for (const [name, value] of pending) {
        // What failed to last must not look stored: get() reads the storage again.
        pending.delete(name);
        storage.setItem(name, JSON.stringify(value));
      }
    },
  };
}

/** Browser preview: kept in localStorage; a browser without storage (private mode) keeps them for the session. */
export function localSettingsStore(storage: Pick<Storage, 'getItem' | 'setItem'> | null): SettingsStore {
  const fallback = memorySettingsStore();
  if (!storage) return fallback;
  return {
    load: async () => {
      try {
        const raw = storage.getItem(SETTINGS_KEY);
        return parseSettings(raw ? (JSON.parse(raw) as unknown) : null);
      } catch {
        return fallback.load();
      }
    },
    save: async (s: PaneSettings) => {
      try {
        storage.setItem(SETTINGS_KEY, JSON.stringify(s));
      } catch {
        await fallback.save(s);
      }
    },
    bag: localSettingsBag(storage),
  };
}

/** Excel: saved in the workbook's add-in settings, so the profile and floor travel with the file. */
export function workbookSettingsStore(bag: SettingsBag): SettingsStore {
  return {
    load: async () => parseSettings(bag.get(SETTINGS_KEY)),
    save: async (s) => {
      bag.set(SETTINGS_KEY, { ...s });
      await bag.save();
    },
    bag,
  };
}

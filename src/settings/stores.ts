import { parseSettings, SETTINGS_KEY, type PaneSettings, type SettingsStore } from './schema';

export function memorySettingsStore(initial?: unknown): SettingsStore {
  let saved: unknown = initial;
  return {
    load: async () => parseSettings(saved),
    save: async (s) => {
      saved = { ...s };
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
  };
}

/** Any key/value settings bag that can be persisted (Office.context.document.settings in Excel). */
export interface SettingsBag {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  save(): Promise<void>;
}

/** Excel: saved in the workbook's add-in settings, so the profile and floor travel with the file. */
export function workbookSettingsStore(bag: SettingsBag): SettingsStore {
  return {
    load: async () => parseSettings(bag.get(SETTINGS_KEY)),
    save: async (s) => {
      bag.set(SETTINGS_KEY, { ...s });
      await bag.save();
    },
  };
}

import { z } from 'zod';

/**
 * The pane's settings. Parsed, never trusted: a workbook carries them, and a workbook may come
 * from anywhere (an older version, a hand edit), so anything unreadable falls back to the default.
 */
export const PROFILE_CHOICES = ['auto', 'sh-2024', 'sh-2019'] as const;
export type ProfileChoice = (typeof PROFILE_CHOICES)[number];
export const LOCALES = ['zh-CN', 'en'] as const;

export const PaneSettingsSchema = z.object({
  profile: z.enum(PROFILE_CHOICES).catch('auto'),
  /** Percent; absent means the profile's own floor. */
  satisfactionFloor: z.number().min(0).max(100).optional().catch(undefined),
  locale: z.enum(LOCALES).catch('zh-CN'),
});

export type PaneSettings = z.infer<typeof PaneSettingsSchema>;

export const DEFAULT_PANE_SETTINGS: PaneSettings = { profile: 'auto', locale: 'zh-CN' };

export function parseSettings(raw: unknown): PaneSettings {
  const parsed = PaneSettingsSchema.safeParse(typeof raw === 'object' && raw !== null ? raw : {});
  return parsed.success ? parsed.data : DEFAULT_PANE_SETTINGS;
}

/** Any key/value settings bag that can be persisted (Office.context.document.settings in Excel). */
export interface SettingsBag {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  save(): Promise<void>;
}

/** Where settings live: the workbook in Excel (so they travel with it), the browser in the preview. */
export interface SettingsStore {
  load(): Promise<PaneSettings>;
  save(settings: PaneSettings): Promise<void>;
  /**
   * The bag the settings are kept in, for the pane's other data that must live in the same place
   * (the unit's indicator library). Absent: that data lasts for the session only.
   */
  bag?: SettingsBag;
}

export const SETTINGS_KEY = 'jixiao.settings';

import type { Locale, Message } from '../rules/types';

export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

export function isLocale(s: string): s is Locale {
  return (LOCALES as readonly string[]).includes(s);
}

/** The --lang of an argument list, read before anything else so that usage errors speak it too. */
export function localeOf(argv: readonly string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (v !== undefined && isLocale(v)) return v;
  }
  return 'zh-CN';
}

export function say(m: Message, locale: Locale): string {
  return locale === 'en' ? m.en : m.zh;
}

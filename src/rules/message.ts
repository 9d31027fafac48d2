import type { Locale, Message } from './types';

export function formatMessage(m: Message, locale: Locale, data: Record<string, string | number> = {}): string {
  const template = locale === 'en' ? m.en : m.zh;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = data[key];
    return v === undefined ? whole : String(v);
  });
}

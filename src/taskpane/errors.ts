import type { Locale } from '../rules/types';

/** An error as a sentence in the pane's language: host errors and refused plans carry both languages. */
export function errorText(err: unknown, locale: Locale): string {
  if (typeof err === 'object' && err !== null) {
    const o = err as { describe?: unknown; en?: unknown; message?: unknown };
    if (typeof o.describe === 'function') return String((o.describe as (l: Locale) => string)(locale));
    if (locale === 'en' && typeof o.en === 'string') return o.en;
    if (typeof o.message === 'string') return o.message;
  }
  return String(err);
}

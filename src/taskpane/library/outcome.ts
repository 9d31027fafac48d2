import type { SheetInsert } from '../../library/insert-plan';
import type { InsertOutcome } from './LibraryPanel';

/** What the panel shows after the host applied (or could not build) an insert's plan. */
export function insertOutcomeOf(result: SheetInsert): InsertOutcome {
  return {
    inserted: result.plan ? result.result.inserted.length : 0,
    placeholders: result.plan ? result.select.length : 0,
    refused: result.result.refused.map((r) => ({ zh: r.zh, en: r.en })),
    ...(result.error ? { error: result.error } : {}),
  };
}

import type { SheetInsert } from '../../library/insert-plan';
import { toA1 } from '../../model/address';
import type { Location, RelatedLocation } from '../../model/finding';
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

/**
 * The cells to select after the write (InteractiveHost.select takes the first as the active cell and the
 * others as related), so the user can type over the first ** straight away.
 */
export function placeholderSelection(result: SheetInsert): { first: Location; related: RelatedLocation[] } | null {
  const [head, ...rest] = result.select;
  if (!head || !result.plan) return null;
  const at = (c: (typeof result.select)[number]): Location => ({ sheet: c.sheet, cell: toA1(c.row, c.col), row: c.row, col: c.col });
  return { first: at(head), related: rest.map((c) => ({ ...at(c), role: 'placeholder' })) };
}

import { z } from 'zod';
import candidates from './data/candidates.json';
import { ADDITIONS_2019, ADDITIONS_2024, SOURCES, type AdditionRow } from './data/additions';
import { LibraryEntrySchema, type LibraryEntry, type LibraryProfileId } from './schema';

function fromRow(row: AdditionRow, id: string, profile: LibraryProfileId): unknown {
  const [level1, level2, name, comparator, value, unit, kinds, explanation, source] = row;
  return {
    id,
    profile,
    level1,
    level2,
    name,
    unit,
    comparator,
    value,
    kinds: kinds.split('、'),
    explanation,
    source: SOURCES[source],
  };
}

function pad(n: number): string {
  return String(n).padStart(3, '0');
}

/** Raw built-in entries before validation: the candidate list as converted, then our additions. */
export function builtInRaw(): unknown[] {
  return [
    ...(candidates as unknown[]),
    ...ADDITIONS_2024.map((r, i) => fromRow(r, `b-a${pad(i + 1)}`, 'sh-2024')),
    ...ADDITIONS_2019.map((r, i) => fromRow(r, `b-m${pad(i + 1)}`, 'sh-2019')),
  ];
}

let cache: readonly LibraryEntry[] | null = null;

/** The built-in library, validated once; an entry that does not parse is a programming error the tests catch. */
export function builtInLibrary(): readonly LibraryEntry[] {
  if (!cache) cache = z.array(LibraryEntrySchema).parse(builtInRaw());
  return cache;
}

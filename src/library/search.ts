import type { GroupRole, Profile } from '../profiles/schema';
import { placementIn, treeRank, type Placement } from './placement';
import { pinyinIndex, syllablesOf, type PinyinIndex } from './pinyin';
import type { LibraryEntry, ProjectKind } from './schema';

/** Where an entry came from: the product's library or the unit's own. */
export type EntryOrigin = 'builtin' | 'unit';

/** An entry prepared for searching in one profile: normalised text and pinyin computed once. */
export interface IndexedEntry {
  entry: LibraryEntry;
  origin: EntryOrigin;
  placement: Placement;
  rank: number;
  norm: string;
  category: string;
  /** Pinyin of the level-2 name, so that shixiao finds the 时效 group. */
  categoryPinyin: string;
  explanation: string;
  syllables: readonly string[];
  full: string;
  initials: string;
}

export interface SearchIndex {
  profile: Profile;
  entries: readonly IndexedEntry[];
  /** Entries of the source libraries that have no place in this profile (e.g. 投入和管理目标 in sh-2024). */
  unplaced: readonly LibraryEntry[];
}

/** Text as compared: NFKC, lower case, no spaces, half-width brackets. */
export function normaliseSearchText(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u3000]+/g, '');
}

export interface LibrarySource {
  origin: EntryOrigin;
  entries: readonly LibraryEntry[];
}

/**
 * Builds the index for a profile. Unit entries come first so that a unit's own wording of an indicator
 * wins over a built-in entry of the same name (the built-in one is dropped from the index).
 */
export function createSearchIndex(
  sources: readonly LibrarySource[],
  profile: Profile,
  pinyin: PinyinIndex = pinyinIndex(),
): SearchIndex {
  const ordered = [...sources].sort((a, b) => (a.origin === b.origin ? 0 : a.origin === 'unit' ? -1 : 1));
  const seen = new Set<string>();
  const entries: IndexedEntry[] = [];
  const unplaced: LibraryEntry[] = [];
  const categoryPinyin = new Map<string, string>();
  for (const source of ordered)
    for (const entry of source.entries) {
      const norm = normaliseSearchText(entry.name);
      if (seen.has(norm)) continue;
      seen.add(norm);
      const placement = placementIn(entry, profile);
      if (!placement) {
        unplaced.push(entry);
        continue;
      }
      const syllables = syllablesOf(entry.name, pinyin);
      let catPinyin = categoryPinyin.get(placement.level2);
      if (catPinyin === undefined) {
        catPinyin = syllablesOf(placement.level2, pinyin).join('');
        categoryPinyin.set(placement.level2, catPinyin);
      }
      entries.push({
        entry,
        origin: source.origin,
        placement,
        rank: treeRank(profile, placement.level1, placement.level2),
        norm,
        category: normaliseSearchText(placement.level1 + placement.level2),
        categoryPinyin: catPinyin,
        explanation: normaliseSearchText(entry.explanation),
        syllables,
        full: syllables.join(''),
        initials: syllables.map((s) => s[0] ?? '').join(''),
      });
    }
  return { profile, entries, unplaced };
}

export interface SearchQuery {
  /** What the user typed: Chinese, pinyin, initials, or several words separated by spaces. */
  text?: string;
  /** Keep entries suited to any of these kinds; entries marked 通用 pass too, ranked after. */
  kinds?: readonly ProjectKind[];
  /** Keep entries of this level-1 (and level-2) in the profile's names. */
  level1?: string;
  level2?: string;
  role?: GroupRole;
  origin?: EntryOrigin;
  limit?: number;
}

/** How an entry matched, best first. */
export type MatchKind = 'exact' | 'prefix' | 'contains' | 'category' | 'explanation' | 'all';

export interface SearchHit {
  entry: LibraryEntry;
  origin: EntryOrigin;
  placement: Placement;
  match: MatchKind;
  score: number;
}

const MATCH_SCORE: Record<MatchKind, number> = { exact: 0, prefix: 1, contains: 2, category: 3, explanation: 4, all: 5 };
const CJK = /[\u3400-\u9fff]/;
const LATIN = /^[a-z]+$/;

/**
 * Does the query spell a run of consecutive syllables, each given whole or by a prefix (manyd, myidu, manyi)?
 * Returns the index of the first syllable of the earliest such run, or -1.
 */
function spellsSyllables(q: string, syl: readonly string[]): number {
  const first = q[0];
  for (let i = 0; i < syl.length; i++) {
    const s = syl[i];
    if (s === undefined || s[0] !== first) continue;
    if (spellFrom(q, 0, syl, i)) return i;
  }
  return -1;
}

function spellFrom(q: string, p: number, syl: readonly string[], j: number): boolean {
  if (p === q.length) return true;
  const s = syl[j];
  if (s === undefined) return false;
  // Longest prefix first: a full syllable is the usual case.
  let k = 0;
  while (k < s.length && p + k < q.length && s.charCodeAt(k) === q.charCodeAt(p + k)) k++;
  for (; k >= 1; k--) if (spellFrom(q, p + k, syl, j + 1)) return true;
  return false;
}

/** Best match of one query word against an entry, or null. */
function matchWord(word: string, e: IndexedEntry, pinyin: PinyinIndex): MatchKind | null {
  if (e.norm === word) return 'exact';
  if (e.norm.startsWith(word)) return 'prefix';
  if (e.norm.includes(word)) return 'contains';
  if (LATIN.test(word)) {
    if (e.initials === word || e.full === word) return 'exact';
    if (e.initials.startsWith(word) || e.full.startsWith(word)) return 'prefix';
    const at = spellsSyllables(word, e.syllables);
    if (at === 0) return 'prefix';
    if (at > 0) return 'contains';
    if (word.length >= 2 && e.initials.includes(word)) return 'contains';
    if (word.length >= 2 && e.categoryPinyin.startsWith(word)) return 'category';
    return null;
  }
  if (CJK.test(word)) {
    if (e.category.includes(word)) return 'category';
    if (word.length >= 2 && e.explanation.includes(word)) return 'explanation';
    // Mixed input such as 满yd: read the Chinese characters as pinyin and try again.
    if (/[a-z]/.test(word)) {
      const spelled = syllablesOf(word, pinyin).join('');
      if (spelled && spelled !== word) return matchWord(spelled, e, pinyin);
    }
  }
  return null;
}

function worse(a: MatchKind, b: MatchKind): MatchKind {
  return MATCH_SCORE[a] >= MATCH_SCORE[b] ? a : b;
}

function passesFilters(e: IndexedEntry, q: SearchQuery, level1: string | null, level2: string | null): boolean {
  if (q.origin && e.origin !== q.origin) return false;
  if (q.role && e.placement.role !== q.role) return false;
  if (level1 !== null && normaliseSearchText(e.placement.level1) !== level1) return false;
  if (level2 !== null && normaliseSearchText(e.placement.level2) !== level2) return false;
  if (q.kinds && q.kinds.length > 0) {
    const kinds = q.kinds;
    if (!e.entry.kinds.some((k) => k === '通用' || kinds.includes(k))) return false;
  }
  return true;
}

/** Entries that match every word of the query and every filter, best first. */
export function searchLibrary(index: SearchIndex, query: SearchQuery, pinyin: PinyinIndex = pinyinIndex()): SearchHit[] {
  const words = (query.text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s\u3000,，、;；]+/)
    .filter((w) => w.length > 0);
  const level1 = query.level1 ? normaliseSearchText(query.level1) : null;
  const level2 = query.level2 ? normaliseSearchText(query.level2) : null;
  const kinds = query.kinds ?? [];
  const hits: { hit: SearchHit; e: IndexedEntry; kindMiss: number }[] = [];
  for (const e of index.entries) {
    if (!passesFilters(e, query, level1, level2)) continue;
    let match: MatchKind = words.length === 0 ? 'all' : 'exact';
    let ok = true;
    for (const w of words) {
      const m = matchWord(w, e, pinyin);
      if (m === null) {
        ok = false;
        break;
      }
      match = worse(match, m);
    }
    if (!ok) continue;
    // An entry named for the chosen kind ranks before a general one.
    const kindMiss = kinds.length > 0 && !e.entry.kinds.some((k) => kinds.includes(k)) ? 1 : 0;
    hits.push({
      hit: { entry: e.entry, origin: e.origin, placement: e.placement, match, score: MATCH_SCORE[match] * 2 + kindMiss },
      e,
      kindMiss,
    });
  }
  hits.sort(
    (a, b) =>
      a.hit.score - b.hit.score ||
      (words.length === 0 ? a.e.rank - b.e.rank : 0) ||
      a.e.norm.length - b.e.norm.length ||
      a.e.rank - b.e.rank ||
      (a.e.entry.id < b.e.entry.id ? -1 : a.e.entry.id > b.e.entry.id ? 1 : 0),
  );
  const limit = query.limit ?? hits.length;
  return hits.slice(0, limit).map((h) => h.hit);
}

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
  level1Key: string;
  level2Key: string;
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
  // Entries share a few dozen categories: place each category once, not each entry.
  const places = new Map<string, { placement: Placement | null; rank: number }>();
  for (const source of ordered)
    for (const entry of source.entries) {
      const norm = normaliseSearchText(entry.name);
      if (seen.has(norm)) continue;
      seen.add(norm);
      const placeKey = `${entry.profile}\u0000${entry.level1}\u0000${entry.level2}`;
      let place = places.get(placeKey);
      if (!place) {
        const p = placementIn(entry, profile);
        place = { placement: p, rank: p ? treeRank(profile, p.level1, p.level2) : Number.MAX_SAFE_INTEGER };
        places.set(placeKey, place);
      }
      const { placement } = place;
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
        rank: place.rank,
        norm,
        category: normaliseSearchText(placement.level1 + placement.level2),
        level1Key: normaliseSearchText(placement.level1),
        level2Key: normaliseSearchText(placement.level2),
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

/** A query word, classified once per keystroke rather than once per entry. */
interface Word {
  text: string;
  latin: boolean;
  cjk: boolean;
  /** Mixed input such as 满yd, spelled out in pinyin (manyd); null when not mixed. */
  spelled: Word | null;
}

function wordOf(text: string, pinyin: PinyinIndex): Word {
  const latin = LATIN.test(text);
  const cjk = CJK.test(text);
  let spelled: Word | null = null;
  if (cjk && /[a-z]/.test(text)) {
    const s = syllablesOf(text, pinyin).join('');
    if (s && s !== text && LATIN.test(s)) spelled = { text: s, latin: true, cjk: false, spelled: null };
  }
  return { text, latin, cjk, spelled };
}

/** Best match of one query word against an entry, as a MATCH_SCORE, or -1. */
function matchWord(w: Word, e: IndexedEntry): number {
  const word = w.text;
  if (e.norm === word) return 0;
  if (e.norm.startsWith(word)) return 1;
  if (e.norm.includes(word)) return 2;
  if (w.latin) {
    if (e.initials === word || e.full === word) return 0;
    if (e.initials.startsWith(word) || e.full.startsWith(word)) return 1;
    const at = spellsSyllables(word, e.syllables);
    if (at === 0) return 1;
    if (at > 0) return 2;
    if (word.length >= 2 && e.initials.includes(word)) return 2;
    if (word.length >= 2 && e.categoryPinyin.startsWith(word)) return 3;
    return -1;
  }
  if (w.cjk) {
    if (e.category.includes(word)) return 3;
    if (word.length >= 2 && e.explanation.includes(word)) return 4;
    if (w.spelled) return matchWord(w.spelled, e);
  }
  return -1;
}

const MATCH_KINDS: readonly MatchKind[] = ['exact', 'prefix', 'contains', 'category', 'explanation', 'all'];
/** Sort keys carry the entry's position below this factor (2^20 entries; keys stay below 2^53). */
const INDEX_SPAN = 1_048_576;

/** Entries that match every word of the query and every filter, best first. */
export function searchLibrary(index: SearchIndex, query: SearchQuery, pinyin: PinyinIndex = pinyinIndex()): SearchHit[] {
  const words = (query.text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s\u3000,，、;；]+/)
    .filter((w) => w.length > 0)
    .map((w) => wordOf(w, pinyin));
  const level1 = query.level1 ? normaliseSearchText(query.level1) : null;
  const level2 = query.level2 ? normaliseSearchText(query.level2) : null;
  const kinds = query.kinds ?? [];
  const general = kinds.length > 0;
  const entries = index.entries;
  // Typed arrays instead of one object per match: typing "m" matches thousands of entries, and the
  // garbage of a keystroke is what made the slow outliers.
  const keys = new Float64Array(entries.length);
  const matchOf = new Int8Array(entries.length);
  const scoreOf = new Int8Array(entries.length);
  let count = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e === undefined) continue;
    if (query.origin && e.origin !== query.origin) continue;
    if (query.role && e.placement.role !== query.role) continue;
    if (level1 !== null && e.level1Key !== level1) continue;
    if (level2 !== null && e.level2Key !== level2) continue;
    let kindMiss = 0;
    if (general) {
      let own = false;
      let common = false;
      for (const k of e.entry.kinds) {
        if (k === '通用') common = true;
        else if (kinds.includes(k)) own = true;
      }
      if (!own && !common) continue;
      // An entry named for the chosen kind ranks before a general one.
      kindMiss = own ? 0 : 1;
    }
    let match = words.length === 0 ? MATCH_SCORE.all : 0;
    for (const w of words) {
      const m = matchWord(w, e);
      if (m < 0) {
        match = -1;
        break;
      }
      if (m > match) match = m;
    }
    if (match < 0) continue;
    const score = match * 2 + kindMiss;
    const rank = Math.min(e.rank, 9999);
    const length = Math.min(e.norm.length, 9999);
    // One number to sort by: score, then (typed) shorter names or (browsing) tree order, then the other,
    // then the index order (unit entries first, built-in by position), which keeps the sort deterministic.
    const key = score * 1e8 + (words.length === 0 ? rank * 1e4 + length : length * 1e4 + rank);
    keys[count++] = key * INDEX_SPAN + i;
    matchOf[i] = match;
    scoreOf[i] = score;
  }
  const sorted = keys.subarray(0, count).sort();
  const limit = Math.min(query.limit ?? count, count);
  const hits: SearchHit[] = [];
  for (let j = 0; j < limit; j++) {
    const i = (sorted[j] ?? 0) % INDEX_SPAN;
    const e = entries[i];
    if (!e) continue;
    hits.push({ entry: e.entry, origin: e.origin, placement: e.placement, match: MATCH_KINDS[matchOf[i] ?? 5] ?? 'all', score: scoreOf[i] ?? 0 });
  }
  return hits;
}

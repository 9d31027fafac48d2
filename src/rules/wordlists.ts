/**
 * Word-list lookups asked for every row of a large form. A list is indexed once (per array, so a
 * profile's vocab is indexed once for all runs) by the first or last character of its words; a name
 * then costs a few map lookups instead of one string search per word. Answers are those of the plain
 * searches: empty words never match.
 */

/**
 * Short lists are searched directly: an index would cost more than it saves. Loops rather than
 * callbacks: these run per row, and a callback made per call is not free.
 */
const INDEX_FROM = 6;

/**
 * A 1,024-bit sketch of the code units words start with (by code unit mod 1,024): most characters of
 * a name start no word of a list, and a bit test tells so without a map lookup.
 */
type Sketch = Uint32Array;

function sketchOf(codes: Iterable<number>): Sketch {
  const bits = new Uint32Array(32);
  for (const code of codes) bits[(code >> 5) & 31] = (bits[(code >> 5) & 31] ?? 0) | (1 << (code & 31));
  return bits;
}

function mayStart(bits: Sketch, code: number): boolean {
  return (((bits[(code >> 5) & 31] ?? 0) >>> (code & 31)) & 1) === 1;
}

interface Indexed {
  firsts: Sketch;
  /** Non-empty words by the code unit they start with, each with its place in the list. */
  byFirst: Map<number, { word: string; order: number }[]>;
  /** Non-empty words by the code unit they end with. */
  byLast: Map<number, string[]>;
  /** Distinct words, in list order. */
  words: readonly string[];
}

const indexes = new WeakMap<readonly string[], Indexed>();

function indexOf(list: readonly string[]): Indexed {
  let idx = indexes.get(list);
  if (idx) return idx;
  const byFirst = new Map<number, { word: string; order: number }[]>();
  const byLast = new Map<number, string[]>();
  list.forEach((word, order) => {
    if (word === '') return;
    const first = word.charCodeAt(0);
    const last = word.charCodeAt(word.length - 1);
    const f = byFirst.get(first);
    if (f) f.push({ word, order });
    else byFirst.set(first, [{ word, order }]);
    const l = byLast.get(last);
    if (l) l.push(word);
    else byLast.set(last, [word]);
  });
  idx = { firsts: sketchOf(byFirst.keys()), byFirst, byLast, words: list };
  indexes.set(list, idx);
  return idx;
}

/** Whether the text contains a (non-empty) word of the list. */
export function containsAny(text: string, list: readonly string[]): boolean {
  if (list.length < INDEX_FROM) {
    for (const w of list) if (w !== '' && text.includes(w)) return true;
    return false;
  }
  const { firsts, byFirst } = indexOf(list);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!mayStart(firsts, code)) continue;
    const ws = byFirst.get(code);
    if (ws) for (const { word } of ws) if (text.startsWith(word, i)) return true;
  }
  return false;
}

/** Whether the text ends with a (non-empty) word of the list. */
export function endsWithAnyOf(text: string, list: readonly string[]): boolean {
  if (list.length < INDEX_FROM) {
    for (const w of list) if (w !== '' && text.endsWith(w)) return true;
    return false;
  }
  if (text === '') return false;
  const ws = indexOf(list).byLast.get(text.charCodeAt(text.length - 1));
  if (ws) for (const w of ws) if (text.endsWith(w)) return true;
  return false;
}

/** The first word of the list (in list order) that the text contains, or undefined. */
export function firstContained(text: string, list: readonly string[]): string | undefined {
  if (list.length < INDEX_FROM) {
    for (const w of list) if (w !== '' && text.includes(w)) return w;
    return undefined;
  }
  const { firsts, byFirst, words } = indexOf(list);
  let best = Infinity;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!mayStart(firsts, code)) continue;
    const ws = byFirst.get(code);
    if (ws) for (const { word, order } of ws) if (order < best && text.startsWith(word, i)) best = order;
  }
  return best === Infinity ? undefined : words[best];
}

/** Every `head + tail` (and each head alone), per pair of lists: built once, asked per row. */
const joined = new WeakMap<readonly string[], WeakMap<readonly string[], { words: string[]; endsAll: boolean }>>();

/** Whether the text ends with a head (`故障`) or a head followed by a tail (`故障` + `次数`). */
export function endsWithHeadAndTail(text: string, heads: readonly string[], tails: readonly string[]): boolean {
  let byTails = joined.get(heads);
  if (!byTails) {
    byTails = new WeakMap();
    joined.set(heads, byTails);
  }
  let pairs = byTails.get(tails);
  if (!pairs) {
    const words = heads.flatMap((h) => [...tails.map((t) => h + t), h]);
    // An empty head with an empty tail (or no tail) ends every text.
    pairs = { words, endsAll: words.includes('') };
    byTails.set(tails, pairs);
  }
  return pairs.endsAll || endsWithAnyOf(text, pairs.words);
}

/**
 * Several lists searched in one pass over a text: for each list, the first word (in list order) the
 * text contains, as firstContained gives it. For the lists every row is asked about.
 */
export interface ListGroup {
  firstIn(text: string): readonly (string | undefined)[];
}

/** The answer when no list has a word in the text, the common case: nothing to build. */
const NONE: readonly (string | undefined)[] = Object.freeze([]);

export function listGroup(lists: readonly (readonly string[])[]): ListGroup {
  const byFirst = new Map<number, { word: string; list: number; order: number }[]>();
  lists.forEach((words, list) =>
    words.forEach((word, order) => {
      if (word === '') return;
      const first = word.charCodeAt(0);
      const entry = { word, list, order };
      const at = byFirst.get(first);
      if (at) at.push(entry);
      else byFirst.set(first, [entry]);
    }),
  );
  const firsts = sketchOf(byFirst.keys());
  return {
    firstIn(text) {
      let best: number[] | null = null;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (!mayStart(firsts, code)) continue;
        const ws = byFirst.get(code);
        if (!ws) continue;
        for (const { word, list, order } of ws) {
          if (best !== null && order >= (best[list] ?? Infinity)) continue;
          if (!text.startsWith(word, i)) continue;
          best ??= new Array<number>(lists.length).fill(Infinity);
          best[list] = order;
        }
      }
      if (best === null) return NONE;
      const out: (string | undefined)[] = new Array<string | undefined>(lists.length);
      for (let list = 0; list < lists.length; list++) {
        const order = best[list] ?? Infinity;
        out[list] = order === Infinity ? undefined : lists[list]?.[order];
      }
      return out;
    },
  };
}

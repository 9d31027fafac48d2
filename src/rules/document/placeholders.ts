/** A placeholder found in a text: the fragment as written, and where. */
export interface PlaceholderHit {
  fragment: string;
  index: number;
  /** An ellipsis inside prose may be the author's "等等" rather than a gap: only worth a question. */
  soft: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Characters from which a value reads as prose (a sentence), where an ellipsis may be style. */
const LONG_TEXT = 30;
const ELLIPSIS = /^(?:…+|\.{3,})$/;
/** A single star between numbers or letters is a multiplication (`3*5`, `10m*5m`), not a gap. */
const OPERAND = /[0-9A-Za-z)）\]]/;
const OPERAND_AFTER = /[0-9A-Za-z(（[]/;

/** What follows a number: a star before one of these stands for the number. */
const UNIT_AFTER_GAP = /^[年月日号时分秒个次人家项台套件名场期届批元%％万]/u;

function isStar(token: string): boolean {
  return token === '*' || token === '＊';
}

/** Whether a lone star at index i stands for something missing rather than for a product or a footnote mark. */
function loneStarIsGap(text: string, i: number): boolean {
  const before = text.slice(0, i).trimEnd();
  const after = text.slice(i + 1).trimStart();
  const prev = before.slice(-1);
  const next = after.charAt(0);
  if (prev && next && OPERAND.test(prev) && OPERAND_AFTER.test(next)) return false;
  // At the start a star stands for a number only before a unit (`*月*日`, `*次`); before words it is a
  // mark (`*注：…`, `*为必填项`, `*数量指标` in templates that star required rows). `满意度*` is a footnote.
  if (!prev && after !== '' && !UNIT_AFTER_GAP.test(after)) return false;
  if (!next && prev !== '') return false;
  return true;
}

/**
 * Template leftovers in a text (`购置**数量`, `**月**日前`, `XX公司`, `××`, `…`), from the profile's list.
 * Longer tokens first, so that `**` is one leftover and not two stars. `XX` counts only where it is not
 * part of a Latin word; a lone `*` only where it is neither a multiplication nor a footnote mark.
 * `prose` marks free text, where an ellipsis is soft.
 */
export function findPlaceholders(text: string, tokens: readonly string[], prose: boolean): PlaceholderHit[] {
  const taken = new Array<boolean>(text.length).fill(false);
  const hits: PlaceholderHit[] = [];
  for (const { token, re } of compiled(tokens)) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.slice(start, end).some(Boolean)) continue;
      if (isStar(token) && m[0].length === 1 && !loneStarIsGap(text, start)) continue;
      for (let i = start; i < end; i++) taken[i] = true;
      const ellipsis = ELLIPSIS.test(m[0]);
      // An ellipsis is a gap where it stands alone or in a short name or value; in prose it may be style.
      const rest = text.replace(/…|\.{3,}/g, '').trim().length;
      const soft = ellipsis && rest > 0 && (prose || rest >= LONG_TEXT);
      hits.push({ fragment: m[0], index: start, soft });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

interface CompiledToken {
  token: string;
  re: RegExp;
}

/** Compiled once per word list: a large form asks for thousands of cells. */
const compiledCache = new Map<string, CompiledToken[]>();

function compiled(tokens: readonly string[]): CompiledToken[] {
  const key = tokens.join('\u0000');
  const hit = compiledCache.get(key);
  if (hit) return hit;
  const sorted = [...new Set(tokens)].filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
  const out = sorted.map((token) => {
    const source = /^[A-Za-z]+$/.test(token)
      ? `(?<![A-Za-z])${escape(token)}(?:${escape(token.charAt(0))})*(?![A-Za-z])`
      : `(?:${escape(token)})+`;
    return { token, re: new RegExp(source, 'gu') };
  });
  compiledCache.set(key, out);
  return out;
}

/**
 * A cheap test that a text may hold a placeholder: it contains the first character of some token (any
 * case). One character class, built once per word list.
 */
export function placeholderPrefilter(tokens: readonly string[]): (text: string) => boolean {
  let re = prefilters.get(tokens);
  if (!re) {
    const firsts = new Set<string>();
    for (const t of tokens) {
      const c = t.charAt(0);
      if (!c) continue;
      firsts.add(c.toLowerCase());
      firsts.add(c.toUpperCase());
    }
    // A character whose other case is two characters (ß → SS) can never equal one character of a text.
    const chars = [...firsts].filter((c) => [...c].length === 1 && c.length === 1);
    re = chars.length > 0 ? new RegExp(`[${chars.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'u') : NEVER;
    prefilters.set(tokens, re);
  }
  const test = re;
  return (text) => test.test(text);
}

const NEVER = /(?!)/;
const prefilters = new WeakMap<readonly string[], RegExp>();

/** Whether a text contains one of the tokens as written: no placeholder can be found in a text without one. */
export function containsToken(tokens: readonly string[]): (text: string) => boolean {
  const words = [...new Set(tokens)].filter((t) => t.length > 0);
  return (text) => words.some((w) => text.includes(w));
}

/** A window of the text around a hit, for the message. */
export function excerpt(text: string, index: number, width = 16): string {
  const flat = text.replace(/\s+/g, ' ');
  const from = Math.max(0, index - width);
  const to = Math.min(flat.length, index + width);
  return `${from > 0 ? '…' : ''}${flat.slice(from, to)}${to < flat.length ? '…' : ''}`;
}

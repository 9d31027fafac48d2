import { normaliseNumberSpan } from '../../parse/normalise';
import { knownUnitAt } from '../../parse/units';

/** A number a goal text commits to: `组织培训3-5次`, `服务企业不少于300人次`, `采购基础防护软件1套`. */
export interface GoalPromise {
  /** floor: at least low; ceiling: at most high; exact: low = high; range: low–high. */
  kind: 'floor' | 'ceiling' | 'exact' | 'range';
  low: number;
  high: number;
  unit: string;
  /** Index into the profile's unit groups: units of one group count the same kind of thing. */
  group: number;
  /** The words around the number that say what is counted (the clause, without the number). */
  subject: string;
  /** The clause as written, for the message. */
  text: string;
}

export interface PromiseVocab {
  unitGroups: readonly string[];
  atLeast: readonly string[];
  atMost: readonly string[];
  notPromise: readonly string[];
}

const CLAUSE_END = /[，。；;,!！?？\n\r：:（）()【】]/;
const CN_NUMBERS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/**
 * Chinese numerals are read only before measure words that never start a set phrase: `购买一辆` is a
 * promise, `一次性`, `一部分`, `一个平台`, `一项工作` are not.
 */
const CN_UNITS = ['辆', '套', '台', '场', '名', '篇', '座', '处'];
const NUMBER = /(?<![\d.A-Za-z])(\d+(?:\.\d+)?)(?:\s*([-~至到])\s*(\d+(?:\.\d+)?))?/gu;

/** Each unit's first group, per group list: asked for every indicator of a large form. */
const groupIndexes = new WeakMap<readonly string[], Map<string, number>>();

function groupIndex(groups: readonly string[]): Map<string, number> {
  let index = groupIndexes.get(groups);
  if (index) return index;
  index = new Map();
  for (let g = 0; g < groups.length; g++) for (const u of (groups[g] ?? '').split(',')) if (!index.has(u)) index.set(u, g);
  groupIndexes.set(groups, index);
  return index;
}

export function groupOf(unit: string | null, groups: readonly string[]): number {
  if (unit === null) return -1;
  const u = unit.trim().replace('％', '%');
  return groupIndex(groups).get(u) ?? -1;
}

function unitAt(rest: string): string | null {
  if (rest.startsWith('%')) return '%';
  return knownUnitAt(rest);
}

function clauseAround(t: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !CLAUSE_END.test(t.charAt(from - 1))) from--;
  let to = end;
  while (to < t.length && !CLAUSE_END.test(t.charAt(to))) to++;
  return { from, to };
}

function endsWithAny(s: string, words: readonly string[]): boolean {
  return words.some((w) => w !== '' && s.endsWith(w));
}

function startsWithAny(s: string, words: readonly string[]): boolean {
  return words.some((w) => w !== '' && s.startsWith(w));
}

/** The longest comparator word before or after the number decides: `不少于` is a floor though it ends in `少于`. */
function boundOf(head: string, tail: string, vocab: PromiseVocab): 'floor' | 'ceiling' | null {
  const words: [string, 'floor' | 'ceiling'][] = [
    ...vocab.atLeast.map((w): [string, 'floor'] => [w, 'floor']),
    ...vocab.atMost.map((w): [string, 'ceiling'] => [w, 'ceiling']),
  ];
  let kind: 'floor' | 'ceiling' | null = null;
  let len = 0;
  for (const [w, k] of words) {
    if (w.length <= len || !(head.endsWith(w) || tail.startsWith(w))) continue;
    kind = k;
    len = w.length;
  }
  return kind;
}

interface RawNumber {
  start: number;
  end: number;
  low: number;
  high: number | null;
}

function rawNumbers(t: string): RawNumber[] {
  const out: RawNumber[] = [];
  for (const m of t.matchAll(NUMBER)) {
    out.push({ start: m.index, end: m.index + m[0].length, low: Number(m[1]), high: m[3] !== undefined ? Number(m[3]) : null });
  }
  for (let i = 0; i < t.length; i++) {
    const n = CN_NUMBERS[t.charAt(i)];
    const next = t.charAt(i + 1);
    if (n === undefined || !CN_UNITS.includes(next)) continue;
    out.push({ start: i, end: i + 1, low: n, high: null });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The numbers a goal promises, with their unit and subject. Left out, to avoid false alarms: numbers
 * without a counting unit (years, list numbers `1.`), estimates and changes (`约`, `提高10%`), ordinals
 * (`第21届`), frequencies (`每月1次`) and amounts of money.
 */
export function promisesIn(text: string, vocab: PromiseVocab): GoalPromise[] {
  const t = normaliseNumberSpan(text);
  const out: GoalPromise[] = [];
  const numbers = rawNumbers(t);
  numbers.forEach((n, k) => {
    const p = promiseAt(text, t, n, numbers[k - 1], numbers[k + 1], vocab);
    if (p) out.push(p);
  });
  return out;
}

/** The promise a number makes, if any; the subject stops at the neighbouring numbers of the clause. */
function promiseAt(
  text: string,
  t: string,
  n: RawNumber,
  prev: RawNumber | undefined,
  next: RawNumber | undefined,
  vocab: PromiseVocab,
): GoalPromise | null {
  const afterNumber = t.slice(n.end);
  const unit = unitAt(afterNumber.trimStart());
  if (unit === null) return null;
  const group = groupOf(unit, vocab.unitGroups);
  if (group < 0) return null;
  const unitEnd = n.end + (afterNumber.length - afterNumber.trimStart().length) + unit.length;
  const head = t.slice(Math.max(0, n.start - 6), n.start).trimEnd();
  const tail = t.slice(unitEnd).trimStart();
  if (endsWithAny(head, vocab.notPromise) || startsWithAny(tail, ['左右', '以来'])) return null;
  // A frequency (`每月1次`, `每季度开展2场`) is a time target, not a count to deliver.
  if (/每[^\d，。；,;]{0,8}$/u.test(t.slice(Math.max(0, n.start - 10), n.start))) return null;
  const kind: GoalPromise['kind'] = n.high !== null ? 'range' : (boundOf(head, tail, vocab) ?? 'exact');
  const low = n.high !== null ? Math.min(n.low, n.high) : n.low;
  const high = n.high !== null ? Math.max(n.low, n.high) : n.low;
  const { from, to } = clauseAround(t, n.start, unitEnd);
  const subjectFrom = Math.max(from, prev ? prev.end : 0);
  const subjectTo = Math.min(to, next ? next.start : t.length);
  const subject = `${text.slice(subjectFrom, n.start)} ${text.slice(unitEnd, Math.max(unitEnd, subjectTo))}`;
  return { kind, low, high, unit, group, subject, text: text.slice(from, to).trim() };
}

/** Two-character words of the CJK runs of a text, without those too common to tell subjects apart. */
export function bigrams(text: string, stop: readonly string[]): Set<string> {
  const skip = stopSet(stop);
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) {
    if (!isCjk(text.charCodeAt(i)) || !isCjk(text.charCodeAt(i + 1))) continue;
    const b = text.slice(i, i + 2);
    if (!skip.has(b)) out.add(b);
  }
  return out;
}

function isCjk(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

const stopSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function stopSet(stop: readonly string[]): ReadonlySet<string> {
  let set = stopSets.get(stop);
  if (!set) {
    set = new Set(stop);
    stopSets.set(stop, set);
  }
  return set;
}

/**
 * How many of the words (two CJK characters each, stopwords already out, as bigrams gives them) the
 * text contains: sharedCount(words, bigrams(text, stop)) without building the text's bigrams.
 */
export function sharedWith(words: ReadonlySet<string>, text: string): number {
  let n = 0;
  for (const w of words) if (text.includes(w)) n++;
  return n;
}

export function sharedCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

import type { CellValue } from '../model/snapshot';
import { isCellError } from '../model/snapshot';
import type { Deadline, ParsedDate, YMD } from './types';
import { normaliseNumberSpan } from './normalise';

const DAY_MS = 86_400_000;
/** Excel's day 0 for serials from 61 on (1900-03-01); below that Excel counts from 1899-12-31. */
const EPOCH = Date.UTC(1899, 11, 30);
/** 9999-12-31, Excel's last date. */
const MAX_SERIAL = 2_958_465;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidYMD(d: YMD): boolean {
  return (
    Number.isInteger(d.year) &&
    Number.isInteger(d.month) &&
    Number.isInteger(d.day) &&
    d.year >= 1 &&
    d.year <= 9999 &&
    d.month >= 1 &&
    d.month <= 12 &&
    d.day >= 1 &&
    d.day <= daysInMonth(d.year, d.month)
  );
}

/** Negative when a is before b, 0 when equal. */
export function compareYMD(a: YMD, b: YMD): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function utc(d: YMD): number {
  const t = new Date(0);
  t.setUTCFullYear(d.year, d.month - 1, d.day);
  return t.getTime();
}

function fromUtc(ms: number): YMD {
  const t = new Date(ms);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addDays(d: YMD, days: number): YMD {
  return fromUtc(utc(d) + days * DAY_MS);
}

/** Days from a to b (b − a); inclusive periods add one. */
export function daysBetween(a: YMD, b: YMD): number {
  return Math.round((utc(b) - utc(a)) / DAY_MS);
}

export function formatYMD(d: YMD): string {
  const p = (n: number, w: number): string => String(n).padStart(w, '0');
  return `${p(d.year, 4)}-${p(d.month, 2)}-${p(d.day, 2)}`;
}

/**
 * An Excel serial (1900 system) as a date. Excel believes 1900 was a leap year: serial 60 is the
 * non-existent 1900-02-29, and serials from 61 are one day ahead of a plain count from 1899-12-31.
 * Fractions (times of day) are dropped. Null outside 1..9999-12-31.
 */
export function serialToYMD(n: number): YMD | null {
  if (!Number.isFinite(n)) return null;
  const s = Math.floor(n);
  if (s < 1 || s > MAX_SERIAL) return null;
  if (s === 60) return { year: 1900, month: 2, day: 29 };
  if (s < 60) return fromUtc(EPOCH + (s + 1) * DAY_MS);
  return fromUtc(EPOCH + s * DAY_MS);
}

/** The Excel serial of a date (inverse of serialToYMD, 1900-02-29 included). */
export function ymdToSerial(d: YMD): number {
  if (d.year === 1900 && d.month === 2 && d.day === 29) return 60;
  const days = Math.round((utc(d) - EPOCH) / DAY_MS);
  return days <= 60 ? days - 1 : days;
}

const DATE_PATTERNS: readonly RegExp[] = [
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/**
 * A date cell: an Excel serial, or text `2024-01-01`, `2024/1/1`, `2024年1月1日`, `2024.1.1`, `20240101`
 * (full-width digits too). Impossible dates (2024-02-30, serial 60) are invalid. Never throws.
 */
export function parseDate(v: CellValue): ParsedDate {
  if (v === null) return { kind: 'empty' };
  if (isCellError(v)) return { kind: 'invalid', text: v.error };
  if (typeof v === 'boolean') return { kind: 'invalid', text: v ? 'TRUE' : 'FALSE' };
  if (typeof v === 'number') {
    const d = serialToYMD(v);
    return d && isValidYMD(d) ? { kind: 'date', date: d } : { kind: 'invalid', text: String(v) };
  }
  const text = v.trim();
  if (text === '') return { kind: 'empty' };
  const s = normaliseNumberSpan(text).replace(/\s*([-/.年月日])\s*/g, '$1');
  for (const re of DATE_PATTERNS) {
    const m = re.exec(s);
    if (!m) continue;
    const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    return isValidYMD(d) ? { kind: 'date', date: d } : { kind: 'invalid', text };
  }
  return { kind: 'invalid', text };
}

// ---------------------------------------------------------------- deadlines

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 1–12 in digits or Chinese numerals (十一, 十二); NaN otherwise. */
export function smallNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  if (s.length === 2 && s[0] === '十') return 10 + (CN_DIGITS[s[1] ?? ''] ?? NaN);
  if (s.length === 1) return CN_DIGITS[s] ?? NaN;
  if (s.length === 2 && s[1] === '十') return (CN_DIGITS[s[0] ?? ''] ?? NaN) * 10;
  return NaN;
}

const NUM = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])';
const YEAR = '((?:19|20)\\d{2})';
const BEFORE = '(之前|以前|前)?';
/** What may follow a date written without 年/月 words: its end, a verb, punctuation. */
const DATE_END = '(?=完成|完工|竣工|结束|实施|办结|上线|到位|交付|验收|$|[，。；,;)\\s])';

interface DeadlineMatch {
  deadline: Deadline;
  index: number;
  length: number;
}

type Builder = (m: RegExpExecArray) => Deadline | null;

function monthDeadline(year: number | null, month: number, day: number | null, before: boolean, end: boolean): Deadline | null {
  if (!(month >= 1 && month <= 12)) return null;
  if (day !== null) {
    const y = year ?? 2000; // a leap year, so 2月29日 without a year is accepted
    if (!isValidYMD({ year: y, month, day })) return null;
  }
  return { year, month, day, bound: before && !end ? 'before' : 'by' };
}

function quarterDeadline(year: number | null, q: number, before: boolean, end: boolean): Deadline | null {
  if (!(q >= 1 && q <= 4)) return null;
  // 第三季度前: before the quarter starts; 第三季度(末前): by its last day.
  if (before && !end) return { year, month: q * 3 - 2, day: null, bound: 'before' };
  return { year, month: q * 3, day: null, bound: 'quarter' };
}

const yearOf = (s: string | undefined): number | null => (s ? Number(s) : null);

/** Patterns on text whose digits are already half-width; most specific first. */
const DEADLINE_PATTERNS: readonly [RegExp, Builder][] = [
  [
    new RegExp(`${YEAR}[-/.](\\d{1,2})[-/.](\\d{1,2})日?${BEFORE}`, 'u'),
    (m) => monthDeadline(yearOf(m[1]), Number(m[2]), Number(m[3]), Boolean(m[4]), false),
  ],
  [
    new RegExp(`${YEAR}年${NUM}月(\\d{1,2})[日号]${BEFORE}`, 'u'),
    (m) => monthDeadline(yearOf(m[1]), smallNumber(m[2] ?? ''), Number(m[3]), Boolean(m[4]), false),
  ],
  [
    new RegExp(`${YEAR}年?第?([一二三四1-4])季度(末|底)?${BEFORE}`, 'u'),
    (m) => quarterDeadline(yearOf(m[1]), smallNumber(m[2] ?? ''), Boolean(m[4]), Boolean(m[3])),
  ],
  [
    new RegExp(`${YEAR}年(上半年|下半年|年中|年底|年末|底|末)${BEFORE}`, 'u'),
    (m) => halfDeadline(yearOf(m[1]), m[2] ?? '', Boolean(m[3])),
  ],
  [
    new RegExp(`${YEAR}年${NUM}月(份)?(底|末|中旬|下旬|上旬)?${BEFORE}`, 'u'),
    (m) => monthDeadline(yearOf(m[1]), smallNumber(m[2] ?? ''), null, Boolean(m[5]), Boolean(m[4])),
  ],
  [
    // 2024.11, 2024-11前; not 2000.5万元 nor 2024.10(年)
    new RegExp(`${YEAR}[-/.](\\d{1,2})(?:月)?(底|末)?${BEFORE}${DATE_END}`, 'u'),
    (m) => monthDeadline(yearOf(m[1]), Number(m[2]), null, Boolean(m[4]), Boolean(m[3])),
  ],
  [
    new RegExp(`${YEAR}年(?:度)?(内|以内|之内)?${BEFORE}(?=完成|完工|竣工|结束|实施|办结|上线|到位|交付|验收|$|[，。；,;\\s])`, 'u'),
    (m) => ({ year: yearOf(m[1]), month: null, day: null, bound: m[3] ? 'before' : 'by' }),
  ],
  [
    new RegExp(`(?<![\\d.年])${NUM}月(\\d{1,2})[日号]${BEFORE}`, 'u'),
    (m) => monthDeadline(null, smallNumber(m[1] ?? ''), Number(m[2]), Boolean(m[3]), false),
  ],
  [
    new RegExp(`第([一二三四1-4])季度(末|底)?${BEFORE}`, 'u'),
    (m) => quarterDeadline(null, smallNumber(m[1] ?? ''), Boolean(m[3]), Boolean(m[2])),
  ],
  [new RegExp(`(?<![\\d零〇一二两三四五六七八九十百个])(上半年|下半年|年底|年末|年中)${BEFORE}`, 'u'), (m) => halfDeadline(null, m[1] ?? '', Boolean(m[2]))],
  [
    // 年内完成, 当年完成; not 三年内 (a duration) nor 年度完成率 (a name).
    new RegExp(`(?<![\\d零〇一二两三四五六七八九十百个半])(年内|年度内|本年度内|当年内|当年|本年度)(?=完成|完工|实施|结束|办结|到位|$)(?!完成率|完成数|完成量)`, 'u'),
    () => ({ year: null, month: 12, day: null, bound: 'by' }),
  ],
  [
    // 12月底前, 11月前, 6月份完成: a bare month needs a marker, so that 12个月 or 12.00(月次) are not read as dates.
    new RegExp(`(?<![\\d.年个(（])${NUM}月(份)?(底|末|中旬|下旬|上旬)?${BEFORE}(?=完成|完工|竣工|结束|实施|办结|上线|到位|交付|验收|$|[，。；,;\\s])`, 'u'),
    (m) => {
      if (!m[2] && !m[3] && !m[4] && m.index + m[0].length < m.input.length) {
        // `6月完成` is a deadline; `6月` followed by anything else is too weak a sign.
        if (!/^(完成|完工|竣工|结束|实施|办结|上线|到位|交付|验收)/.test(m.input.slice(m.index + m[0].length))) return null;
      }
      return monthDeadline(null, smallNumber(m[1] ?? ''), null, Boolean(m[4]), Boolean(m[3]));
    },
  ],
];

function halfDeadline(year: number | null, word: string, before: boolean): Deadline | null {
  switch (word) {
    case '上半年':
    case '年中':
      return { year, month: before ? 1 : 6, day: null, bound: before ? 'before' : 'by' };
    case '下半年':
      return before ? { year, month: 7, day: null, bound: 'before' } : { year, month: 12, day: null, bound: 'by' };
    default: // 年底 年末 底 末: the end of the year; 年底前 is still by the end
      return { year, month: 12, day: null, bound: 'by' };
  }
}

/** The first deadline phrase in a text (digits already half-width), with where it sits. */
export function matchDeadline(text: string): DeadlineMatch | null {
  let best: DeadlineMatch | null = null;
  for (const [re, build] of DEADLINE_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const d = build(m);
    if (!d) continue;
    // The earliest match wins; at the same place, the earlier (more specific) pattern.
    if (!best || m.index < best.index) best = { deadline: d, index: m.index, length: m[0].length };
  }
  return best;
}

/**
 * The first deadline in a text: `2024年11月前完成`, `年底前`, `12月底前`, `第三季度`, `2024-06-30前`,
 * `上半年`. Null when there is none. Parts not written stay null (see resolveDeadline).
 */
export function parseDeadline(text: string): Deadline | null {
  return matchDeadline(normaliseNumberSpan(text))?.deadline ?? null;
}

/**
 * The last day a deadline allows, with the form's year for parts not written. `前` is read literally
 * (`2024年11月前` → 2024-10-31, `6月30日前` → 6月29日), the earliest reading, so that a deadline is
 * never pushed past the project's end by interpretation. 底/末/a plain month → the month's last day.
 */
export function resolveDeadline(d: Deadline, formYear: number): YMD {
  const year = d.year ?? formYear;
  if (d.month === null) {
    return d.bound === 'before' ? { year: year - 1, month: 12, day: 31 } : { year, month: 12, day: 31 };
  }
  if (d.day !== null) {
    const day = Math.min(d.day, daysInMonth(year, d.month));
    const date = { year, month: d.month, day };
    return d.bound === 'before' ? addDays(date, -1) : date;
  }
  if (d.bound === 'before') return addDays({ year, month: d.month, day: 1 }, -1);
  return { year, month: d.month, day: daysInMonth(year, d.month) };
}

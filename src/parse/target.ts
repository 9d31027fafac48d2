import type { CellValue } from '../model/snapshot';
import { isCellError } from '../model/snapshot';
import { matchDeadline, smallNumber } from './date';
import { normaliseNumberSpan } from './normalise';
import type { Comparator, Deadline, Target } from './types';
import { FREQUENCY_UNITS, isTimeUnit, knownUnitAt } from './units';

/** Comparators written before a number, longest first (matched on the normalised text). */
const PREFIX_COMPARATORS: readonly [string, Comparator][] = [
  ['大于等于', '≥'],
  ['大于或等于', '≥'],
  ['小于等于', '≤'],
  ['小于或等于', '≤'],
  ['不低于', '≥'],
  ['不少于', '≥'],
  ['不小于', '≥'],
  ['不短于', '≥'],
  ['不高于', '≤'],
  ['不超过', '≤'],
  ['不大于', '≤'],
  ['不多于', '≤'],
  ['不长于', '≤'],
  ['不超出', '≤'],
  ['至少', '≥'],
  ['最少', '≥'],
  ['最低', '≥'],
  ['达到', '≥'],
  ['至多', '≤'],
  ['最多', '≤'],
  ['最高', '≤'],
  ['大于', '>'],
  ['超过', '>'],
  ['高于', '>'],
  ['多于', '>'],
  ['小于', '<'],
  ['低于', '<'],
  ['少于', '<'],
  ['等于', '='],
  ['>=', '≥'],
  ['≥=', '≥'],
  ['=>', '≥'],
  ['<=', '≤'],
  ['≤=', '≤'],
  ['=<', '≤'],
  ['==', '='],
  ['≥', '≥'],
  ['≤', '≤'],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
  ['达', '≥'],
];

/** Comparators written after the number and unit (`90%以上`, `3个工作日内`). */
const SUFFIX_COMPARATORS: readonly [string, Comparator | null][] = [
  ['及以上', '≥'],
  ['或以上', '≥'],
  ['以上', '≥'],
  ['及以下', '≤'],
  ['或以下', '≤'],
  ['以下', '≤'],
  ['以内', '≤'],
  ['之内', '≤'],
  ['内', '≤'],
  ['左右', null],
];

/** Verbs that belong to a deadline phrase (`2024年11月前完成`) rather than to a note. */
const DEADLINE_VERBS = /^(?:完成|完工|竣工|结束|实施|办结|上线|到位|交付|验收|举办|召开|启动)+/;

/** Characters that end a short label before a number: a sentence, not a label, comes before them. */
const SENTENCE_PUNCT = /[，。；;,、!！?？()（）《》“”"【】[\]]/;

const NUMBER_AT = /^(-?)(\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)/;

function trimNote(s: string): string | null {
  const t = s.replace(/^[\s。，,；;:：、.]+/, '').replace(/[\s，,；;:：、]+$/, '');
  return t === '' ? null : t;
}

function joinNotes(...parts: (string | null)[]): string | null {
  const kept = parts.map((p) => (p === null ? null : trimNote(p))).filter((p): p is string => p !== null);
  return kept.length ? kept.join(' ') : null;
}

const YEAR_TOKEN = /(?:19|20)\d{2}年/g;

/** A short label before a value (`稳定率90%`, `2024年完成率`): no sentence punctuation, no digits but a year. */
function isLabelPrefix(s: string): boolean {
  const t = s.trim();
  return t.length <= 16 && !SENTENCE_PUNCT.test(t) && !/\d/.test(t.replace(YEAR_TOKEN, ''));
}

/** Where the number of a target starts: the first digit outside a year (`2024年底前完成率达到95%`), else the first digit. */
function firstTargetDigit(s: string): number {
  const masked = s.replace(YEAR_TOKEN, (y) => '#'.repeat(y.length));
  const outside = masked.search(/\d/);
  return outside >= 0 ? outside : s.search(/\d/);
}

function prefixComparatorEndingAt(norm: string, end: number): { comparator: Comparator; start: number } | null {
  const before = norm.slice(0, end).replace(/\s+$/, '');
  for (const [word, c] of PREFIX_COMPARATORS) if (before.endsWith(word)) return { comparator: c, start: before.length - word.length };
  return null;
}

function suffixComparatorAt(norm: string, at: number, unit: string | null): { comparator: Comparator | null; length: number; limit: boolean } | null {
  const rest = norm.slice(at).replace(/^\s+/, '');
  const skipped = norm.length - at - rest.length;
  for (const [word, c] of SUFFIX_COMPARATORS) {
    if (!rest.startsWith(word)) continue;
    // A bare 内 only closes a time limit (`3天内`); elsewhere it starts a word (`内容`).
    if (word === '内' && !isTimeUnit(unit)) return null;
    return { comparator: c, length: skipped + word.length, limit: word.endsWith('内') };
  }
  return null;
}

/** Unit text is kept as written, except that full-width ％ is the percent sign. */
function unitAsWritten(u: string): string {
  const t = u.trim();
  return t === '％' ? '%' : t;
}

const UNIT_CHARS = /^[\p{L}%％‰℃°²³·/／\d\s.]+$/u;

/** Reads a unit at `at` (after the number): `(%)`, `(场)`, `%`, `场`, `次/年`, `km`. */
function unitAt(orig: string, norm: string, at: number): { unit: string | null; end: number; bracketed: boolean } {
  let j = at;
  while (j < norm.length && /\s/.test(norm.charAt(j))) j++;
  const ch = norm[j];
  if (ch === '(') {
    const close = norm.indexOf(')', j + 1);
    if (close > j + 1) {
      const inner = orig.slice(j + 1, close).trim();
      if (inner.length > 0 && inner.length <= 12 && UNIT_CHARS.test(inner) && /[\p{L}%％‰℃°]/u.test(inner))
        return { unit: unitAsWritten(inner), end: close + 1, bracketed: true };
    }
    return { unit: null, end: at, bracketed: false };
  }
  if (ch === '%' || ch === '‰') return { unit: ch, end: j + 1, bracketed: false };
  const rest = orig.slice(j);
  let unit = knownUnitAt(rest);
  if (unit === null) unit = /^[A-Za-z][A-Za-z0-9²³]*/.exec(rest)?.[0] ?? null;
  if (unit === null) unit = loneUnit(rest);
  if (unit === null) return { unit: null, end: at, bracketed: false };
  let end = j + unit.length;
  // 次/年, 人次/月, km/h
  const per = /^[/／]/.test(orig.slice(end)) ? (knownUnitAt(orig.slice(end + 1)) ?? /^[A-Za-z]+/.exec(orig.slice(end + 1))?.[0]) : undefined;
  if (per) {
    unit = orig.slice(j, end + 1 + per.length);
    end += 1 + per.length;
  }
  return { unit, end, bracketed: false };
}

/** Characters that follow a number without being its unit (`5以上`, `3个工作日内`, `100%完成`). */
const NOT_UNIT = /[以及之内左的完或至到和与、约余多近共每第前后]/u;

/**
 * A single Chinese character the unit list does not know (`≥10栋`), taken as the unit only when
 * nothing but the end, punctuation, a bracket or a suffix comparator follows it.
 */
function loneUnit(rest: string): string | null {
  const ch = rest.charAt(0);
  if (!/\p{Script=Han}/u.test(ch) || NOT_UNIT.test(ch)) return null;
  const after = normaliseNumberSpan(rest.slice(1));
  if (after === '' || /^[\s,;:。、!?()\[\]【】]/.test(after) || SUFFIX_COMPARATORS.some(([w]) => after.startsWith(w))) return ch;
  return null;
}

const CN_NUMERAL_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_NUMERAL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 三 → 3, 十二 → 12, 二十 → 20, 一百二十 → 120, 两万 → 20000; NaN for anything else. */
export function chineseNumber(s: string): number {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  if (s === '') return NaN;
  for (const ch of s) {
    const d = CN_NUMERAL_DIGITS[ch];
    const u = CN_NUMERAL_UNITS[ch];
    if (d !== undefined) {
      if (digit !== null && digit !== 0) return NaN; // 三五 is no number
      digit = d;
    } else if (u !== undefined) {
      section += (digit ?? 1) * u;
      digit = null;
    } else if (ch === '万') {
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = null;
    } else return NaN;
  }
  return total + section + (digit ?? 0);
}

/** `不少于三次`, `≥两场`, `一次`, `三年内`: a small count in Chinese numerals with a known unit. */
function chineseQuantity(orig: string, norm: string, start: number): Target | null {
  const numeralAt = norm.slice(start).search(/[零〇一二两三四五六七八九十百千万]/u);
  if (numeralAt < 0) return null;
  const at = start + numeralAt;
  let cmp: { comparator: Comparator; start: number } | null = null;
  if (numeralAt > 0) {
    // Only a comparator may come before the numeral: 统一, 第一 are words.
    cmp = prefixComparatorEndingAt(norm, at);
    if (!cmp || cmp.start !== start) return null;
  }
  const m = /^[零〇一二两三四五六七八九十百千万]+/u.exec(norm.slice(at));
  if (!m) return null;
  const numeral = m[0];
  const value = chineseNumber(numeral);
  if (!Number.isFinite(value)) return null;
  let end = at + numeral.length;
  // 三至五次, 一到两场: a range in numerals
  const range = /^(?:至|到|-|~)([零〇一二两三四五六七八九十百千万]+)/u.exec(norm.slice(end));
  const high = range ? chineseNumber(range[1] ?? '') : NaN;
  if (range && Number.isFinite(high)) end += range[0].length;
  const unit = knownUnitAt(orig.slice(end));
  if (unit === null) return null;
  if (range && Number.isFinite(high))
    return { kind: 'range', low: Math.min(value, high), high: Math.max(value, high), unit, note: trimNote(orig.slice(end + unit.length)) };
  const afterUnit = end + unit.length;
  const suffix = suffixComparatorAt(norm, afterUnit, unit);
  const rest = orig.slice(suffix ? afterUnit + suffix.length : afterUnit);
  if (!cmp && !suffix && trimNote(rest) !== null) return null;
  const comparator = cmp?.comparator ?? suffix?.comparator ?? null;
  if (suffix?.limit && !cmp && isTimeUnit(unit)) return { kind: 'duration', comparator: '≤', value, unit, note: trimNote(rest) };
  return { kind: 'quantity', comparator, value, unit, standard: false, note: trimNote(rest) };
}

function numberAt(norm: string, at: number): { value: number; decimals: number; end: number; grouped: boolean } | null {
  const m = NUMBER_AT.exec(norm.slice(at));
  if (!m) return null;
  const body = m[2] ?? '';
  const value = Number((m[1] ?? '') + body.replace(/,/g, ''));
  if (!Number.isFinite(value)) return null;
  const point = body.indexOf('.');
  return { value: value === 0 ? 0 : value, decimals: point < 0 ? 0 : body.length - point - 1, end: at + m[0].length, grouped: body.includes(',') };
}

const BASE_YEAR_COMPARATORS = new Set<Comparator>(['≥', '>', '=', '≤', '<']);

/** `不低于2018年`, `高于2018年水平`: a comparison with a base year's level, not a number of years. */
function isBaseYear(value: number, decimals: number, unit: string | null, comparator: Comparator | null): boolean {
  return unit === '年' && decimals === 0 && Number.isInteger(value) && value >= 1949 && value <= 2100 && comparator !== null && BASE_YEAR_COMPARATORS.has(comparator);
}

const FREQUENCY = new RegExp(
  `^(?:每个?|一)(年度|半年|年|季度|季|月|周|星期|天|日|工作日)[\\u4e00-\\u9fa5]{0,4}?(至少|不少于|不低于|最少|不超过|最多|不多于)?(\\d+|[一二两三四五六七八九十]+)(${FREQUENCY_UNITS.slice()
    .sort((a, b) => b.length - a.length)
    .join('|')})`,
  'u',
);

function frequencyAt(orig: string, norm: string, at: number): Target | null {
  const m = FREQUENCY.exec(norm.slice(at));
  if (!m) return null;
  const count = smallNumber(m[3] ?? '');
  if (!Number.isFinite(count)) return null;
  const word = m[2];
  const comparator: Comparator | null = word === undefined ? null : /超过|最多|不多于/.test(word) ? '≤' : '≥';
  return {
    kind: 'duration',
    comparator,
    value: count,
    unit: orig.slice(at + m[0].length - (m[4] ?? '').length, at + m[0].length),
    per: m[1] === '季' ? '季度' : (m[1] ?? ''),
    note: trimNote(orig.slice(at + m[0].length)),
  };
}

function deadlineTarget(orig: string, norm: string, start: number): Target | null {
  const dm = matchDeadline(norm.slice(start));
  if (!dm) return null;
  const at = start + dm.index;
  const prefixNorm = norm.slice(start, at).trim();
  const cmp = prefixComparatorEndingAt(norm.slice(0, at), at);
  let label = orig.slice(start, at);
  let deadline: Deadline = dm.deadline;
  if (cmp) {
    // 不低于2018年 compares with a base year's level; it is no deadline.
    if ((cmp.comparator === '≥' || cmp.comparator === '>') && deadline.month === null) return null;
    if (cmp.comparator === '<' && deadline.bound === 'by') deadline = { ...deadline, bound: 'before' };
    label = orig.slice(start, cmp.start);
  }
  if (!isLabelPrefix(prefixNorm) && !(cmp && isLabelPrefix(norm.slice(start, cmp.start)))) return null;
  let end = at + dm.length;
  const verbs = DEADLINE_VERBS.exec(orig.slice(end));
  if (verbs) end += verbs[0].length;
  // 年底完成率≥90%: the date words belong to a name, and the target is the rate after them.
  if (/^[率数量]/.test(orig.slice(end))) return null;
  return { kind: 'deadline', deadline, note: joinNotes(label.replace(/(?:于|在|截至|截止|截止到|最迟|最晚)$/, ''), orig.slice(end)) };
}

/** One target, no splitting into parts. */
function parseSingle(orig: string): Target {
  const norm = normaliseNumberSpan(orig);
  const start = norm.length - norm.replace(/^\s+/, '').length;

  const deadline = deadlineTarget(orig, norm, start);
  if (deadline) return deadline;

  const firstDigit = firstTargetDigit(norm.slice(start));
  const freqAt = norm.slice(start).search(/(?:每个?|^一)(?:年度|半年|年|季度|季|月|周|星期|天|日|工作日)/);
  if (freqAt >= 0 && (firstDigit < 0 || freqAt < firstDigit) && isLabelPrefix(norm.slice(start, start + freqAt))) {
    const f = frequencyAt(orig, norm, start + freqAt);
    if (f) return f.kind === 'duration' ? { ...f, note: joinNotes(orig.slice(start, start + freqAt), f.note) } : f;
  }
  const text = orig.trim();
  if (firstDigit < 0) return chineseQuantity(orig, norm, start) ?? { kind: 'qualitative', text };

  let numStart = start + firstDigit;
  if (numStart > 0 && norm[numStart - 1] === '.') numStart--;
  if (numStart > start && norm[numStart - 1] === '-' && (numStart - 1 === start || !/[\d\p{L}]/u.test(norm[numStart - 2] ?? ''))) numStart--;
  const cmp = prefixComparatorEndingAt(norm, numStart);
  const labelEnd = cmp ? cmp.start : numStart;
  const label = orig.slice(start, labelEnd);
  if (!isLabelPrefix(norm.slice(start, labelEnd))) return { kind: 'qualitative', text };

  const num = numberAt(norm, numStart);
  if (!num) return { kind: 'qualitative', text };
  const value = num.value;
  const first = unitAt(orig, norm, num.end);

  // A range: 3-5次, 1～2场, 500-800名, 3次-5次
  const sepM = /^\s*(?:-|~|至|到)\s*/.exec(norm.slice(first.end));
  if (sepM) {
    const second = numberAt(norm, first.end + sepM[0].length);
    if (second && second.value >= 0) {
      const secondUnit = unitAt(orig, norm, second.end);
      const unit = secondUnit.unit ?? first.unit;
      const low = Math.min(value, second.value);
      const high = Math.max(value, second.value);
      return { kind: 'range', low, high, unit, note: joinNotes(label, orig.slice(secondUnit.end)) };
    }
  }

  // (含) repeats what ≥ and 以上 already say: 90%（含）以上.
  const inclusive = /^\s*\(含\)/.exec(norm.slice(first.end));
  const unitEnd = inclusive ? first.end + inclusive[0].length : first.end;
  const suffix = suffixComparatorAt(norm, unitEnd, first.unit);
  const afterSuffix = suffix ? unitEnd + suffix.length : unitEnd;
  const comparator = cmp?.comparator ?? suffix?.comparator ?? null;
  if (isBaseYear(value, num.decimals, first.unit, comparator)) return { kind: 'qualitative', text };
  const note = joinNotes(label, orig.slice(afterSuffix));

  if (suffix?.limit && !cmp && first.unit !== null && isTimeUnit(first.unit))
    return { kind: 'duration', comparator: '≤', value, unit: first.unit, note };

  const t: Target = { kind: 'quantity', comparator, value, unit: first.unit, standard: false, note };
  t.standard = comparator !== null && first.unit !== null && note === null && !num.grouped && text === formatTarget(t);
  return t;
}

/**
 * Separators between several targets in one cell. A comma between digits is a thousands separator,
 * and anything inside brackets belongs to a note.
 */
function splitParts(s: string): string[] {
  const norm = normaliseNumberSpan(s);
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < norm.length; i++) {
    const ch = norm[i] ?? '';
    if (ch === '(' || ch === '【' || ch === '[') depth++;
    else if ((ch === ')' || ch === '】' || ch === ']') && depth > 0) depth--;
    else if (depth === 0 && /[;\n、,]/.test(ch)) {
      if (ch === ',' && /\d/.test(norm[i - 1] ?? '') && /\d/.test(norm[i + 1] ?? '')) continue;
      parts.push(s.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(s.slice(from));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

const TARGET_KINDS = new Set<Target['kind']>(['quantity', 'range', 'deadline', 'duration']);

function parseText(s: string): Target {
  const parts = splitParts(s);
  if (parts.length > 1) {
    const parsed = parts.map(parseSingle);
    // A part counts as a target when it states one: a comparator, or nothing but the number (`共发放500份` is a note).
    const targets = parsed.filter((p) => TARGET_KINDS.has(p.kind) && (p.kind !== 'quantity' || p.comparator !== null || p.note === null));
    if (targets.length >= 2) return { kind: 'multiple', parts: parsed };
  }
  return parseSingle(s);
}

/**
 * An indicator value as written: `≥90.00(%)`, `≥5场`, `不低于90%`, `985米`, `3-5次`, `2024年11月前完成`,
 * `3个工作日内`, `每季度一次`, `≥90%；≥95%`, `合理`. Full-width digits and operators are read; unit
 * text is kept as written. Never throws: anything else is qualitative.
 */
export function parseTarget(v: CellValue): Target {
  if (v === null) return { kind: 'empty' };
  if (isCellError(v)) return { kind: 'qualitative', text: v.error };
  if (typeof v === 'boolean') return { kind: 'qualitative', text: v ? 'TRUE' : 'FALSE' };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'qualitative', text: String(v) };
    return { kind: 'quantity', comparator: null, value: v === 0 ? 0 : v, unit: null, standard: false, note: null };
  }
  if (v.trim() === '') return { kind: 'empty' };
  return standardQuantity(v) ?? parseText(v);
}

/**
 * The standard writing and its near misses (`≥90.00(%)`, `≤1200(元)`): a comparator, plain digits and a
 * bracketed unit of Chinese characters or %, nothing else. Most values of a filed form look like this,
 * and for them the general reader comes to the same target by a long way round (no separator, no
 * deadline, no frequency, no suffix, no note can hide in such a text). Null for anything else.
 */
const STANDARD_SHAPE = /^([≥≤><=])(\d+)(\.\d+)?\(([\u4e00-\u9fa5%]{1,12})\)$/;

function standardQuantity(s: string): Target | null {
  const m = STANDARD_SHAPE.exec(s);
  if (!m) return null;
  const comparator = m[1] as Comparator;
  const unit = m[4] ?? '';
  // `≥2018(年)` compares with a base year's level: the general reader says why.
  if (m[3] === undefined && unit === '年') return null;
  const value = Number((m[2] ?? '') + (m[3] ?? ''));
  if (!Number.isFinite(value)) return null;
  const t: Target = { kind: 'quantity', comparator, value: value === 0 ? 0 : value, unit, standard: false, note: null };
  t.standard = s === formatTarget(t);
  return t;
}

/** The general reader alone, without the shortcut for the standard writing: tests hold the two to the same answers. */
export function parseWrittenTarget(s: string): Target {
  if (s.trim() === '') return { kind: 'empty' };
  return parseText(s);
}

/** A number in plain decimals (no exponent), at least two decimals: 5 → '5.00', 99.995 → '99.995'. */
export function formatNumber(n: number, minDecimals = 2): string {
  const s = String(n);
  // Only very large and very small numbers print with an exponent.
  const m = s.includes('e') ? /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s) : null;
  let plain = s;
  if (m) {
    const digits = (m[2] ?? '') + (m[3] ?? '');
    const point = (m[2] ?? '').length + Number(m[4]);
    if (point <= 0) plain = `${m[1]}0.${'0'.repeat(-point)}${digits}`;
    else if (point >= digits.length) plain = m[1] + digits + '0'.repeat(point - digits.length);
    else plain = `${m[1]}${digits.slice(0, point)}.${digits.slice(point)}`;
  }
  const point = plain.indexOf('.');
  const decimals = point < 0 ? 0 : plain.length - point - 1;
  if (decimals >= minDecimals) return plain;
  return `${point < 0 ? `${plain}.` : plain}${'0'.repeat(minDecimals - decimals)}`;
}

const CN_QUARTER = ['', '一', '二', '三', '四'];

/** A deadline in words that parse back to the same deadline. */
export function formatDeadline(d: Deadline): string {
  const y = d.year === null ? '' : `${d.year}年`;
  if (d.month === null) return d.bound === 'before' && y ? `${y}前` : `${y || '年'}内完成`;
  if (d.bound === 'quarter' && d.month % 3 === 0) return `${y}第${CN_QUARTER[d.month / 3] ?? ''}季度`;
  if (d.day !== null) return `${y}${d.month}月${d.day}日${d.bound === 'before' ? '前' : ''}`;
  return `${y}${d.month}月${d.bound === 'before' ? '前' : '底前'}`;
}

/**
 * The standard writing of a target of the same kind: `≥5.00(场)` for a quantity (its note is not part
 * of it), `3.00-5.00(次)` for a range, `2024年11月底前` for a deadline, `3个工作日内`, `每季度1次`.
 * Null for an empty cell.
 */
export function formatTarget(t: Target): string | null {
  switch (t.kind) {
    case 'empty':
      return null;
    case 'quantity':
      return `${t.comparator ?? ''}${formatNumber(t.value)}${t.unit === null ? '' : `(${t.unit})`}`;
    case 'range':
      return `${formatNumber(t.low)}-${formatNumber(t.high)}${t.unit === null ? '' : `(${t.unit})`}`;
    case 'deadline':
      return formatDeadline(t.deadline);
    case 'duration': {
      const count = Number.isInteger(t.value) ? String(t.value) : formatNumber(t.value, 0);
      if (t.per !== undefined) return `每${t.per}${t.comparator === '≥' ? '至少' : t.comparator === '≤' ? '最多' : ''}${count}${t.unit}`;
      return `${count}${t.unit}内`;
    }
    case 'multiple': {
      const parts = t.parts.map(formatTarget);
      return parts.every((p): p is string => p !== null) ? parts.join('；') : null;
    }
    case 'qualitative':
      return t.text;
  }
}

/** `≤3.00(个工作日)` for a time limit, the quantity's own standard for a quantity; null otherwise. */
export function standardQuantityText(t: Target): string | null {
  if (t.kind === 'quantity') return formatTarget(t);
  if (t.kind === 'duration' && t.per === undefined) return `${t.comparator ?? '≤'}${formatNumber(t.value)}(${t.unit})`;
  return null;
}



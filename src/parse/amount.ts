import type { CellValue } from '../model/snapshot';
import { isCellError } from '../model/snapshot';
import type { Amount } from './types';

/**
 * A finite number as a plain decimal string (no exponent). Cells hold doubles, and Excel itself keeps
 * 15 significant digits, so 0.1+0.2 (0.30000000000000004) reads as 0.3, as Excel shows it.
 */
export function numberToDecimal(n: number, significant = 15): string {
  if (!Number.isFinite(n)) return String(n);
  if (n === 0) return '0';
  // An integer under 10^15 already prints as its own 15 significant digits; amounts mostly are.
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const exp = n.toExponential(significant - 1); // d.ddddde±x
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(exp);
  if (!m) return String(n);
  const sign = m[1] ?? '';
  const digits = ((m[2] ?? '') + (m[3] ?? '')).replace(/0+$/, '') || '0';
  const point = Number(m[4]) + 1; // digits before the decimal point
  let body: string;
  if (point <= 0) body = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) body = digits + '0'.repeat(point - digits.length);
  else body = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return sign + body;
}

interface Decimal {
  negative: boolean;
  /** All digits, integer then fraction. */
  digits: string;
  /** Digits after the point. */
  fraction: number;
}

function decimalOf(s: string): Decimal | null {
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m) return null;
  const int = m[2] ?? '';
  const frac = m[3] ?? '';
  if (int === '' && frac === '') return null;
  return { negative: m[1] === '-', digits: (int || '0') + frac, fraction: frac.length };
}

const SCALE_WORDS: readonly [RegExp, number][] = [
  [/亿元$/, 100_000_000],
  [/万元$/, 10_000],
  [/千元$/, 1_000],
  [/亿$/, 100_000_000],
  [/万$/, 10_000],
  [/元$/, 1],
];

/** Text of an amount as people type it: `1,234.50`, `¥1,234.50`, `１２３４．５`, `(1,234.00)`, `123.45万元`. */
function readAmountText(raw: string): { decimal: Decimal; scale: number | null } | null {
  let s = raw.normalize('NFKC').replace(/[\s\u00a0\u2009\u202f]+/g, '');
  s = s.replace(/[−–—]/g, '-');
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1] ?? '';
  }
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  }
  s = s.replace(/^(?:¥|￥|\$|RMB|CNY|人民币)/i, '');
  if (s.startsWith('-') && !negative) {
    negative = true;
    s = s.slice(1);
  }
  let scale: number | null = null;
  for (const [re, k] of SCALE_WORDS) {
    if (re.test(s)) {
      scale = k;
      s = s.replace(re, '');
      break;
    }
  }
  // Thousands separators only in their proper places: `1,234,567.00`, never `12,34`.
  if (s.includes(',')) {
    if (!/^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/.test(s)) return null;
    s = s.replace(/,/g, '');
  }
  const d = decimalOf(s);
  if (!d || d.negative) return null;
  return { decimal: { ...d, negative }, scale };
}

/** A form has one scale (元 or 万元): its digits are worked out once, not for every amount cell. */
const scales = new Map<number, Decimal | null>();

function scaleDecimal(scale: number): Decimal | null {
  let d = scales.get(scale);
  if (d === undefined) {
    d = decimalOf(numberToDecimal(scale));
    if (scales.size < 16) scales.set(scale, d);
  }
  return d;
}

/** Half away from zero, in integer arithmetic. */
function divRound(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = n % d;
  if (r === 0n) return q;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice >= d) return n < 0n ? q - 1n : q + 1n;
  return q;
}

/**
 * An amount cell in integer 分. `scale` converts the form's declared unit to 元 (10000 for 万元);
 * a unit written in the cell (`123.45万元`) wins over it. Text is read exactly (no floating point);
 * number cells at Excel's 15 significant digits. Never throws.
 */
export function parseAmount(v: CellValue, scale = 1): Amount {
  if (v === null) return { kind: 'empty' };
  if (isCellError(v)) return { kind: 'invalid', reason: 'not-number', text: v.error };
  if (typeof v === 'boolean') return { kind: 'invalid', reason: 'not-number', text: v ? 'TRUE' : 'FALSE' };
  let decimal: Decimal | null;
  let unitScale: number | null = null;
  let asText: boolean;
  let text: string;
  if (typeof v === 'number') {
    text = String(v);
    if (!Number.isFinite(v)) return { kind: 'invalid', reason: 'not-number', text };
    decimal = decimalOf(numberToDecimal(v));
    asText = false;
  } else {
    text = v;
    if (v.trim() === '') return { kind: 'empty' };
    const read = readAmountText(v);
    if (!read) return { kind: 'invalid', reason: 'not-number', text };
    decimal = read.decimal;
    unitScale = read.scale;
    asText = true;
  }
  if (!decimal) return { kind: 'invalid', reason: 'not-number', text };
  const scaleDec = scaleDecimal(unitScale ?? scale);
  if (!scaleDec || scaleDec.negative || !Number.isFinite(unitScale ?? scale)) return { kind: 'invalid', reason: 'not-number', text };

  const numerator = BigInt(decimal.digits) * BigInt(scaleDec.digits) * 100n;
  const denominator = 10n ** BigInt(decimal.fraction + scaleDec.fraction);
  const exact = numerator % denominator === 0n;
  const magnitude = divRound(numerator, denominator);
  if (magnitude > BigInt(Number.MAX_SAFE_INTEGER)) return { kind: 'invalid', reason: 'not-number', text };
  const fen = Number(decimal.negative ? -magnitude : magnitude);
  if (decimal.negative && magnitude !== 0n) return { kind: 'invalid', reason: 'negative', text, fen };
  if (!exact) return { kind: 'invalid', reason: 'too-many-decimals', text, fen };
  return { kind: 'amount', fen: fen === 0 ? 0 : fen, asText, decimals: decimal.fraction };
}

/** 分 as 元 with two decimals and thousands separators: 123456 → '1,234.56'. */
export function formatFen(fen: number): string {
  const n = BigInt(Math.round(fen));
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const yuan = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${yuan}.${cents}`;
}

/** 分 as a number of 元, for writing a cell (two decimals at most, so the double is the nearest to the text). */
export function fenToYuan(fen: number): number {
  return Number(formatFen(fen).replace(/,/g, ''));
}

import fc from 'fast-check';
import type { CellValue } from '../../src/model/snapshot';
import { formatFen, parseAmount } from '../../src/parse/amount';
import { formatYMD, parseDate, parseDeadline, resolveDeadline, serialToYMD, ymdToSerial } from '../../src/parse/date';
import { normaliseNumberSpan } from '../../src/parse/normalise';
import { formatTarget, parseTarget } from '../../src/parse/target';

/** Strings made of the characters values are written with, so that the parsers' paths are exercised. */
const valueChars = fc.constantFrom(
  ...'0123456789０１２３４５６７８９.．,，-－~～%％()（）≥≤><=＞＜＝≧⩾≦年月日前底第季度内以上下不低于少超过达到每次场人家米小时个工作天；;、。 \n'.split(''),
);
const valueText = fc.oneof(fc.string(), fc.string({ unit: valueChars, maxLength: 24 }));
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  valueText,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom({ error: '#REF!' }, { error: '#N/A' }),
);

describe('parser properties', () => {
  it('parseTarget, parseAmount, parseDate and parseDeadline never throw', () => {
    fc.assert(
      fc.property(cell, (v) => {
        parseTarget(v);
        parseAmount(v);
        parseAmount(v, 10000);
        parseDate(v);
        if (typeof v === 'string') parseDeadline(v);
      }),
      { numRuns: 3000 },
    );
  });

  it('scanning keeps every character in its place', () => {
    fc.assert(
      fc.property(valueText, (s) => {
        expect(normaliseNumberSpan(s)).toHaveLength(s.length);
      }),
    );
    expect(normaliseNumberSpan('＞＝９０．００（％）次')).toBe('>=90.00(%)次');
  });

  it('a quantity formats to text that parses to the same quantity', () => {
    fc.assert(
      fc.property(valueText, (s) => {
        const t = parseTarget(s);
        if (t.kind !== 'quantity') return;
        const again = parseTarget(formatTarget(t));
        expect(again).toMatchObject({ kind: 'quantity', comparator: t.comparator, value: t.value, unit: t.unit, standard: t.comparator !== null && t.unit !== null });
      }),
      { numRuns: 3000 },
    );
  });

  it('a generated quantity survives formatting', () => {
    const comparator = fc.constantFrom('≥' as const, '≤' as const, '>' as const, '<' as const, '=' as const, null);
    const unit = fc.constantFrom('%', '场', '次', '人次', '小时', '个工作日', '月次', 'L', '次/年', null);
    fc.assert(
      fc.property(comparator, fc.double({ min: -1e9, max: 1e9, noNaN: true }), unit, (c, value, u) => {
        const t = { kind: 'quantity' as const, comparator: c, value: value === 0 ? 0 : value, unit: u, standard: false, note: null };
        expect(parseTarget(formatTarget(t))).toMatchObject({ kind: 'quantity', comparator: c, value: t.value, unit: u });
      }),
      { numRuns: 2000 },
    );
  });

  it('every deadline formats to text that parses to the same deadline', () => {
    fc.assert(
      fc.property(valueText, (s) => {
        const t = parseTarget(s);
        if (t.kind !== 'deadline') return;
        expect(parseDeadline(formatTarget(t) ?? '')).toEqual(t.deadline);
      }),
      { numRuns: 3000 },
    );
  });

  it('parseAmount(formatFen(n)) gives n back for any safe integer number of fen', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (fen) => {
        const a = parseAmount(formatFen(fen));
        if (fen < 0) expect(a).toMatchObject({ kind: 'invalid', reason: 'negative', fen });
        else expect(a).toMatchObject({ kind: 'amount', fen });
      }),
      { numRuns: 3000 },
    );
  });

  it('an amount read from text formats to text that reads the same', () => {
    fc.assert(
      fc.property(valueText, (s) => {
        const a = parseAmount(s);
        if (a.kind !== 'amount') return;
        expect(parseAmount(formatFen(a.fen))).toMatchObject({ kind: 'amount', fen: a.fen });
      }),
      { numRuns: 3000 },
    );
  });

  it('a date formats to text that parses to the same date, and serials round-trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), (serial) => {
        const d = serialToYMD(serial);
        if (!d) throw new Error(`serial ${serial} not read`);
        expect(ymdToSerial(d)).toBe(serial);
        if (serial === 60) return; // 1900-02-29 exists only in Excel
        const text = formatYMD(d);
        expect(parseDate(text)).toEqual({ kind: 'date', date: d });
        expect(parseDate(serial)).toEqual({ kind: 'date', date: d });
      }),
      { numRuns: 3000 },
    );
  });

  it('a resolved deadline is a real date', () => {
    fc.assert(
      fc.property(valueText, fc.integer({ min: 1990, max: 2100 }), (s, year) => {
        const d = parseDeadline(s);
        if (!d) return;
        const r = resolveDeadline(d, year);
        expect(parseDate(formatYMD(r))).toEqual({ kind: 'date', date: r });
      }),
      { numRuns: 3000 },
    );
  });
});

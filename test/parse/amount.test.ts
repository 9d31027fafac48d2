import { fenToYuan, formatFen, numberToDecimal, parseAmount } from '../../src/parse/amount';
import type { Amount } from '../../src/parse/types';

describe('parseAmount', () => {
  it.each<[string | number, Amount]>([
    [1234.5, { kind: 'amount', fen: 123450, asText: false, decimals: 1 }],
    [0, { kind: 'amount', fen: 0, asText: false, decimals: 0 }],
    [31487510, { kind: 'amount', fen: 3148751000, asText: false, decimals: 0 }],
    ['1,234.50', { kind: 'amount', fen: 123450, asText: true, decimals: 2 }],
    ['1234.5', { kind: 'amount', fen: 123450, asText: true, decimals: 1 }],
    ['¥1,234.50', { kind: 'amount', fen: 123450, asText: true, decimals: 2 }],
    ['￥1,234.50', { kind: 'amount', fen: 123450, asText: true, decimals: 2 }],
    ['31,487,510.00', { kind: 'amount', fen: 3148751000, asText: true, decimals: 2 }],
    ['１２３４．５０', { kind: 'amount', fen: 123450, asText: true, decimals: 2 }],
    ['１，２３４．５０', { kind: 'amount', fen: 123450, asText: true, decimals: 2 }],
    [' 0.00 ', { kind: 'amount', fen: 0, asText: true, decimals: 2 }],
    ['1234.50元', { kind: 'amount', fen: 123450, asText: true, decimals: 2 }],
    ['123.45万元', { kind: 'amount', fen: 123450000, asText: true, decimals: 2 }],
    ['-1,234.00', { kind: 'invalid', reason: 'negative', text: '-1,234.00', fen: -123400 }],
    ['(1,234.00)', { kind: 'invalid', reason: 'negative', text: '(1,234.00)', fen: -123400 }],
    [-5, { kind: 'invalid', reason: 'negative', text: '-5', fen: -500 }],
    ['1.234', { kind: 'invalid', reason: 'too-many-decimals', text: '1.234', fen: 123 }],
    ['1.235', { kind: 'invalid', reason: 'too-many-decimals', text: '1.235', fen: 124 }],
    [1.005, { kind: 'invalid', reason: 'too-many-decimals', text: '1.005', fen: 101 }],
    ['abc', { kind: 'invalid', reason: 'not-number', text: 'abc' }],
    ['12,34', { kind: 'invalid', reason: 'not-number', text: '12,34' }],
    ['1.2.3', { kind: 'invalid', reason: 'not-number', text: '1.2.3' }],
    ['-', { kind: 'invalid', reason: 'not-number', text: '-' }],
    ['', { kind: 'empty' }],
  ])('%p', (v, expected) => {
    expect(parseAmount(v)).toEqual(expected);
  });

  it('reads 万元 with the declared scale exactly', () => {
    expect(parseAmount(123.45, 10000)).toMatchObject({ kind: 'amount', fen: 123450000 });
    expect(parseAmount('123.456789', 10000)).toMatchObject({ kind: 'amount', fen: 123456789 });
    expect(parseAmount('0.0000001', 10000)).toMatchObject({ kind: 'invalid', reason: 'too-many-decimals' });
    expect(parseAmount('0.000001', 10000)).toMatchObject({ kind: 'amount', fen: 1 });
    expect(parseAmount(1.1, 10000)).toMatchObject({ kind: 'amount', fen: 1100000 });
  });

  it('has no floating point error (0.1 + 0.2)', () => {
    const a = parseAmount('0.1');
    const b = parseAmount('0.2');
    if (a.kind !== 'amount' || b.kind !== 'amount') throw new Error('not read');
    expect(a.fen + b.fen).toBe(30);
    expect(parseAmount(0.1 + 0.2)).toMatchObject({ kind: 'amount', fen: 30 });
    expect(parseAmount(1234.56)).toMatchObject({ kind: 'amount', fen: 123456 });
    expect(parseAmount(19.99 * 3)).toMatchObject({ kind: 'amount', fen: 5997 });
  });

  it('says what is wrong with errors, booleans and null', () => {
    expect(parseAmount({ error: '#VALUE!' })).toEqual({ kind: 'invalid', reason: 'not-number', text: '#VALUE!' });
    expect(parseAmount(true)).toMatchObject({ kind: 'invalid', reason: 'not-number' });
    expect(parseAmount(null)).toEqual({ kind: 'empty' });
    expect(parseAmount(Number.NaN)).toMatchObject({ kind: 'invalid', reason: 'not-number' });
    expect(parseAmount('9'.repeat(30))).toMatchObject({ kind: 'invalid', reason: 'not-number' });
  });
});

describe('formatFen', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [123450, '1,234.50'],
    [3148751000, '31,487,510.00'],
    [-123456789, '-1,234,567.89'],
    [Number.MAX_SAFE_INTEGER, '90,071,992,547,409.91'],
  ])('%d → %s', (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });

  it('gives 元 numbers for writing cells', () => {
    expect(fenToYuan(123450)).toBe(1234.5);
    expect(fenToYuan(-1)).toBe(-0.01);
  });
});

describe('numberToDecimal', () => {
  it.each([
    [0.30000000000000004, '0.3'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [-2.5, '-2.5'],
  ])('%p → %s', (n, s) => {
    expect(numberToDecimal(n)).toBe(s);
  });
});

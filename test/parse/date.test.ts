import { addDays, daysBetween, parseDate, parseDeadline, resolveDeadline, serialToYMD, ymdToSerial } from '../../src/parse/date';
import type { Deadline, ParsedDate, YMD } from '../../src/parse/types';

const ymd = (year: number, month: number, day: number): YMD => ({ year, month, day });

describe('Excel serials (1900 system)', () => {
  it.each<[number, YMD | null]>([
    [1, ymd(1900, 1, 1)],
    [59, ymd(1900, 2, 28)],
    [60, ymd(1900, 2, 29)], // Excel's phantom leap day
    [61, ymd(1900, 3, 1)],
    [45292, ymd(2024, 1, 1)],
    [45657, ymd(2024, 12, 31)],
    [43467, ymd(2019, 1, 2)],
    [45292.75, ymd(2024, 1, 1)],
    [2958465, ymd(9999, 12, 31)],
    [0, null],
    [-1, null],
    [2958466, null],
    [Number.NaN, null],
  ])('%d → %j', (n, d) => {
    expect(serialToYMD(n)).toEqual(d);
  });

  it.each([1, 59, 60, 61, 366, 43467, 45292, 45657, 2958465])('ymdToSerial inverts serial %d', (n) => {
    const d = serialToYMD(n);
    expect(d).not.toBeNull();
    if (d) expect(ymdToSerial(d)).toBe(n);
  });
});

describe('parseDate', () => {
  it.each<[string | number | boolean | null, ParsedDate]>([
    [45292, { kind: 'date', date: ymd(2024, 1, 1) }],
    ['2024-01-01', { kind: 'date', date: ymd(2024, 1, 1) }],
    ['2024/1/1', { kind: 'date', date: ymd(2024, 1, 1) }],
    ['2024年1月1日', { kind: 'date', date: ymd(2024, 1, 1) }],
    ['2024 年 1 月 1 日', { kind: 'date', date: ymd(2024, 1, 1) }],
    ['2024.1.1', { kind: 'date', date: ymd(2024, 1, 1) }],
    ['20240101', { kind: 'date', date: ymd(2024, 1, 1) }],
    ['２０２４－１２－３１', { kind: 'date', date: ymd(2024, 12, 31) }],
    ['2024-01-01 00:00:00', { kind: 'date', date: ymd(2024, 1, 1) }],
    ['2024-01-01T00:00:00Z', { kind: 'date', date: ymd(2024, 1, 1) }],
    ['2024-02-29', { kind: 'date', date: ymd(2024, 2, 29) }],
    ['2024-02-30', { kind: 'invalid', text: '2024-02-30' }],
    ['2023-02-29', { kind: 'invalid', text: '2023-02-29' }],
    ['2024-13-01', { kind: 'invalid', text: '2024-13-01' }],
    ['20241301', { kind: 'invalid', text: '20241301' }],
    [60, { kind: 'invalid', text: '60' }],
    ['明年', { kind: 'invalid', text: '明年' }],
    [true, { kind: 'invalid', text: 'TRUE' }],
    ['', { kind: 'empty' }],
    [null, { kind: 'empty' }],
  ])('%p', (v, expected) => {
    expect(parseDate(v)).toEqual(expected);
  });
});

describe('deadlines', () => {
  it.each<[string, Deadline | null, YMD | null]>([
    ['2024年11月前完成', { year: 2024, month: 11, day: null, bound: 'before' }, ymd(2024, 10, 31)],
    ['2024年11月底前', { year: 2024, month: 11, day: null, bound: 'by' }, ymd(2024, 11, 30)],
    ['2024年11月', { year: 2024, month: 11, day: null, bound: 'by' }, ymd(2024, 11, 30)],
    ['年底前', { year: null, month: 12, day: null, bound: 'by' }, ymd(2024, 12, 31)],
    ['年内完成', { year: null, month: 12, day: null, bound: 'by' }, ymd(2024, 12, 31)],
    ['12月底前', { year: null, month: 12, day: null, bound: 'by' }, ymd(2024, 12, 31)],
    ['十二月底前', { year: null, month: 12, day: null, bound: 'by' }, ymd(2024, 12, 31)],
    ['2月底前', { year: null, month: 2, day: null, bound: 'by' }, ymd(2024, 2, 29)],
    ['第三季度', { year: null, month: 9, day: null, bound: 'quarter' }, ymd(2024, 9, 30)],
    ['第三季度前', { year: null, month: 7, day: null, bound: 'before' }, ymd(2024, 6, 30)],
    ['2025年第一季度末', { year: 2025, month: 3, day: null, bound: 'quarter' }, ymd(2025, 3, 31)],
    ['上半年完成', { year: null, month: 6, day: null, bound: 'by' }, ymd(2024, 6, 30)],
    ['2024-06-30前', { year: 2024, month: 6, day: 30, bound: 'before' }, ymd(2024, 6, 29)],
    ['2024年6月30日', { year: 2024, month: 6, day: 30, bound: 'by' }, ymd(2024, 6, 30)],
    ['6月30日前完成', { year: null, month: 6, day: 30, bound: 'before' }, ymd(2024, 6, 29)],
    ['2025年前', { year: 2025, month: null, day: null, bound: 'before' }, ymd(2024, 12, 31)],
    ['2024年完成', { year: 2024, month: null, day: null, bound: 'by' }, ymd(2024, 12, 31)],
    ['2024.11', { year: 2024, month: 11, day: null, bound: 'by' }, ymd(2024, 11, 30)],
    ['2024-11底前', { year: 2024, month: 11, day: null, bound: 'by' }, ymd(2024, 11, 30)],
    ['≥2000.5万元', null, null],
    ['2024.10(年)', null, null],
    ['2024年13月前', null, null],
    ['12个月', null, null],
    ['=12.00(月次)', null, null],
    ['及时', null, null],
  ])('%s', (text, d, resolved) => {
    const got = parseDeadline(text);
    expect(got).toEqual(d);
    if (got && resolved) expect(resolveDeadline(got, 2024)).toEqual(resolved);
  });
});

describe('day arithmetic', () => {
  it('counts days across a leap year', () => {
    expect(daysBetween(ymd(2024, 1, 1), ymd(2024, 12, 31))).toBe(365);
    expect(daysBetween(ymd(2023, 1, 1), ymd(2023, 12, 31))).toBe(364);
    expect(addDays(ymd(2024, 2, 28), 1)).toEqual(ymd(2024, 2, 29));
    expect(addDays(ymd(2024, 3, 1), -1)).toEqual(ymd(2024, 2, 29));
  });
});

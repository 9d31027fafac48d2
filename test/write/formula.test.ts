import { shiftFormula } from '../../src/write/formula';
import type { RowOp } from '../../src/write/plan';

const ins = (at: number, count: number): RowOp => ({ kind: 'insert', at, count });
const del = (at: number, count: number): RowOp => ({ kind: 'delete', at, count });

describe('formulas follow inserted and deleted rows, as in Excel', () => {
  it.each<[string, RowOp, string]>([
    ['=SUM(E16:E17)', ins(17, 2), '=SUM(E16:E19)'],
    ['=SUM(E16:E17)', ins(18, 2), '=SUM(E16:E17)'],
    ['=SUM(E16:E17)', ins(16, 2), '=SUM(E18:E19)'],
    ['=E20+$E$21', ins(17, 3), '=E23+$E$24'],
    ['=E20-E5', del(10, 5), '=E15-E5'],
    ['=E12', del(10, 5), '=#REF!'],
    ['=SUM(E10:E20)', del(12, 3), '=SUM(E10:E17)'],
    ['=SUM(E10:E12)', del(9, 5), '=SUM(#REF!)'],
    ['=申报表!E20+其他!E20', ins(5, 1), '=申报表!E21+其他!E20'],
    ["='申报表'!E20", ins(5, 1), "='申报表'!E21"],
    ['=LOG10(E20)&"E20"', ins(5, 1), '=LOG10(E21)&"E20"'],
    ['=IF(A1>0,"B30",C30)', ins(10, 2), '=IF(A1>0,"B30",C32)'],
  ])('%s after %o is %s', (formula, op, expected) => {
    expect(shiftFormula(formula, op, '申报表', '申报表')).toBe(expected);
  });

  it('leaves formulas about another sheet alone', () => {
    expect(shiftFormula('=E20+汇总!E20', ins(5, 1), '汇总', '申报表')).toBe('=E20+汇总!E21');
  });
});

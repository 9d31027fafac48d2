import { indTable } from '../../../src/rules/indicators/ind-table';
import { cleanForm2019, cleanForm2024, placed } from '../../helpers/forms';
import { runRule, testRule } from '../../helpers/rule-tester';
import { runWithoutCells } from './no-cells';

const noRows = { ...cleanForm2024(), indicators: [] };

testRule(indTable, {
  valid: [
    { name: 'clean sh-2024 form', form: cleanForm2024() },
    { name: 'clean sh-2019 form', form: cleanForm2019() },
  ],
  invalid: [
    // placed() gives a header row 50 even for an empty table: the reader found the header but no rows.
    { name: 'a header with no rows', form: noRows, errors: [{ severity: 'error', cell: 'A50', message: ['第 50 行', '没有任何指标行'] }] },
  ],
});

describe('IND-TABLE without a table or without cells', () => {
  it('reports at the title when the reader found no table', () => {
    const project = placed(cleanForm2024());
    const { indicatorTable: _, ...cells } = project.cells;
    const found = runRule(indTable, { form: { ...project.form, indicators: [] }, cells });
    expect(found.map((f) => [f.severity, f.location.cell])).toEqual([['error', 'A1']]);
    expect(found[0]?.message).toContain('一级指标 | 二级指标 | 三级指标 | 年度(/项目)指标值');
  });

  it.each([
    ['a form.json with no indicators', [], 1],
    ['a form.json with indicators', cleanForm2024().indicators, 0],
  ])('%s', (_, indicators, count) => {
    const found = runWithoutCells(indTable, { ...cleanForm2024(), indicators });
    expect(found).toHaveLength(count);
    for (const f of found) expect(f.location.cell).toBeUndefined();
  });
});

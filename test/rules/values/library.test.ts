import { readFileSync } from 'fs';
import { join } from 'path';
import type { Form, Indicator } from '../../../src/model/form';
import { valuesRules } from '../../../src/rules/values';
import { cleanForm2024, placed } from '../../helpers/forms';
import { runRule } from '../../helpers/rule-tester';

interface Candidate {
  level1: string;
  level2: string;
  name: string;
  comparator: string;
  value: string;
  unit: string;
}

const LIBRARY = join(__dirname, '../../../../shared/library/indicator-candidates.json');

/** The public guidance's indicators with their example values, written as a form would carry them. */
function libraryForm(): Form {
  const items = JSON.parse(readFileSync(LIBRARY, 'utf8')) as Candidate[];
  const indicators: Indicator[] = items
    .filter((i) => i.value !== '')
    .map((i) => {
      const comparator = i.comparator === '定性' ? '' : i.comparator;
      // Units listing alternatives (台/件/辆/套) or a kind (日期) are not units of one value.
      const unit = i.unit && i.unit !== '日期' && !/[、]/.test(i.unit) && i.unit.split('/').length <= 2 ? `(${i.unit})` : '';
      const value = /^[\d.]+$/.test(i.value) ? `${comparator}${Number(i.value).toFixed(2)}${unit}` : i.value;
      return { level1: i.level2 === '成本指标' ? '产出指标' : i.level1, level2: i.level2, name: i.name, value };
    });
  const clean = cleanForm2024();
  return { ...clean, indicators, fields: { ...clean.fields, start: '2018-01-01', end: '2021-12-31' } };
}

// Precision on 165 indicators from public guidance: only the writing of values without a comparator
// (VAL-FORMAT) and words where a quantity is asked for (VAL-QUALITATIVE) are reported.
describe('value rules on the indicator library', () => {
  const form = libraryForm();
  const found = valuesRules.flatMap((r) => runRule(r, placed(form)).map((f) => ({ rule: f.ruleId, name: f.indicator?.name ?? '', severity: f.severity })));

  it('finds no wrong direction, unit, range, threshold or deadline', () => {
    expect(found.filter((f) => !['VAL-FORMAT', 'VAL-QUALITATIVE'].includes(f.rule))).toEqual([]);
  });

  it('asks for quantities only where the name asks for one', () => {
    expect(found.filter((f) => f.rule === 'VAL-QUALITATIVE').map((f) => f.name)).toEqual([
      '提升城市环境美化指数',
      '新增违建发生数',
      '成本控制率',
      '计划内设施设备预防性维护与巡检',
    ]);
  });

  it('warns only about numbers without a comparator', () => {
    const format = found.filter((f) => f.rule === 'VAL-FORMAT');
    expect(format.length).toBeGreaterThan(0);
    for (const f of format) {
      const ind = form.indicators.find((i) => i.name === f.name);
      expect(String(ind?.value)).not.toMatch(/^[≥≤=<>]/);
    }
  });
});

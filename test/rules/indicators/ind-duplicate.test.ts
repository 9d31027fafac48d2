import { indDuplicate } from '../../../src/rules/indicators/ind-duplicate';
import { cleanForm2019, cleanForm2024, placed, withIndicator } from '../../helpers/forms';
import { runRule, testRule } from '../../helpers/rule-tester';

const clean = cleanForm2024();

testRule(indDuplicate, {
  valid: [
    { name: 'clean sh-2024 form', form: clean },
    { name: 'clean sh-2019 form', form: cleanForm2019() },
    { name: 'similar but different names', form: withIndicator(clean, { level1: '效益指标', level2: '社会效益指标', name: '服务企业数增长率', value: '≥5.00(%)' }) },
    { name: 'two blank names are IND-EMPTY\'s', form: withIndicator(withIndicator(clean, { level1: '产出指标', level2: '质量指标', name: '', value: '1' }), { level1: '产出指标', level2: '质量指标', name: '', value: '2' }) },
  ],
  invalid: [
    {
      name: 'the same name under another group, written with a space',
      form: withIndicator(clean, { level1: '效益指标', level2: '社会效益指标', name: '服务 企业数', value: '≥300.00(家次)' }),
      errors: [{ severity: 'warning', cell: 'C58', message: ['「服务 企业数」', '2 次', '第 51 行'], indicator: '服务 企业数' }],
    },
    {
      name: 'three times: one finding at the second, the others related',
      form: withIndicator(withIndicator(clean, { ...clean.indicators[1], level1: '产出指标', level2: '数量指标', name: '组织培训次数', value: '≥4.00(次)' }), {
        level1: '产出指标',
        level2: '质量指标',
        name: '组织培训次数',
        value: '≥5.00(次)',
      }),
      errors: [{ cell: 'C58', message: ['3 次', '第 52 行、第 59 行'] }],
    },
  ],
});

describe('IND-DUPLICATE related cells', () => {
  it('points at every other occurrence', () => {
    const form = withIndicator(clean, { level1: '效益指标', level2: '社会效益指标', name: '平台可用率', value: '≥99.00(%)' });
    const [f] = runRule(indDuplicate, placed(form));
    expect(f?.location.cell).toBe('C58');
    expect(f?.related).toEqual([{ role: 'duplicate', sheet: '申报表', cell: 'C53', row: 53, col: 3 }]);
  });
});

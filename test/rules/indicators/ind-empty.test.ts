import { indEmpty } from '../../../src/rules/indicators/ind-empty';
import { cleanForm2019, cleanForm2024, withIndicator } from '../../helpers/forms';
import { testRule } from '../../helpers/rule-tester';

const clean = cleanForm2024();
const quality = { level1: '产出指标', level2: '质量指标' };

testRule(indEmpty, {
  valid: [
    { name: 'clean sh-2024 form', form: clean },
    { name: 'clean sh-2019 form', form: cleanForm2019() },
    { name: 'a value of 0 is not blank', form: withIndicator(clean, { ...quality, name: '安全事故数', value: 0 }) },
    { name: 'a qualitative value is not blank', form: withIndicator(clean, { ...quality, name: '制度健全性', value: '健全' }) },
  ],
  invalid: [
    {
      name: 'a blank value',
      form: withIndicator(clean, { ...quality, name: '验收合格率', value: null }),
      errors: [{ severity: 'error', cell: 'D58', message: ['「验收合格率」的指标值为空'], indicator: '验收合格率' }],
    },
    {
      name: 'a value of spaces only',
      form: withIndicator(clean, { ...quality, name: '验收合格率', value: ' \u3000' }),
      errors: [{ cell: 'D58' }],
    },
    {
      name: 'a blank name',
      form: withIndicator(clean, { ...quality, name: '  ', value: '≥95.00(%)' }),
      errors: [{ cell: 'C58', message: ['「质量指标」下有一行指标名称为空', '≥95.00(%)'] }],
    },
    {
      name: 'a blank name and a blank value: one finding',
      form: withIndicator(clean, { ...quality, name: '', value: '' }),
      errors: [{ cell: 'C58', message: ['名称和指标值都为空'] }],
    },
  ],
});

import { indNameGeneric } from '../../../src/rules/indicators/ind-name-generic';
import { cleanForm2019, cleanForm2024, withIndicator } from '../../helpers/forms';
import { testRule } from '../../helpers/rule-tester';

const clean = cleanForm2024();
const sustainable = { level1: '效益指标', level2: '可持续影响指标' };

testRule(indNameGeneric, {
  valid: [
    { name: 'clean sh-2024 form', form: clean },
    { name: 'clean sh-2019 form', form: cleanForm2019() },
    { name: 'a category word inside a real name', form: withIndicator(clean, { ...sustainable, name: '可持续影响年限', value: '≥3.00(年)' }) },
    { name: '服务对象满意度 with a subject', form: withIndicator(clean, { level1: '满意度指标', level2: '服务对象满意度指标', name: '参训学员满意度', value: '≥90.00(%)' }) },
  ],
  invalid: [
    {
      name: '可持续影响 under 可持续影响指标',
      form: withIndicator(clean, { ...sustainable, name: '可持续影响', value: '长期' }),
      errors: [{ severity: 'warning', cell: 'C58', message: ['「可持续影响」只是分类名'], indicator: '可持续影响' }],
    },
    {
      name: '社会效益 written with its suffix and a space',
      form: withIndicator(clean, { level1: '效益指标', level2: '社会效益指标', name: '社会 效益指标', value: '显著' }),
      errors: [{ severity: 'warning', cell: 'C58' }],
    },
    {
      name: '满意度 under 服务对象满意度指标',
      form: withIndicator(clean, { level1: '满意度指标', level2: '服务对象满意度指标', name: '满意度', value: '≥90.00(%)' }),
      errors: [{ cell: 'C58' }],
    },
    {
      name: '服务对象满意度: says what, not whose: a hint',
      form: withIndicator(clean, { level1: '满意度指标', level2: '服务对象满意度指标', name: '服务对象满意度', value: '≥90.00(%)' }),
      errors: [{ severity: 'info', cell: 'C58', message: ['沿用了分类名', '谁的满意度'] }],
    },
    {
      name: 'sh-2019: 满意度目标 spelled as a name is still only a category',
      form: withIndicator(cleanForm2019(), { level1: '效果目标', level2: '满意度目标', name: '满意度目标', value: '≥90.00%' }),
      errors: [{ severity: 'warning', cell: 'C59', message: ['只是分类名'] }],
    },
    {
      name: 'sh-2019: 长效管理 under 长效管理',
      form: withIndicator(cleanForm2019(), { level1: '影响力目标', level2: '长效管理', name: '长效管理', value: '健全' }),
      errors: [{ cell: 'C59' }],
    },
  ],
});

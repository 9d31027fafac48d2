import { docFormulaError } from '../../../src/rules/document/doc-formula-error';
import { testRule } from '../../helpers/rule-tester';
import { form2019, form2024 } from '../funding/edit';

testRule(docFormulaError, {
  valid: [
    { name: 'clean 2024 form', form: form2024() },
    { name: 'clean 2019 form', form: form2019() },
    { name: 'text that reads "#REF!" is text, not an error', form: form2024((f) => void (f.fields['name'] = '#REF!项目')) },
  ],
  invalid: [
    {
      name: 'a funding cell',
      form: form2024((f) => void (f.funding['carryover'] = { error: '#REF!' })),
      errors: [{ severity: 'error', cell: 'B25', message: ['「上年结转资金」显示公式错误 #REF!', '引用的单元格已被删除'] }],
    },
    {
      name: 'an indicator value',
      form: form2024((f) => void ((f.indicators[1] as { value: unknown }).value = { error: '#DIV/0!' })),
      errors: [{ cell: 'D52', message: ['指标「组织培训次数」的指标值', '#DIV/0!'], indicator: '组织培训次数' }],
    },
    {
      name: 'a goal, a header field and a sub-item, in reading order',
      form: form2019((f) => {
        f.goals['annual'] = { error: '#N/A' };
        f.fields['unit'] = { error: '#NAME?' };
        f.subItems[0] = { name: '研讨会组织', amount: { error: '#VALUE!' } };
      }),
      errors: [
        { cell: 'B4', message: ['项目单位', '#NAME?'] },
        { cell: 'B35', message: ['子项目「研讨会组织」预算金额', '#VALUE!'] },
        { cell: 'B31', message: ['年度绩效目标', '#N/A'] },
      ],
    },
    {
      name: 'an error Excel has no gloss for',
      form: form2024((f) => void (f.fields['name'] = { error: '#SPILL!' })),
      errors: [{ cell: 'B3', message: ['#SPILL!', 'Excel 无法计算'] }],
    },
  ],
});

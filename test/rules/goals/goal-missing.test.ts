import { goalMissing } from '../../../src/rules/goals/goal-missing';
import { testRule } from '../../helpers/rule-tester';
import { form2019, form2024, multiYear2024 } from '../funding/edit';

testRule(goalMissing, {
  valid: [
    { name: 'clean 2024 form', form: form2024() },
    { name: 'clean 2019 form', form: form2019() },
    { name: 'a formula error is DOC-FORMULA-ERROR’s', form: form2024((f) => void (f.goals['overall'] = { error: '#REF!' })) },
  ],
  invalid: [
    {
      name: 'one-year project without its overall goal (as the 2024 samples): the annual text offered',
      form: form2024((f) => void (f.goals['overall'] = null)),
      errors: [
        {
          severity: 'error',
          cell: 'B30',
          message: ['「项目总目标」未填写', '一年内完成（2024-01-01 – 2024-12-31）', '「年度总体目标」'],
          safeFix: false,
          fixValues: ['2024年完成平台运维，服务企业不少于300家次，组织培训3-5次。'],
        },
      ],
    },
    {
      name: 'multi-year project: the annual goal is no substitute',
      form: multiYear2024((f) => void (f.goals['overall'] = '  ')),
      errors: [{ cell: 'B30', message: ['「项目总目标」未填写。请写明'], safeFix: false }],
    },
    {
      name: 'both blank',
      form: form2024((f) => void (f.goals['overall'] = f.goals['annual'] = null)),
      errors: [{ cell: 'B30', message: ['项目总目标'] }, { cell: 'B31', message: ['年度总体目标'] }],
    },
    {
      name: '2019 labels',
      form: form2019((f) => void (f.goals['annual'] = '')),
      errors: [{ cell: 'B31', message: ['「年度绩效目标」未填写', '「项目总目标」'] }],
    },
  ],
});

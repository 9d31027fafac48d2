import { hdrRequired } from '../../../src/rules/header/hdr-required';
import { testRule } from '../../helpers/rule-tester';
import { form2019, form2024 } from '../funding/edit';

testRule(hdrRequired, {
  valid: [
    { name: 'clean 2024 form (contact fields are optional there)', form: form2024() },
    { name: 'clean 2019 form', form: form2019() },
    { name: '2019: 主管部门 is optional', form: form2019((f) => void (f.fields['competentDept'] = null)) },
    { name: 'a formula error is DOC-FORMULA-ERROR’s', form: form2024((f) => void (f.fields['unit'] = { error: '#REF!' })) },
    { name: 'checkbox rows are HDR-ENUM’s', form: form2019((f) => void (f.fields['nature'] = null)) },
    { name: 'an unreadable date is HDR-DATE’s, not blank', form: form2024((f) => void (f.fields['start'] = '待定')) },
  ],
  invalid: [
    {
      name: 'blank project name',
      form: form2024((f) => void (f.fields['name'] = '')),
      errors: [{ severity: 'error', cell: 'B3', message: ['「项目名称」未填写'] }],
    },
    {
      name: 'spaces only count as blank',
      form: form2024((f) => void (f.fields['unit'] = ' \u3000 ')),
      errors: [{ cell: 'B7', message: ['「实施单位」'] }],
    },
    {
      name: '2019: 项目负责人 blank (as in the bioforum sample)',
      form: form2019((f) => void (f.fields['leader'] = null)),
      errors: [{ cell: 'B8', message: ['「项目负责人」未填写'] }],
    },
    {
      name: 'a required row the reader did not find',
      form: form2024((f) => void delete f.fields['competentDept']),
      errors: [{ message: ['表中找不到「主管部门」一栏'] }],
    },
    {
      name: 'several blanks, in the profile’s order',
      form: form2024((f) => {
        f.fields['end'] = null;
        f.fields['category'] = null;
      }),
      errors: [{ cell: 'B5', message: ['项目类别'] }, { cell: 'B9', message: ['计划完成日期'] }],
    },
  ],
});

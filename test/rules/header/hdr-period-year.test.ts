import { hdrPeriodYear } from '../../../src/rules/header/hdr-period-year';
import { testRule } from '../../helpers/rule-tester';
import { form2019, form2024 } from '../funding/edit';

testRule(hdrPeriodYear, {
  valid: [
    { name: 'clean 2024 form', form: form2024() },
    { name: 'clean 2019 form', form: form2019() },
    { name: 'a multi-year project spanning the year', form: form2024((f) => Object.assign(f.fields, { start: '2023-07-01', end: '2025-06-30' })) },
    { name: 'a reversed period is HDR-DATE’s', form: form2024((f) => Object.assign(f.fields, { start: '2025-01-01', end: '2023-01-01' })) },
    { name: 'no year on the form', form: form2024((f) => Object.assign(f, { year: null, fields: { ...f.fields, start: '2020-01-01', end: '2020-12-31' } })) },
    { name: 'dates unreadable', form: form2024((f) => Object.assign(f.fields, { start: '待定', end: '待定' })) },
  ],
  invalid: [
    {
      name: 'a 2024 form for a project that ended in 2023',
      form: form2024((f) => Object.assign(f.fields, { start: '2023-01-01', end: '2023-12-31' })),
      errors: [{ severity: 'error', cell: 'B9', message: ['计划完成日期 2023-12-31 早于本表年度 2024 年'] }],
    },
    {
      name: 'a project that starts after the form’s year',
      form: form2024((f) => Object.assign(f.fields, { start: '2025-01-01', end: '2025-12-31' })),
      errors: [{ cell: 'B8', message: ['计划开始日期 2025-01-01 晚于本表年度 2024 年'] }],
    },
    {
      name: 'only the start readable, and after the year',
      form: form2024((f) => Object.assign(f.fields, { start: '2025-03-01', end: null })),
      errors: [{ cell: 'B8' }],
    },
  ],
});

import { hdrDate } from '../../../src/rules/header/hdr-date';
import { testRule } from '../../helpers/rule-tester';
import { form2019, form2024 } from '../funding/edit';

testRule(hdrDate, {
  valid: [
    { name: 'clean 2024 form', form: form2024() },
    { name: 'clean 2019 form', form: form2019() },
    { name: 'Excel serials', form: form2024((f) => Object.assign(f.fields, { start: 45292, end: 45657 })) },
    { name: 'Chinese dates', form: form2024((f) => Object.assign(f.fields, { start: '2024年1月1日', end: '2024年12月31日' })) },
    { name: 'a one-day project', form: form2024((f) => Object.assign(f.fields, { end: '2024-01-01' })) },
    { name: 'blank is HDR-REQUIRED’s', form: form2024((f) => void (f.fields['start'] = null)) },
    { name: 'a formula error is DOC-FORMULA-ERROR’s', form: form2024((f) => void (f.fields['end'] = { error: '#VALUE!' })) },
  ],
  invalid: [
    {
      name: 'a year alone',
      form: form2024((f) => void (f.fields['start'] = '2024年')),
      errors: [{ severity: 'error', cell: 'B8', message: ['「计划开始日期」的「2024年」无法识别为日期'] }],
    },
    {
      name: 'an impossible date',
      form: form2024((f) => void (f.fields['end'] = '2024-02-30')),
      errors: [{ cell: 'B9', message: ['2024-02-30'] }],
    },
    {
      name: 'dates to the month only: read, and info asking for the full date',
      form: form2024((f) => Object.assign(f.fields, { start: '2024年1月', end: '2024.12' })),
      errors: [
        { severity: 'info', cell: 'B8', message: ['只写到月（2024年1月），读作 2024-01-01'] },
        { severity: 'info', cell: 'B9', message: ['读作 2024-12-31'] },
      ],
    },
    {
      name: 'months in the wrong order',
      form: form2024((f) => Object.assign(f.fields, { start: '2024年6月', end: '2024年3月' })),
      errors: [{ severity: 'info', cell: 'B8' }, { severity: 'info', cell: 'B9' }, { severity: 'error', cell: 'B9', message: ['2024-06-01 晚于计划完成日期 2024-03-31'] }],
    },
    {
      name: 'start after end',
      form: form2024((f) => Object.assign(f.fields, { start: '2024-06-01', end: '2024-03-31' })),
      errors: [{ cell: 'B9', message: ['计划开始日期 2024-06-01 晚于计划完成日期 2024-03-31'] }],
    },
    {
      name: '2019 labels',
      form: form2019((f) => Object.assign(f.fields, { start: '2019-09-01', end: '2019-08-30' })),
      errors: [{ cell: 'B12', message: ['开始时间 2019-09-01 晚于结束时间 2019-08-30'] }],
    },
  ],
});

import { fundYearLeTotal } from '../../../src/rules/funding/fund-year-le-total';
import { testRule } from '../../helpers/rule-tester';
import { form2019, form2024, multiYear2024 } from './edit';

testRule(fundYearLeTotal, {
  valid: [
    { name: 'clean 2024 form (one year, equal)', form: form2024() },
    { name: 'clean 2019 form (one year, equal)', form: form2019() },
    { name: 'multi-year project: the year is a part of the whole', form: multiYear2024() },
    { name: 'whole-period total blank: nothing to compare', form: form2024((f) => void (f.funding['projectTotal'] = null)) },
    { name: 'unreadable dates: only the ≤ check applies', form: form2024((f) => {
      f.fields['end'] = '待定';
      f.funding['projectTotal'] = 1300000;
    }) },
    {
      name: 'a one-year project in another year than the form is HDR-PERIOD-YEAR’s',
      form: form2024((f) => {
        f.fields['start'] = '2023-01-01';
        f.fields['end'] = '2023-12-31';
        f.funding['projectTotal'] = 1300000;
      }),
    },
  ],
  invalid: [
    {
      name: 'the year exceeds the whole period',
      form: multiYear2024((f) => void (f.funding['projectTotal'] = 1000000)),
      errors: [{ severity: 'error', cell: 'B23', message: ['年度资金申请总额 1,200,000.00 超过了项目资金总额 1,000,000.00（多 200,000.00）'] }],
    },
    {
      name: 'one-year project whose whole period differs from the year',
      form: form2024((f) => {
        f.funding['projectTotal'] = 1300000;
        f.funding['projectFiscal'] = 1300000;
      }),
      errors: [{ cell: 'B23', message: ['一年内完成（2024-01-01 – 2024-12-31）', '应等于项目资金总额 1,300,000.00（差 100,000.00）'] }],
    },
    {
      name: '2019: this year’s budget above the total budget',
      form: form2019((f) => void (f.funding['totalBudget'] = 500000)),
      errors: [{ cell: 'B21', message: ['项目当年预算 600,000.00 超过了项目总预算 500,000.00'] }],
    },
  ],
});

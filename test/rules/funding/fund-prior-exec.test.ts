import { fundPriorExec } from '../../../src/rules/funding/fund-prior-exec';
import { testRule } from '../../helpers/rule-tester';
import { form2019, form2024 } from './edit';

testRule(fundPriorExec, {
  valid: [
    { name: 'clean 2019 form (540,000 of 550,000)', form: form2019() },
    { name: 'sh-2024 has no prior-year figures', form: form2024() },
    { name: 'fully executed', form: form2019((f) => void (f.funding['lastYearExecuted'] = 550000)) },
    { name: 'new project: both blank', form: form2019((f) => void (f.funding['lastYearBudget'] = f.funding['lastYearExecuted'] = null)) },
    { name: 'no prior budget and nothing executed', form: form2019((f) => void (f.funding['lastYearBudget'] = f.funding['lastYearExecuted'] = 0)) },
    { name: 'execution unreadable: FUND-NUMBER’s', form: form2019((f) => void (f.funding['lastYearExecuted'] = '约54万')) },
  ],
  invalid: [
    {
      name: 'executed above the budget',
      form: form2019((f) => void (f.funding['lastYearExecuted'] = 560000)),
      errors: [{ severity: 'warning', cell: 'B23', message: ['同名项目上年预算执行数 560,000.00 超过了同名项目上年预算额 550,000.00（多 10,000.00）'] }],
    },
    {
      name: 'nothing executed against a positive budget',
      form: form2019((f) => void (f.funding['lastYearExecuted'] = 0)),
      errors: [{ severity: 'warning', cell: 'B23', message: ['为 0', '550,000.00'] }],
    },
  ],
});

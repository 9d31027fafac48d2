import { fundSum } from '../../../src/rules/funding/fund-sum';
import { placed } from '../../helpers/forms';
import { runRule, testRule } from '../../helpers/rule-tester';
import { form2019, form2024 } from './edit';

testRule(fundSum, {
  valid: [
    { name: 'clean 2024 form', form: form2024() },
    { name: 'clean 2019 form', form: form2019() },
    {
      name: 'amounts stored as text still add up',
      form: form2024((f) => {
        f.funding['currentAppropriation'] = '1,150,000.00';
        f.funding['carryover'] = '50,000.00';
      }),
    },
    {
      name: 'doubles that Excel shows as 0.30 add up in fen',
      form: form2024((f) => {
        f.funding['totalRequested'] = 0.1 + 0.2;
        f.funding['currentAppropriation'] = 0.1;
        f.funding['carryover'] = 0.2;
        f.funding['projectTotal'] = 0.3;
        f.funding['projectFiscal'] = 0.3;
      }),
    },
    {
      name: 'a dash for none counts as zero (FUND-NUMBER asks for 0.00)',
      form: form2024((f) => {
        f.funding['currentAppropriation'] = 1200000;
        f.funding['carryover'] = '—';
        f.funding['projectOther'] = '无';
      }),
    },
    { name: 'blank total is FUND-REQUIRED’s business', form: form2024((f) => void (f.funding['totalRequested'] = null)) },
    { name: 'a blank part leaves the sum unjudged', form: form2024((f) => void (f.funding['carryover'] = null)) },
    { name: 'an unreadable part leaves the sum unjudged', form: form2024((f) => void (f.funding['carryover'] = '待定')) },
    { name: 'a formula error leaves the sum unjudged', form: form2024((f) => void (f.funding['other'] = { error: '#REF!' })) },
    { name: 'whole-period column left blank', form: form2024((f) => void (f.funding['projectTotal'] = f.funding['projectFiscal'] = f.funding['projectOther'] = null)) },
    { name: '2019 form without sub-item rows', form: form2019((f) => void (f.subItems = [])) },
    {
      name: 'form in 万元',
      form: form2024((f) => {
        f.amountScale = 10000;
        Object.assign(f.funding, { projectTotal: 120, projectFiscal: 120, projectOther: 0, totalRequested: 120, currentAppropriation: 115, carryover: 5, other: 0 });
      }),
    },
  ],
  invalid: [
    {
      name: 'annual request above its parts',
      form: form2024((f) => {
        f.funding['carryover'] = 0;
      }),
      errors: [
        {
          severity: 'error',
          cell: 'B23',
          message: ['年度资金申请总额 1,200,000.00 ≠ 当年财政拨款 + 上年结转资金 + 其他资金（当年） = 1,150,000.00（差 50,000.00）'],
          safeFix: false,
          fixValues: [1150000],
        },
      ],
    },
    {
      name: 'a dash for none still lets the sum be judged',
      form: form2024((f) => void (f.funding['carryover'] = '—')),
      errors: [{ cell: 'B23', message: ['= 1,150,000.00（差 50,000.00）'] }],
    },
    {
      name: 'whole-period total below its parts',
      form: form2024((f) => void (f.funding['projectOther'] = 100000.5)),
      errors: [{ cell: 'B20', message: ['项目资金总额 1,200,000.00', '= 1,300,000.50（差 100,000.50）'] }],
    },
    {
      name: 'both sums wrong: one finding each, left first',
      form: form2024((f) => {
        f.funding['projectFiscal'] = 1000000;
        f.funding['other'] = 0.01;
      }),
      errors: [{ cell: 'B20' }, { cell: 'B23', message: ['（差 0.01）'] }],
    },
    {
      name: 'sub-items do not add up to this year’s budget (2019)',
      form: form2019((f) => void (f.subItems[1] = { name: '宣传推广', amount: 150000 })),
      errors: [{ cell: 'B21', message: ['项目当年预算 600,000.00 ≠ Σ 子项目预算金额 = 550,000.00（差 50,000.00）'] }],
    },
    {
      name: 'form in 万元 shows 万元 figures',
      form: form2024((f) => {
        f.amountScale = 10000;
        Object.assign(f.funding, { projectTotal: 120, projectFiscal: 120, projectOther: 0, totalRequested: 130, currentAppropriation: 115, carryover: 5, other: 0 });
      }),
      errors: [{ cell: 'B23', message: ['130.00 ≠', '= 120.00（差 10.00）'], fixValues: [120] }],
    },
  ],
});

describe('FUND-SUM details', () => {
  it('relates the addend cells', () => {
    const [f] = runRule(fundSum, placed(form2024((x) => void (x.funding['carryover'] = 0))));
    expect(f?.related?.map((r) => `${r.role} ${r.cell}`)).toEqual(['addend B24', 'addend B25', 'addend B26']);
    expect(f?.expected).toBe(1150000);
    expect(f?.actual).toBe(1200000);
  });
});

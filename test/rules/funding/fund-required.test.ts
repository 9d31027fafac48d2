import { fundRequired } from '../../../src/rules/funding/fund-required';
import type { Finding } from '../../../src/model/finding';
import { profileById } from '../../../src/profiles';
import { createContext } from '../../../src/rules/context';
import { testRule } from '../../helpers/rule-tester';
import { form2019, form2024, multiYear2024 } from './edit';

const blankLeft = (f: { funding: Record<string, unknown> }): void => {
  f.funding['projectTotal'] = null;
  f.funding['projectFiscal'] = null;
  f.funding['projectOther'] = null;
};

testRule(fundRequired, {
  valid: [
    { name: 'clean 2024 form', form: form2024() },
    { name: 'clean 2019 form', form: form2019() },
    { name: 'a new project has no prior-year figures (not required)', form: form2019((f) => void (f.funding['lastYearBudget'] = f.funding['lastYearExecuted'] = null)) },
    { name: 'unreadable cells are FUND-NUMBER’s', form: form2024((f) => void (f.funding['carryover'] = '待定')) },
    { name: 'formula errors are DOC-FORMULA-ERROR’s', form: form2024((f) => void (f.funding['carryover'] = { error: '#REF!' })) },
    { name: 'blank spare rows of the sub-item table', form: form2019((f) => void f.subItems.push({ name: null, amount: null })) },
  ],
  invalid: [
    {
      name: 'blank total: the sum of its written parts, as a safe fix',
      form: form2024((f) => void (f.funding['totalRequested'] = null)),
      errors: [
        {
          severity: 'warning',
          cell: 'B23',
          message: ['年度资金申请总额 为空，按 当年财政拨款 1,150,000.00 + 上年结转资金 50,000.00 + 其他资金（当年） 0.00 应为 1,200,000.00'],
          safeFix: true,
          fixValues: [1200000],
        },
      ],
    },
    {
      name: 'one blank part: total minus the others, offered but not safe',
      form: form2024((f) => void (f.funding['carryover'] = null)),
      errors: [{ cell: 'B25', message: ['上年结转资金 为空', '应为 50,000.00'], safeFix: false, fixValues: [50000] }],
    },
    {
      name: 'one blank part that the total makes zero: a safe 0.00',
      form: form2024((f) => {
        f.funding['currentAppropriation'] = 1200000;
        f.funding['carryover'] = '';
      }),
      errors: [{ cell: 'B25', message: ['应为 0.00'], safeFix: true, fixValues: [0] }],
    },
    {
      name: 'a blank part the others already exceed',
      form: form2024((f) => {
        f.funding['currentAppropriation'] = 1250000;
        f.funding['carryover'] = null;
      }),
      errors: [{ cell: 'B25', message: ['上年结转资金 为空', '超过年度资金申请总额 50,000.00'] }],
    },
    {
      name: 'one-year project, whole-period column blank: each cell with the value it must have',
      form: form2024(blankLeft),
      errors: [
        { cell: 'B20', message: ['项目资金总额 为空', '一年内完成', '年度资金申请总额', '1,200,000.00'], safeFix: false, fixValues: [1200000] },
        { cell: 'B21', message: ['财政资金 为空', '应为 1,200,000.00', '（推算）'], safeFix: false, fixValues: [1200000] },
        { cell: 'B22', message: ['其他资金（项目全周期） 为空', '其他资金（当年）', '0.00'], fixValues: [0] },
      ],
    },
    {
      name: 'multi-year project, whole-period column blank: nothing to derive, one finding per cell',
      form: multiYear2024(blankLeft),
      errors: [
        { cell: 'B20', message: ['项目资金总额 为空。请填写金额，没有的填 0.00'] },
        { cell: 'B21', message: ['财政资金 为空'] },
        { cell: 'B22', message: ['其他资金（项目全周期） 为空'] },
      ],
    },
    {
      name: 'two blank parts of a one-year project: the same-label cell fixes one, then the sum the other',
      form: form2024((f) => {
        f.funding['carryover'] = null;
        f.funding['other'] = null;
      }),
      errors: [
        { cell: 'B25', message: ['应为 50,000.00'], safeFix: false },
        { cell: 'B26', message: ['应与其他资金（项目全周期）相同：0.00'], safeFix: false },
      ],
    },
    {
      name: 'blank sub-item amount (2019): this year’s budget minus the other rows',
      form: form2019((f) => void (f.subItems[1] = { name: '宣传推广', amount: null })),
      errors: [{ cell: 'B36', message: ['子项目「宣传推广」预算金额 为空', '应为 200,000.00'], fixValues: [200000] }],
    },
    {
      name: 'blank year budget (2019): the sum of the sub-items',
      form: form2019((f) => void (f.funding['yearBudget'] = null)),
      errors: [{ cell: 'B21', message: ['项目当年预算 为空', '子项目「研讨会组织」预算金额 400,000.00', '应为 600,000.00'], safeFix: true }],
    },
    {
      name: 'no sub-items at all (2019)',
      form: form2019((f) => void (f.subItems = [])),
      errors: [{ message: ['项目当年投入资金构成未填写', '项目当年预算'] }],
    },
  ],
});

describe('FUND-REQUIRED without cells (form.json)', () => {
  it('reports the value without a fix', () => {
    const form = form2024((x) => void (x.funding['totalRequested'] = null));
    const profile = profileById('sh-2024');
    if (!profile) throw new Error('sh-2024 profile missing');
    const sink: Finding[] = [];
    fundRequired.check(createContext(fundRequired.meta, form, null, profile, 'zh-CN', sink));
    const [f] = sink;
    expect(sink).toHaveLength(1);
    expect(f?.location.cell).toBeUndefined();
    expect(f?.fix).toBeUndefined();
    expect(f?.expected).toBe(1200000);
  });
});

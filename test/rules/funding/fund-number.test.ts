import { fundNumber } from '../../../src/rules/funding/fund-number';
import { testRule } from '../../helpers/rule-tester';
import { form2019, form2024 } from './edit';

testRule(fundNumber, {
  valid: [
    { name: 'clean 2024 form', form: form2024() },
    { name: 'clean 2019 form', form: form2019() },
    { name: 'blank cells are FUND-REQUIRED’s', form: form2024((f) => void (f.funding['carryover'] = null)) },
    { name: 'formula errors are DOC-FORMULA-ERROR’s', form: form2024((f) => void (f.funding['carryover'] = { error: '#VALUE!' })) },
    { name: 'float noise from a formula is not a third decimal', form: form2024((f) => void (f.funding['carryover'] = 0.1 + 0.2)) },
    { name: 'zero written as 0', form: form2024((f) => void (f.funding['other'] = 0)) },
  ],
  invalid: [
    {
      name: 'words instead of an amount',
      form: form2024((f) => void (f.funding['carryover'] = '待定')),
      errors: [{ severity: 'error', cell: 'B25', message: ['上年结转资金 填的是「待定」，不是金额'] }],
    },
    {
      name: 'a template leftover instead of an amount',
      form: form2024((f) => void (f.funding['other'] = '**')),
      errors: [{ severity: 'error', cell: 'B26', message: ['其他资金（当年）', '「**」'] }],
    },
    {
      name: 'a dash for none: a warning with a safe 0.00',
      form: form2024((f) => void (f.funding['carryover'] = ' — ')),
      errors: [{ severity: 'warning', cell: 'B25', message: ['上年结转资金 填的是「—」', '0.00'], safeFix: true, fixValues: [0] }],
    },
    {
      name: '无 for none',
      form: form2024((f) => void (f.funding['other'] = '无')),
      errors: [{ severity: 'warning', cell: 'B26', fixValues: [0] }],
    },
    {
      name: 'negative amount',
      form: form2024((f) => void (f.funding['carryover'] = -50000)),
      errors: [{ severity: 'error', cell: 'B25', message: ['为负数'] }],
    },
    {
      name: 'three decimals',
      form: form2024((f) => void (f.funding['currentAppropriation'] = 1149999.995)),
      errors: [{ severity: 'error', cell: 'B24', message: ['超过两位小数'] }],
    },
    {
      name: 'number stored as text: info with a safe fix to a number',
      form: form2024((f) => void (f.funding['carryover'] = '50,000.00')),
      errors: [{ severity: 'info', cell: 'B25', message: ['以文本存放的数字', '50,000.00'], safeFix: true, fixValues: [50000] }],
    },
    {
      name: 'sub-item amount stored as text (2019)',
      form: form2019((f) => void (f.subItems[0] = { name: '研讨会组织', amount: '400000' })),
      errors: [{ severity: 'info', cell: 'B35', message: ['子项目「研讨会组织」预算金额'], fixValues: [400000] }],
    },
    {
      name: 'several bad cells, in the order of the block',
      form: form2024((f) => {
        f.funding['projectOther'] = '待定';
        f.funding['other'] = '0.00';
      }),
      errors: [
        { severity: 'error', cell: 'B22' },
        { severity: 'info', cell: 'B26', fixValues: [0] },
      ],
    },
  ],
});

import { goalYear } from '../../../src/rules/goals/goal-year';
import { namedYears } from '../../../src/rules/goals/years';
import { profileById } from '../../../src/profiles';
import { testRule } from '../../helpers/rule-tester';
import { form2019, form2024, multiYear2024 } from '../funding/edit';

testRule(goalYear, {
  valid: [
    { name: 'clean 2024 form', form: form2024() },
    { name: 'clean 2019 form', form: form2019() },
    { name: 'a comparison with last year', form: form2024((f) => void (f.goals['annual'] = '服务企业数较2023年提升10%。')) },
    { name: 'a history', form: form2024((f) => void (f.goals['overall'] = '截至2023年底已服务企业1000家，2024年继续运维。')) },
    { name: 'a since', form: form2024((f) => void (f.goals['overall'] = '平台自2019年起运行，2024年完成升级。')) },
    { name: 'a document title', form: form2024((f) => void (f.goals['overall'] = '落实《上海市科技创新“十四五”规划（2021-2025年）》，2024年完成平台升级。')) },
    { name: 'a multi-year goal on a multi-year project', form: multiYear2024((f) => void (f.goals['overall'] = '（2024年-2026年）建成平台。')) },
    { name: 'no readable period', form: form2024((f) => Object.assign(f, { fields: { ...f.fields, end: null }, goals: { overall: '2030年完成', annual: '' } })) },
  ],
  invalid: [
    {
      name: 'a goal copied from next year',
      form: form2024((f) => void (f.goals['annual'] = '2025年完成平台运维，服务企业不少于300家次。')),
      errors: [{ severity: 'warning', cell: 'B31', message: ['「年度总体目标」写到 2025 年', '2024-01-01 – 2024-12-31'] }],
    },
    {
      name: 'a three-year overall goal on a one-year project',
      form: form2024((f) => void (f.goals['overall'] = '项目总目标（2024年-2026年）：建成平台。')),
      errors: [{ cell: 'B30', message: ['2025、2026'] }],
    },
    {
      name: '2019 form with last year’s goal',
      form: form2019((f) => void (f.goals['annual'] = '2018年举办研讨会1次，参会人员不少于500人。')),
      errors: [{ cell: 'B31', message: ['2018'] }],
    },
  ],
});

describe('namedYears', () => {
  const p = profileById('sh-2024');
  const before = p?.vocab['goalYearContextBefore'] ?? [];
  const after = p?.vocab['goalYearContextAfter'] ?? [];
  it.each([
    ['2024年完成', [2024]],
    ['２０２５年完成', [2025]],
    ['(2024年-2026年)', [2024, 2025, 2026]],
    ['2024—2026年', [2024, 2025, 2026]],
    ['较2023年提高', []],
    ['2019年以来', []],
    ['与2023年同期相比', []],
    ['保障近2年需求', []],
    ['20240年', []],
  ])('%s', (text, years) => {
    expect(namedYears(text, before, after).map((y) => y.year)).toEqual(years);
  });
});

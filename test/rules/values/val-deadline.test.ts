import type { Form } from '../../../src/model/form';
import { valDeadline } from '../../../src/rules/values/val-deadline';
import { testRule } from '../../helpers/rule-tester';
import { cleanForm2019, cleanForm2024 } from '../../helpers/forms';
import { CELL_2024, with2019, with2024 } from './cases';

const multiYear = (value: string): Form => {
  const f = with2024('时效指标', '项目完成时间', value);
  return { ...f, fields: { ...f.fields, start: '2024-01-01', end: '2026-12-31' } };
};
const noDates = (value: string): Form => {
  const f = with2024('时效指标', '项目完成时间', value);
  return { ...f, fields: { ...f.fields, start: null, end: null } };
};
const serialDates = (value: string): Form => {
  const f = with2024('时效指标', '项目完成时间', value);
  return { ...f, fields: { ...f.fields, start: 45292, end: 45657 } };
};

const monthOnly = (value: string): Form => {
  const f = with2024('时效指标', '项目完成时间', value);
  return { ...f, fields: { ...f.fields, start: '2024年1月', end: '2024年12月' } };
};

testRule(valDeadline, {
  valid: [
    { name: 'the clean 2024 form', form: cleanForm2024() },
    { name: 'the clean 2019 form (2019年6月底前 within 2019-01-02..2019-08-30)', form: cleanForm2019() },
    { name: '2024年11月前完成 in a 2024 project', form: with2024('时效指标', '项目完成及时性', '2024年11月前完成') },
    { name: '年底前完成 takes the form year', form: with2024('时效指标', '项目完成时间', '年底前完成') },
    { name: '2025年1月前 is by 2024-12-31', form: with2024('时效指标', '项目完成时间', '2025年1月前完成') },
    { name: 'a multi-year project', form: multiYear('2026年6月底前完成') },
    { name: 'dates as Excel serials', form: serialDates('2024年12月31日') },
    { name: 'dates to the month only', form: monthOnly('2024年12月底前完成') },
    { name: '366 days fit a leap year', form: with2024('时效指标', '项目实施周期', '≤366.00(天)') },
    { name: '12 months fit a year', form: with2024('时效指标', '项目实施周期', '=12.00(个月)') },
    { name: 'lasting use is no time limit', form: with2024('可持续影响指标', '平台持续运行年限', '≥3.00(年)') },
    { name: 'a warranty under 质量 is no time target', form: with2024('质量指标', '网络防病毒软件质量保证', '=2.00(年)') },
    { name: '月次 is no duration', form: with2024('时效指标', '机房运维周期', '=12.00(月次)') },
    { name: 'a date cell inside the period', form: with2024('时效指标', '项目完成时间', 45626) },
    { name: 'a large count outside a time row is no date', form: with2024('数量指标', '服务人次', 45747) },
  ],
  invalid: [
    {
      name: '2025年6月前完成 in a 2024 project',
      form: with2024('时效指标', '项目完成时间', '2025年6月前完成'),
      errors: [{ severity: 'error', cell: CELL_2024, message: ['2025年6月前完成', '2025-05-31', '2024-12-31'], indicator: '项目完成时间' }],
    },
    {
      name: 'a deadline before the start',
      form: with2024('时效指标', '项目完成时间', '2023年12月底前'),
      errors: [{ severity: 'error', message: ['2023-12-31', '2024-01-01'] }],
    },
    {
      name: 'a month after a short project ends (2019)',
      form: with2019('时效目标', '研讨会举办时间', '2019年10月底前'),
      errors: [{ severity: 'error', message: ['2019-10-31', '2019-08-30'] }],
    },
    {
      name: 'a quarter after the end',
      form: with2019('时效目标', '成果发布时间', '第四季度'),
      errors: [{ message: ['2019-12-31'] }],
    },
    {
      name: 'a deadline inside several targets',
      form: with2024('时效指标', '项目进度', '2024年6月前完成招标，2025年3月底前完成验收'),
      errors: [{ message: ['2025-03-31'] }],
    },
    {
      name: 'a day count longer than a leap year',
      form: with2024('时效指标', '项目实施周期', '≤367.00(天)'),
      errors: [{ severity: 'error', message: ['367天', '366'] }],
    },
    {
      name: 'a time limit in words longer than the period',
      form: with2024('时效指标', '整改完成时限', '400天内'),
      errors: [{ message: ['400天'] }],
    },
    {
      name: 'a date cell after the end',
      form: with2024('时效指标', '项目完成时间', 45747),
      errors: [{ severity: 'error', message: ['2025-03-31'] }],
    },
    {
      name: 'after a period given to the month',
      form: monthOnly('2025年1月底前'),
      errors: [{ severity: 'error', message: ['2025-01-31', '2024-12-31'] }],
    },
    {
      name: 'without dates the form year stands in, as a warning',
      form: noDates('2025年6月前完成'),
      errors: [{ severity: 'warning', message: ['2025-05-31'] }],
    },
  ],
});

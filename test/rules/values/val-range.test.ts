import { valRange } from '../../../src/rules/values/val-range';
import { testRule } from '../../helpers/rule-tester';
import { cleanForm2019, cleanForm2024 } from '../../helpers/forms';
import { CELL_2024, with2019, with2024 } from './cases';

testRule(valRange, {
  valid: [
    { name: 'the clean 2024 form', form: cleanForm2024() },
    { name: 'the clean 2019 form', form: cleanForm2019() },
    { name: '=100.00(%) is inside 0–100', form: with2024('数量指标', '项目完成率', '=100.00(%)') },
    { name: '0% is inside', form: with2024('质量指标', '重大事故发生率', '=0.00(%)') },
    { name: 'growth may pass 100%', form: with2024('经济效益指标', '营业收入增长率', '≥150.00(%)') },
    { name: 'a note with another number is one target', form: with2019('满意度目标', '参会人员满意度', '≥90.00%。共发放500份问卷') },
    { name: 'thousands separators are no second target', form: with2024('数量指标', '服务人次', '≥1,000.00(人次)') },
  ],
  invalid: [
    {
      name: 'a percentage over 100',
      form: with2024('质量指标', '预算执行率', '≥120.00(%)'),
      errors: [{ severity: 'warning', cell: CELL_2024, message: ['≥120.00%', '0%–100%'], indicator: '预算执行率' }],
    },
    {
      name: 'a negative percentage',
      form: with2024('质量指标', '设备完好率', '≥-5%'),
      errors: [{ message: ['-5.00%'] }],
    },
    {
      name: 'a range instead of a target',
      form: with2024('数量指标', '培训次数', '3-5次'),
      errors: [{ severity: 'warning', message: ['3-5次', '≥3.00(次)'], safeFix: false, fixValues: ['≥3.00(次)'] }],
    },
    {
      name: 'a range with full-width tilde',
      form: with2024('数量指标', '讲座场次', '1～2场'),
      errors: [{ fixValues: ['≥1.00(场)'] }],
    },
    {
      name: 'a range on a cost gives the ceiling',
      form: with2024('经济成本指标', '设备采购单价', '500-800元'),
      errors: [{ fixValues: ['≤800.00(元)'] }],
    },
    {
      name: 'several targets in one cell',
      form: with2024('质量指标', '平台可用率', '≥90%；≥95%'),
      errors: [{ severity: 'warning', message: ['2', '≥90.00(%)；≥95.00(%)'] }],
    },
    {
      name: 'two deadlines in one cell',
      form: with2024('时效指标', '项目进度', '2024年6月前完成招标，12月底前完成验收'),
      errors: [{ message: ['2 个目标值'] }],
    },
  ],
});

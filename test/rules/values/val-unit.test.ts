import { valUnit } from '../../../src/rules/values/val-unit';
import { testRule } from '../../helpers/rule-tester';
import { cleanForm2019, cleanForm2024 } from '../../helpers/forms';
import { CELL_2019, CELL_2024, with2019, with2024 } from './cases';

testRule(valUnit, {
  valid: [
    { name: 'the clean 2024 form', form: cleanForm2024() },
    { name: 'the clean 2019 form', form: cleanForm2019() },
    { name: 'media outlets counted in 家', form: with2019('数量目标', '专业媒体数', '≥3家') },
    { name: '机房运维周期 in 月次', form: with2024('时效指标', '机房运维周期', '=12.00(月次)') },
    { name: 'a rate in %', form: with2024('质量指标', '维修项目验收合格率', '≥95.00(%)') },
    { name: 'a rate as a number cell (format unknown)', form: with2024('质量指标', '平台可用率', 0.99) },
    { name: '频率 counted per period', form: with2024('时效指标', '巡检频率', '≥4.00(次/年)') },
    { name: '人次 counted in 人次', form: with2024('数量指标', '培训人次', '≥300.00(人次)') },
    { name: 'a saving in litres', form: with2024('社会效益指标', '百公里油耗减少量', '≥2.00(L)') },
    { name: 'an index ending in 数 may be a percentage', form: with2024('经济效益指标', '价格指数', '≤103.00(%)') },
  ],
  invalid: [
    {
      name: 'a head count in %',
      form: with2024('数量指标', '培训人数', '≥95.00(%)'),
      errors: [{ severity: 'warning', cell: CELL_2024, message: ['培训人数', '%', '≥100.00(人)'], indicator: '培训人数' }],
    },
    {
      name: '人数 counted in 人次',
      form: with2024('数量指标', '服务企业人数', '≥300.00(人次)'),
      errors: [{ message: ['人次', '“人”'] }],
    },
    {
      name: 'a rate in 次',
      form: with2024('质量指标', '培训合格率', '≥30.00(次)'),
      errors: [{ message: ['比率', '次', '≥95.00(%)'] }],
    },
    {
      name: 'a rate with no unit in text',
      form: with2024('质量指标', '平台可用率', '≥99'),
      errors: [{ message: ['≥99', '没有 %'] }],
    },
    {
      name: 'a frequency in a duration unit',
      form: with2024('时效指标', '巡检频次', '≥30.00(天)'),
      errors: [{ message: ['频次', '天'] }],
    },
    {
      name: 'reports counted in 家 (2019 sample)',
      form: with2019('数量目标', '专业媒体报道数', '≥3家'),
      errors: [{ cell: CELL_2019, message: ['报道', '家', '篇'] }],
    },
  ],
});

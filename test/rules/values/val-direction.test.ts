import { valDirection } from '../../../src/rules/values/val-direction';
import { runRule, testRule } from '../../helpers/rule-tester';
import { cleanForm2019, cleanForm2024, placed, withIndicator } from '../../helpers/forms';
import { CELL_2024, with2019, with2024 } from './cases';

testRule(valDirection, {
  valid: [
    { name: 'the clean 2024 form', form: cleanForm2024() },
    { name: 'the clean 2019 form', form: cleanForm2019() },
    { name: 'satisfaction ≥90.00(%)', form: with2024('服务对象满意度指标', '维修人员服务满意率', '≥90.00(%)') },
    { name: 'response time <12.00(小时), even under 满意度', form: with2024('服务对象满意度指标', '故障修复响应时间', '<12.00(小时)') },
    { name: 'a count bought =1.00(辆)', form: with2024('数量指标', '购置公务车辆数', '=1.00(辆)') },
    { name: 'a completion rate =100.00(%)', form: with2024('数量指标', '项目完成率', '=100.00(%)') },
    { name: 'a saving ≥2.00(L)', form: with2024('社会效益指标', '百公里油耗减少量', '≥2.00(L)') },
    { name: 'an increase stated as a floor', form: with2024('可持续影响指标', '提升公务用车使用年限', '≥8.00(年)') },
    { name: 'complaints capped', form: with2024('质量指标', '投诉次数', '≤3.00(次)') },
    { name: 'a repair rate of faults is higher-better', form: with2024('质量指标', '故障修复率', '≥95.00(%)') },
    { name: 'a cost capped', form: with2024('经济成本指标', '设备采购单价', '≤5000.00(元)') },
    { name: 'a time limit in words', form: with2024('时效指标', '问题响应时间', '2个工作日内') },
    { name: 'no comparator is VAL-FORMAT’s', form: with2024('服务对象满意度指标', '服务满意度', '90%') },
  ],
  invalid: [
    {
      name: '= on a satisfaction',
      form: with2024('服务对象满意度指标', '服务企业满意度', '=95.00(%)'),
      errors: [{ severity: 'error', cell: CELL_2024, message: ['=95.00(%)', '≥95.00(%)'], safeFix: false, fixValues: ['≥95.00(%)'], indicator: '服务企业满意度' }],
    },
    {
      name: '≤ on a satisfaction',
      form: with2019('满意度目标', '参会人员满意率', '≤90.00(%)'),
      errors: [{ severity: 'error', fixValues: ['≥90.00(%)'] }],
    },
    {
      name: '≥ on a response time',
      form: with2024('服务对象满意度指标', '故障修复响应时间', '≥12.00(小时)'),
      errors: [{ severity: 'error', message: ['越低越好', '≤12.00(小时)'], fixValues: ['≤12.00(小时)'] }],
    },
    {
      name: '≥ on a cost',
      form: with2024('经济成本指标', '人均培训成本', '≥500.00(元)'),
      errors: [{ fixValues: ['≤500.00(元)'] }],
    },
    {
      name: '≥ on an accident count',
      form: with2024('社会效益指标', '安全事故数', '≥1.00(起)'),
      errors: [{ fixValues: ['≤1.00(起)'] }],
    },
    {
      name: '> on a defect rate',
      form: with2024('质量指标', '设备故障率', '>2.00(%)'),
      errors: [{ fixValues: ['≤2.00(%)'] }],
    },
    {
      name: '≤ on people served',
      form: with2024('数量指标', '服务企业数', '≤300.00(家)'),
      errors: [{ message: ['至多', '≥300.00(家)'], fixValues: ['≥300.00(家)'] }],
    },
    {
      name: '< on trainings held',
      form: with2024('数量指标', '组织培训次数', '<5.00(次)'),
      errors: [{ fixValues: ['≥5.00(次)'] }],
    },
    {
      name: '= on 提升 (2024 vehicle sample)',
      form: with2024('质量指标', '提升车辆国产品牌率', '=50.00(%)'),
      errors: [{ severity: 'error', message: ['提升', '≥50.00(%)'], safeFix: false, fixValues: ['≥50.00(%)'] }],
    },
    {
      name: 'a word comparator is read too',
      form: with2024('服务对象满意度指标', '群众满意度', '不高于95%'),
      errors: [{ fixValues: ['≥95.00(%)'] }],
    },
  ],
});

describe('VAL-DIRECTION on a template value', () => {
  it('keeps the placeholder in the suggestion', () => {
    const form = withIndicator(cleanForm2024(), { level1: '产出指标', level2: '质量指标', name: '重大安全事件发生次数', value: '≥**(次)' });
    const found = runRule(valDirection, placed(form));
    expect(found.map((f) => f.expected)).toEqual(['≤**(次)']);
  });
});

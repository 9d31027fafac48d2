import type { Indicator } from '../../../src/model/form';
import { placeTime } from '../../../src/rules/placement/place-time';
import { cleanForm2019, cleanForm2024, placed, withIndicator } from '../../helpers/forms';
import { runRule, testRule } from '../../helpers/rule-tester';

const c24 = cleanForm2024();
const time = (name: string, value: string): Indicator => ({ level1: '产出指标', level2: '时效指标', name, value });
const add = (name: string, value: string) => withIndicator(c24, time(name, value));

testRule(placeTime, {
  valid: [
    { name: 'clean sh-2024 form', form: c24 },
    { name: 'clean sh-2019 form', form: cleanForm2019() },
    { name: 'sample: a deadline (2024年11月前完成)', form: add('项目完成及时性', '2024年11月前完成') },
    { name: 'sample: a frequency (=12.00(月次))', form: add('机房运维周期', '=12.00(月次)') },
    { name: 'a duration', form: add('故障响应时长', '≤2.00(小时)') },
    { name: 'a time limit in working days', form: add('审批办结时限', '5个工作日内') },
    { name: 'a punctuality rate: the name says on time', form: add('培训计划按期完成率', '=100.00(%)') },
    { name: 'a rate on schedule (按计划)', form: add('项目按计划完成率', '100(%)') },
    { name: 'a timeliness rate', form: add('运维响应及时率', '≥95.00(%)') },
    { name: 'words are VAL-QUALITATIVE\'s business', form: add('宣传推广及时性', '及时发布宣传推广信息') },
    { name: 'a count elsewhere', form: withIndicator(c24, { level1: '产出指标', level2: '数量指标', name: '巡检次数', value: '≥12.00(次)' }) },
  ],
  invalid: [
    {
      name: 'a completion rate with no time',
      form: add('项目完成率', '=100.00(%)'),
      errors: [{ severity: 'warning', cell: 'C58', message: ['「项目完成率」', '「=100.00(%)」是比率', '没有时间', '2024年12月底前完成', '「产出指标 / 质量指标」'], indicator: '项目完成率' }],
    },
    {
      name: 'a plain count',
      form: add('巡检次数', '≥12.00(次)'),
      errors: [{ message: ['是计数', '「产出指标 / 数量指标」'] }],
    },
    {
      name: 'sh-2019: a disposal rate under 时效目标',
      form: withIndicator(cleanForm2019(), { level1: '产出目标', level2: '时效目标', name: '新增违建处置率', value: '100%' }),
      errors: [{ cell: 'C59', message: ['2019年12月底前完成', '「产出目标 / 质量目标」'] }],
    },
  ],
});

describe('PLACE-TIME after the list is edited in place', () => {
  it('judges the new value, not a remembered one', () => {
    const form = add('项目完成率', '=100.00(%)');
    const project = placed(form);
    expect(runRule(placeTime, project)).toHaveLength(1);
    const last = form.indicators[form.indicators.length - 1];
    if (!last) throw new Error('no row');
    last.value = '2024年12月底前完成';
    expect(runRule(placeTime, project)).toHaveLength(0);
  });
});

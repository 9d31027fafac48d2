import type { Indicator } from '../../../src/model/form';
import { placeQualityCount } from '../../../src/rules/placement/place-quality-count';
import { cleanForm2019, cleanForm2024, withIndicator } from '../../helpers/forms';
import { testRule } from '../../helpers/rule-tester';

const c24 = cleanForm2024();
const quality = (name: string, value: string): Indicator => ({ level1: '产出指标', level2: '质量指标', name, value });
const quantity = (name: string, value: string): Indicator => ({ level1: '产出指标', level2: '数量指标', name, value });

testRule(placeQualityCount, {
  valid: [
    { name: 'clean sh-2024 form', form: c24 },
    { name: 'clean sh-2019 form', form: cleanForm2019() },
    { name: 'sample: a warranty in years under 质量 is a duration, not a count', form: withIndicator(c24, quality('网络防病毒软件质量保证', '=2.00(年)')) },
    { name: 'a count of accidents measures quality', form: withIndicator(c24, quality('重大安全事件发生次数', '=0.00(次)')) },
    { name: 'a count of complaints measures quality', form: withIndicator(c24, quality('有效投诉件数', '≤2.00(件)')) },
    { name: 'a pass rate under 质量', form: withIndicator(c24, quality('验收合格率', '≥95.00(%)')) },
    { name: 'a count under 数量', form: withIndicator(c24, quantity('采购安全软件数量', '≥1.00(个)')) },
    { name: 'words under 数量 are VAL-QUALITATIVE\'s business', form: withIndicator(c24, quantity('预防性维护', '全部完成')) },
  ],
  invalid: [
    {
      name: 'sample sh2024-repairs: a completion rate under 数量',
      form: withIndicator(c24, quantity('项目完成率', '=100.00(%)')),
      errors: [{ severity: 'info', cell: 'C58', message: ['「项目完成率」', '单位为「%」的比率', '「产出指标 / 质量指标」'], indicator: '项目完成率' }],
    },
    {
      name: 'a rate told by the name when the value has no unit',
      form: withIndicator(c24, quantity('学校改造覆盖率', '100')),
      errors: [{ severity: 'info', message: ['比率'] }],
    },
    {
      name: 'a plain count under 质量',
      form: withIndicator(c24, quality('会议通过议题数量', '≥10.00(项)')),
      errors: [{ severity: 'info', message: ['单位为「项」的计数', '做了多少', '「产出指标 / 数量指标」'] }],
    },
    {
      name: 'sh-2019: a count under 质量目标',
      form: withIndicator(cleanForm2019(), { level1: '产出目标', level2: '质量目标', name: '邀请演讲专家数', value: '≥80人' }),
      errors: [{ cell: 'C59', message: ['「产出目标 / 数量目标」'] }],
    },
  ],
});

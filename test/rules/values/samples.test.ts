import { readFileSync } from 'fs';
import { join } from 'path';
import { formFromSample } from '../../../src/model/sample';
import { valuesRules } from '../../../src/rules/values';
import { placed } from '../../helpers/forms';
import { runRule } from '../../helpers/rule-tester';

const SAMPLES = join(__dirname, '../../../../shared/samples');

function findings(file: string): string[] {
  const form = formFromSample(JSON.parse(readFileSync(join(SAMPLES, file), 'utf8')));
  return valuesRules.flatMap((r) => runRule(r, placed(form)).map((f) => `${f.ruleId} ${f.severity} ${f.indicator?.name ?? ''}`));
}

// What a reviewer would flag in the values of the three real forms, and nothing else:
// ≥90.00(%) satisfaction, =100.00(%) completion, <12.00(小时) response time, 2024年11月前完成 pass.
describe('value rules on the real samples', () => {
  it('sh2024-repairs: nothing to say about its values', () => {
    expect(findings('sh2024-repairs.json')).toEqual([]);
  });

  it('sh2024-vehicle: = on a name that promises an increase', () => {
    expect(findings('sh2024-vehicle.json')).toEqual(['VAL-DIRECTION error 提升车辆国产品牌率']);
  });

  it('sh2019-bioforum: loose writing, words on rates, reports in 家, satisfaction below 90%', () => {
    expect(findings('sh2019-bioforum.json')).toEqual([
      'VAL-FORMAT warning 资金使用合规性',
      'VAL-FORMAT info 预算执行率',
      'VAL-FORMAT warning 研讨会议程活动完成率',
      'VAL-FORMAT info 专业媒体数',
      'VAL-FORMAT info 邀请演讲专家数',
      'VAL-FORMAT info 参会观众数',
      'VAL-FORMAT info 参会人员满意度',
      'VAL-FORMAT warning 团队主要成员稳定率',
      'VAL-FORMAT info 专业媒体报道数',
      'VAL-QUALITATIVE warning 研讨会议程内容符合率',
      'VAL-QUALITATIVE warning 宣传有效率',
      'VAL-UNIT warning 专业媒体报道数',
      'VAL-THRESHOLD warning 参会人员满意度',
    ]);
  });
});

describe('value rows read once per form', () => {
  it('reads an indicator again after it was edited in place', () => {
    const form = formFromSample(JSON.parse(readFileSync(join(SAMPLES, 'sh2024-vehicle.json'), 'utf8')));
    const project = placed(form);
    const direction = valuesRules.find((r) => r.meta.id === 'VAL-DIRECTION');
    if (!direction) throw new Error('no VAL-DIRECTION');
    expect(runRule(direction, project)).toHaveLength(1);
    const row = form.indicators.find((i) => i.name === '提升车辆国产品牌率');
    if (!row) throw new Error('sample changed');
    row.value = '≥50.00(%)';
    expect(runRule(direction, project)).toHaveLength(0);
  });
});

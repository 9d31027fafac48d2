import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formFromSample } from '../../src/model/sample';
import { indicatorsRules } from '../../src/rules/indicators';
import { placementRules } from '../../src/rules/placement';
import { placed } from '../helpers/forms';
import { runRule } from '../helpers/rule-tester';

const samples = join(__dirname, '..', '..', '..', 'shared', 'samples');
const load = (f: string): unknown => JSON.parse(readFileSync(join(samples, f), 'utf8'));

/** What the indicator and placement rules say about each real form: rule, severity, cell, indicator. */
const expected: Record<string, string[]> = {
  'sh2024-repairs.json': [
    // 项目完成率 =100.00(%) under 数量指标: a rate, not an amount delivered.
    'PLACE-CATEGORY info C59 园区绿化率',
    // 故障修复响应时间 <12.00(小时) under 服务对象满意度指标: a time, belongs under 时效指标.
    'PLACE-CATEGORY warning C61 故障修复响应时间',
    'PLACE-QUALITY-COUNT info C51 项目完成率',
  ],
  'sh2024-vehicle.json': [
    // 产出指标 has 数量 and 质量 only: 时效指标 goes after row 52.
    'IND-REQUIRED warning B52 -',
    // 百公里油耗减少量 under 社会效益指标: arguably 生态效益, a hint only.
    'PLACE-CATEGORY info C53 百公里油耗减少量',
  ],
  'sh2019-bioforum.json': [
    // 研讨会议程活动完成率 `100%完成…` under 数量目标.
    'PLACE-QUALITY-COUNT info C60 研讨会议程活动完成率',
  ],
};

describe.each(Object.entries(expected))('indicator and placement rules on the sample %s', (file, want) => {
  const project = placed(formFromSample(load(file)));
  const found = [...indicatorsRules, ...placementRules].flatMap((rule) => runRule(rule, project));

  it('give exactly the expected findings', () => {
    const got = found.map((f) => `${f.ruleId} ${f.severity} ${f.location.cell ?? ''} ${f.indicator?.name ?? '-'}`);
    expect(got).toEqual(want);
  });

  it('say where each misplaced row belongs', () => {
    for (const f of found.filter((x) => x.ruleId.startsWith('PLACE-'))) expect(f.message).toMatch(/「[^」]+ \/ [^」]+」下/);
  });
});

describe('the repairs sample in detail', () => {
  const project = placed(formFromSample(load('sh2024-repairs.json')));
  it('sends the response time to 时效指标 because of its name and its unit', () => {
    const [rule] = placementRules;
    if (!rule) throw new Error('no placement rules');
    const f = runRule(rule, project).find((x) => x.indicator?.name === '故障修复响应时间');
    expect(f?.message).toContain('「产出指标 / 时效指标」');
    expect(f?.message).toContain('单位为「小时」的时长');
  });
});

import { profileById } from '../../../src/profiles';
import { classify, placementFor } from '../../../src/rules/meaning';

const sh2024 = profileById('sh-2024');
const sh2019 = profileById('sh-2019');
if (!sh2024 || !sh2019) throw new Error('profiles missing');

describe('classify', () => {
  it.each([
    ['服务企业满意度', '≥90.00(%)', ['satisfaction', 'clients'], 'rate'],
    ['故障修复响应时间', '<12.00(小时)', ['time'], 'duration'],
    ['机房运维周期', '=12.00(月次)', ['time'], 'frequency'],
    ['项目完成及时性', '2024年11月前完成', ['time'], 'deadline'],
    ['预算执行率', '=100%', ['budget'], 'rate'],
    ['预算节约率', '≥5.00(%)', [], 'rate'],
    ['降低公务交通支出费用', '≥10.00(%)', [], 'rate'],
    ['单位购置成本', '≤20000.00(元)', ['cost'], 'amount'],
    ['人员到位率', '=100.00(%)', ['staffing'], 'rate'],
    ['安全事故发生数', '=0.00(起)', ['accidents'], 'count'],
    ['百公里油耗减少量', '≥2.00(L)', ['ecological'], 'quantity'],
    ['满意度调查覆盖率', '≥80.00(%)', [], 'rate'],
    ['采购安全软件数量', '≥1.00(个)', [], 'count'],
    ['参会观众数', '≥500人', ['clients'], 'count'],
    ['美化工作环境', '完成', [], 'qualitative'],
    ['学校改造覆盖率', '100', [], 'rate'],
    ['验收合格率', null, [], 'empty'],
    ['巡查频次', '每季度一次', ['time'], 'frequency'],
    ['审批办结时限', '3个工作日内', ['time'], 'duration'],
    ['检修次数', '≥4.00(次/年)', [], 'frequency'],
    ['培训场次', '2-4场', [], 'count'],
    ['服务企业数', 300, ['clients'], 'count'],
    ['满意率', '≥90%；≥95%', ['satisfaction'], 'rate'],
  ])('%s %s', (name, value, topics, measure) => {
    const m = classify(sh2024, name, value);
    expect(m.topics.map((t) => t.topic)).toEqual(topics);
    expect(m.measure).toBe(measure);
  });
});

describe('placementFor', () => {
  it.each([
    ['sh-2024', 'time', '产出指标 / 时效指标'],
    ['sh-2024', 'budget', '成本指标 / 经济成本指标'],
    ['sh-2019', 'budget', '投入和管理目标 / 资金投入管理'],
    ['sh-2024', 'staffing', '产出指标 / 质量指标'],
    ['sh-2019', 'staffing', '影响力目标 / 人力资源'],
    ['sh-2019', 'satisfaction', '效果目标 / 满意度目标'],
    ['sh-2019', 'count', '产出目标 / 数量目标'],
  ])('%s: %s', (id, meaning, where) => {
    const p = placementFor(id === 'sh-2019' ? sh2019 : sh2024, meaning);
    expect(p ? `${p.level1} / ${p.level2}` : null).toBe(where);
  });

  it('is null for a meaning the profile has no group for', () => {
    expect(placementFor(sh2024, 'nothing-like-this')).toBeNull();
  });
});

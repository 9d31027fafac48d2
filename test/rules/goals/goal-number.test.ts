import type { Form } from '../../../src/model/form';
import { goalNumber } from '../../../src/rules/goals/goal-number';
import { promisesIn } from '../../../src/rules/goals/promises';
import { profileById } from '../../../src/profiles';
import { testRule } from '../../helpers/rule-tester';
import { form2019, form2024 } from '../funding/edit';

const value = (i: number, v: string) => (f: Form) => {
  const ind = f.indicators[i];
  if (ind) ind.value = v;
};

testRule(goalNumber, {
  valid: [
    { name: 'clean 2024 form', form: form2024() },
    { name: 'clean 2019 form', form: form2019() },
    { name: 'a target inside the promised range', form: form2024(value(1, '≥4.00(次)')) },
    { name: 'a stronger floor than promised', form: form2024(value(0, '≥350.00(家次)')) },
    { name: 'an exact count meeting a floor', form: form2024(value(0, '=300.00(家次)')) },
    { name: 'a range target matching a range promise', form: form2024(value(1, '3-5次')) },
    { name: 'an estimate is not a promise', form: form2024((f) => void (f.goals['annual'] = '服务企业约500家次。')) },
    { name: 'a frequency is not a count', form: form2024((f) => void (f.goals['annual'] = '每月组织培训1次。')) },
    { name: 'an ordinal is not a count', form: form2024((f) => void (f.goals['annual'] = '举办第21届研讨会。')) },
    { name: 'a change is not a target', form: form2024((f) => void (f.goals['annual'] = '企业问题解决率提高10%。')) },
    { name: 'a promise in Chinese numerals, met', form: form2024((f) => {
      f.goals['annual'] = '购买一辆公务用车。';
      f.indicators.push({ level1: '产出指标', level2: '数量指标', name: '购置公务车辆数', value: '=1.00(辆)' });
    }) },
    {
      name: 'durations are left to the time rules',
      form: form2024((f) => {
        f.goals['annual'] = '故障响应时间不超过4小时。';
        f.indicators.push({ level1: '产出指标', level2: '时效指标', name: '故障响应时间', value: '≥4.00(小时)' });
      }),
    },
    {
      name: 'a multi-year overall goal counts the whole period, not the year',
      form: form2024((f) => {
        f.fields['end'] = '2026-12-31';
        f.goals['overall'] = '三年内服务企业1000家次，组织培训10次。';
      }),
    },
    { name: '一次性 is no count', form: form2024((f) => void (f.goals['annual'] = '完成一次性设备购置。')) },
    {
      name: 'a promise met by an indicator of the same unit under another name',
      form: form2019((f) => void (f.goals['annual'] = '汇聚专业人才500-800名。')),
    },
    {
      name: 'a percentage shares too little with an unrelated rate',
      form: form2024((f) => {
        f.goals['annual'] = '平台可用率不低于99%。';
      }),
    },
  ],
  invalid: [
    {
      name: 'a target below the promised range (once, though both goals promise it)',
      form: form2024(value(1, '≥2.00(次)')),
      errors: [
        {
          severity: 'warning',
          cell: 'D52',
          message: ['「项目总目标」写明“', '组织培训3-5次', '指标「组织培训次数」为 ≥2.00(次)', '低于'],
          indicator: '组织培训次数',
        },
      ],
    },
    {
      name: 'a target above the promised range',
      form: form2024(value(1, '≥6.00(次)')),
      errors: [{ cell: 'D52', message: ['超出了目标所写的范围'] }],
    },
    {
      name: 'a comparator contradicting the promise (不少于300 vs ≤300)',
      form: form2024(value(0, '≤300.00(家次)')),
      errors: [{ cell: 'D51', message: ['不少于300家次', '≤300.00(家次)', '方向与目标相反'] }],
    },
    {
      name: 'a satisfaction target under the promised floor',
      form: form2024(value(6, '≥85.00(%)')),
      errors: [{ cell: 'D57', message: ['服务对象满意度不低于90%', '服务企业满意度'] }],
    },
    {
      name: 'a ceiling promise with a floor indicator',
      form: form2024((f) => {
        f.goals['annual'] = '群众投诉不超过3件。';
        f.indicators.push({ level1: '效益指标', level2: '社会效益指标', name: '群众投诉件数', value: '≥3.00(件)' });
      }),
      errors: [{ cell: 'D58', message: ['群众投诉不超过3件', '方向与目标相反'] }],
    },
    {
      name: 'a ceiling promise with a looser cap',
      form: form2024((f) => {
        f.goals['annual'] = '群众投诉不超过3件。';
        f.indicators.push({ level1: '效益指标', level2: '社会效益指标', name: '群众投诉件数', value: '≤5.00(件)' });
      }),
      errors: [{ cell: 'D58', message: ['超出了目标所写的范围'] }],
    },
    {
      name: 'a multi-year project: the annual goal is still checked',
      form: form2024((f) => {
        f.fields['end'] = '2026-12-31';
        f.goals['overall'] = '三年内服务企业1000家次。';
        const ind = f.indicators[0];
        if (ind) ind.value = '≥200.00(家次)';
      }),
      errors: [{ cell: 'D51', message: ['「年度总体目标」写明“服务企业不少于300家次”', '低于'] }],
    },
    {
      name: '2019: fewer participants than promised',
      form: form2019(value(2, '≥300.00(人)')),
      errors: [{ cell: 'D53', message: ['参会人员不少于500人', '参会人数'] }],
    },
    {
      name: 'a promise no indicator measures: info at the goal',
      form: form2024((f) => {
        f.indicators[1] = { level1: '产出指标', level2: '数量指标', name: '平台巡检次数', value: '≥12.00(次)' };
      }),
      errors: [{ severity: 'info', cell: 'B30', message: ['组织培训3-5次', '没有以「次」计量它的指标'] }],
    },
  ],
});

describe('promisesIn', () => {
  const v = profileById('sh-2024')?.vocab ?? {};
  const vocab = {
    unitGroups: v['goalUnitGroups'] ?? [],
    atLeast: v['goalAtLeast'] ?? [],
    atMost: v['goalAtMost'] ?? [],
    notPromise: v['goalNotPromise'] ?? [],
  };
  it.each([
    ['组织培训3-5次', 'range', 3, 5, '次'],
    ['服务企业不少于300人次', 'floor', 300, 300, '人次'],
    ['服务300人次以上', 'floor', 300, 300, '人次'],
    ['采购基础防护软件1套', 'exact', 1, 1, '套'],
    ['满意度不低于90%', 'floor', 90, 90, '%'],
    ['购买一辆公务用车', 'exact', 1, 1, '辆'],
    ['办结时间不超过5天', null, 0, 0, ''],
    ['投诉不超过3件', 'ceiling', 3, 3, '件'],
    ['1.安全智能园区改建', null, 0, 0, ''],
    ['保障近2年需求', null, 0, 0, ''],
    ['持续3个月', null, 0, 0, ''],
  ])('%s', (text, kind, low, high, unit) => {
    const [p] = promisesIn(text, vocab);
    if (kind === null) expect(p).toBeUndefined();
    else expect(p && { kind: p.kind, low: p.low, high: p.high, unit: p.unit }).toEqual({ kind, low, high, unit });
  });
});

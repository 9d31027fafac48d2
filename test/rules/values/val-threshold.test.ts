import { profileById, withThresholds } from '../../../src/profiles';
import { createContext } from '../../../src/rules/context';
import { valThreshold } from '../../../src/rules/values/val-threshold';
import type { Finding } from '../../../src/model/finding';
import { testRule } from '../../helpers/rule-tester';
import { cleanForm2019, cleanForm2024, placed } from '../../helpers/forms';
import { CELL_2019, with2019, with2024 } from './cases';

testRule(valThreshold, {
  valid: [
    { name: 'the clean 2024 form', form: cleanForm2024() },
    { name: 'the clean 2019 form', form: cleanForm2019() },
    { name: 'satisfaction at the floor', form: with2024('服务对象满意度指标', '维修人员服务满意率', '≥90.00(%)') },
    { name: 'acceptance above the floor', form: with2024('质量指标', '维修项目验收合格率', '≥95.00(%)') },
    { name: 'a rate that is no pass rate', form: with2024('可持续影响指标', '园区绿化率', '≥30.00(%)') },
    { name: 'a ceiling is VAL-DIRECTION’s', form: with2024('服务对象满意度指标', '服务满意度', '≤80.00(%)') },
    { name: 'satisfaction in points out of 5 is no percentage', form: with2024('服务对象满意度指标', '服务满意度评分', '≥4.50(分)') },
    { name: 'a bare 4.5 may be points out of 5', form: with2024('服务对象满意度指标', '服务满意度', '≥4.5') },
    { name: '不满意率 is no satisfaction', form: with2024('服务对象满意度指标', '服务不满意率', '≤5.00(%)') },
  ],
  invalid: [
    {
      name: '≥85.00% satisfaction (2019 sample)',
      form: with2019('满意度目标', '参会人员满意度', '≥85.00%。面向参会人员制定和发放满意度调查表'),
      errors: [{ severity: 'warning', cell: CELL_2019, message: ['≥85.00%', '90%'], safeFix: false, fixValues: ['≥90.00(%)'], indicator: '参会人员满意度' }],
    },
    {
      name: 'a pass rate below its floor',
      form: with2024('质量指标', '培训合格率', '≥80.00(%)'),
      errors: [{ severity: 'warning', message: ['≥80.00%', '90%'] }],
    },
    {
      name: 'an acceptance rate below its floor',
      form: with2024('质量指标', '工程验收合格率', '=85%'),
      errors: [{ message: ['=85.00%'] }],
    },
    {
      name: 'a rate written without its %',
      form: with2024('服务对象满意度指标', '服务企业满意度', '≥85'),
      errors: [{ message: ['≥85.00%'] }],
    },
    {
      name: 'a percent-formatted number cell',
      form: with2024('服务对象满意度指标', '服务企业满意度', 0.8),
      errors: [{ message: ['80.00%'] }],
    },
  ],
});

describe('VAL-THRESHOLD settings', () => {
  it('uses the profile floor, so a user setting of 85 accepts ≥85.00%', () => {
    const base = profileById('sh-2019');
    if (!base) throw new Error('no profile');
    const project = placed(with2019('满意度目标', '参会人员满意度', '≥85.00(%)'));
    const run = (floor: number): Finding[] => {
      const sink: Finding[] = [];
      valThreshold.check(createContext(valThreshold.meta, project.form, project.cells, withThresholds(base, { satisfactionFloor: floor }), 'zh-CN', sink));
      return sink;
    };
    const added = (floor: number): string[] => run(floor).filter((f) => f.location.cell === CELL_2019).map((f) => f.message);
    expect(added(85)).toEqual([]);
    expect(added(95)).toEqual([expect.stringContaining('95%')]);
    // The clean form's own ≥90.00(%) passes 90 and fails 95; the added ≥85.00(%) fails both.
    expect(run(90).map((f) => f.location.cell)).toEqual([CELL_2019]);
    expect(run(95)).toHaveLength(2);
  });
});

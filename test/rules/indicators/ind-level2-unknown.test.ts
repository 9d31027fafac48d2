import type { Form, Indicator, ReadProject } from '../../../src/model/form';
import { indLevel2Unknown } from '../../../src/rules/indicators/ind-level2-unknown';
import { cleanForm2019, cleanForm2024, placed, withIndicator } from '../../helpers/forms';
import { runRule, testRule } from '../../helpers/rule-tester';

const clean = cleanForm2024();
const row = (i: number): Indicator => {
  const ind = clean.indicators[i];
  if (!ind) throw new Error(`no row ${i}`);
  return ind;
};

function relabel(form: Form, level2From: string, patch: Partial<Indicator>): Form {
  return { ...form, indicators: form.indicators.map((i) => (i.level2 === level2From ? { ...i, ...patch } : i)) };
}

testRule(indLevel2Unknown, {
  valid: [
    { name: 'clean sh-2024 form', form: clean },
    { name: 'clean sh-2019 form', form: cleanForm2019() },
    { name: 'a line break inside the label', form: relabel(clean, '服务对象满意度指标', { level2: '服务对象满意度\n指标' }) },
    { name: 'a synonym (社会公众或服务对象满意度指标)', form: relabel(clean, '服务对象满意度指标', { level2: '社会公众或服务对象满意度指标' }) },
    { name: 'older forms: 成本指标 under 产出指标', form: withIndicator(clean, { level1: '产出指标', level2: '成本指标', name: '人均培训成本', value: '≤500.00(元)' }) },
    { name: 'a row with an unknown level-1 is left to IND-LEVEL1-UNKNOWN', form: withIndicator(clean, { level1: '其他', level2: '其他', name: 'x', value: '1' }) },
  ],
  invalid: [
    {
      name: 'a level-2 under the wrong level-1: suggest its own level-1, unsafe fix',
      form: withIndicator(clean, { ...row(4), level1: '产出指标' }, 4),
      errors: [
        {
          severity: 'error',
          cell: 'B55',
          message: ['「社会效益指标」不属于一级指标「产出指标」', '属于「效益指标」'],
          safeFix: false,
          fixValues: ['效益指标'],
          indicator: '企业问题解决率',
        },
      ],
    },
    {
      name: 'a group of rows under the wrong level-1 gives one finding',
      form: relabel(clean, '数量指标', { level1: '效益指标' }),
      errors: [{ cell: 'B51', message: ['「数量指标」不属于一级指标「效益指标」', '属于「产出指标」', '2 行'], fixValues: ['产出指标', '产出指标'] }],
    },
    {
      name: 'the other generation\'s spelling of its own group: a warning with the right name',
      form: relabel(clean, '时效指标', { level2: '时效目标' }),
      errors: [{ severity: 'warning', cell: 'B54', message: ['「时效目标」', '「时效指标」'], fixValues: ['时效指标'] }],
    },
    {
      name: 'the other generation\'s spelling of another level-1\'s group',
      form: withIndicator(clean, { ...row(4), level1: '产出指标', level2: '社会效益目标' }, 4),
      errors: [{ severity: 'error', message: ['属于「效益指标」'], fixValues: ['效益指标'] }],
    },
    {
      name: 'an unknown level-2: list the level-1\'s children',
      form: withIndicator(clean, { ...row(2), level2: '服务指标' }, 2),
      errors: [{ severity: 'error', cell: 'B53', message: ['「服务指标」', '数量指标、质量指标、时效指标'], safeFix: false }],
    },
    {
      name: 'a blank level-2 under a level-1 with one child: fill it in',
      form: withIndicator(clean, { ...row(6), level2: '' }, 6),
      errors: [{ cell: 'B57', message: ['二级指标为空', '服务对象满意度指标'], fixValues: ['服务对象满意度指标'] }],
    },
    {
      name: 'sh-2019: 满意度目标 filed under 产出目标',
      form: withIndicator(cleanForm2019(), { level1: '产出目标', level2: '满意度目标', name: '参会人员满意度', value: '≥90.00(%)' }, 6),
      errors: [{ cell: 'B57', message: ['属于「效果目标」'], fixValues: ['效果目标'] }],
    },
  ],
});

describe('IND-LEVEL2-UNKNOWN with a merged level-1 cell', () => {
  it('explains without a fix when the level-1 cell also covers correct rows', () => {
    const form = withIndicator(clean, { ...row(4), level1: '产出指标' }, 4);
    const project: ReadProject = placed(form);
    // A51 is merged over rows 51–55: rewriting it would move the correct 产出 rows too.
    const cells = {
      ...project.cells,
      indicators: project.cells.indicators.map((c, i) => (i <= 4 ? { ...c, level1: { ...c.level1, row: 51 } } : c)),
    };
    const found = runRule(indLevel2Unknown, { form, cells });
    expect(found).toHaveLength(1);
    expect(found[0]?.fix).toBeUndefined();
    expect(found[0]?.related?.map((r) => r.cell)).toEqual(['A51']);
  });
});

import type { Form, Indicator, ReadProject } from '../../../src/model/form';
import { indLevel1Unknown } from '../../../src/rules/indicators/ind-level1-unknown';
import { cleanForm2019, cleanForm2024, placed, withIndicator } from '../../helpers/forms';
import { runRule, testRule } from '../../helpers/rule-tester';

function relabel(form: Form, from: string, to: string): Form {
  return { ...form, indicators: form.indicators.map((i) => (i.level1 === from ? { ...i, level1: to } : i)) };
}

const clean = cleanForm2024();
const row = (i: number): Indicator => {
  const ind = clean.indicators[i];
  if (!ind) throw new Error(`no row ${i}`);
  return ind;
};
const spaced = relabel(clean, '满意度指标', '满 意 度\n指标');
const synonym = relabel(clean, '效益指标', '效果指标');

testRule(indLevel1Unknown, {
  valid: [
    { name: 'clean sh-2024 form', form: clean },
    { name: 'clean sh-2019 form', form: cleanForm2019() },
    { name: 'spaces and a line break inside the label', form: spaced },
    { name: 'a synonym (效果指标 for 效益指标)', form: synonym },
  ],
  invalid: [
    {
      // Four rows share the mistake: one finding at the first, with a fix for all four cells.
      name: 'a whole group under a misspelt level-1, suggested by its level-2 names',
      form: relabel(clean, '产出指标', '产出类指标'),
      errors: [
        {
          severity: 'error',
          cell: 'A51',
          message: ['「产出类指标」', '4 行', '数量指标', '「产出指标」'],
          safeFix: false,
          fixValues: ['产出指标', '产出指标', '产出指标', '产出指标'],
          indicator: '服务企业数',
        },
      ],
    },
    {
      name: 'the other generation\'s level-1 (产出目标 in a sh-2024 form) with its own level-2s: a warning',
      form: relabel(clean, '产出指标', '产出目标'),
      errors: [{ severity: 'warning', cell: 'A51', message: ['是 sh-2019 表式的一级指标', '应为「产出指标」'], fixValues: ['产出指标', '产出指标', '产出指标', '产出指标'] }],
    },
    {
      name: 'sh-2019: 满意度指标 (a sh-2024 level-1) over 满意度目标 belongs to 效果目标',
      form: { ...cleanForm2019(), indicators: cleanForm2019().indicators.map((i) => (i.level2 === '满意度目标' ? { ...i, level1: '满意度指标' } : i)) },
      errors: [{ severity: 'warning', cell: 'A57', message: ['是 sh-2024 表式的一级指标', '应为「效果目标」'], fixValues: ['效果目标'] }],
    },
    {
      name: 'a stem match only (2019 level names throughout the 产出 group): a warning',
      form: {
        ...clean,
        indicators: clean.indicators.map((i) => (i.level1 === '产出指标' ? { ...i, level1: '产出目标', level2: i.level2.replace('指标', '目标') } : i)),
      },
      errors: [{ severity: 'warning', message: ['另一种写法', '「产出指标」'], fixValues: ['产出指标', '产出指标', '产出指标', '产出指标'] }],
    },
    {
      name: 'an unknown level-1 with no clue: list the known ones, no fix',
      form: withIndicator(clean, { level1: '其他指标', level2: '其他', name: '宣传报道数', value: '≥2.00(篇)' }),
      errors: [{ severity: 'error', cell: 'A58', message: ['「其他指标」', '成本指标、产出指标、效益指标、满意度指标'], safeFix: false }],
    },
    {
      name: 'a blank level-1 over a satisfaction row: suggest 满意度指标',
      form: withIndicator(clean, { level1: '', level2: '服务对象满意度指标', name: '服务企业满意度', value: '≥90.00(%)' }, 6),
      errors: [{ cell: 'A57', message: ['一级指标为空', '「满意度指标」'], fixValues: ['满意度指标'] }],
    },
    {
      name: 'two separate runs of the same mistake: two findings',
      form: withIndicator(withIndicator(clean, { ...row(0), level1: '产出' }, 0), { ...row(2), level1: '产出' }, 2),
      errors: [{ cell: 'A51' }, { cell: 'A53' }],
    },
  ],
});

describe('IND-LEVEL1-UNKNOWN with merged level-1 cells', () => {
  it('offers no fix when the level-1 cell is shared with rows outside the group', () => {
    const form = withIndicator(clean, { level1: '产出类', level2: '时效指标', name: '平台运维完成时间', value: '2024年12月底前完成' }, 3);
    const project: ReadProject = placed(form);
    // Rows 51–54 share the merged level-1 cell A51, as a reader reports merged cells.
    const cells = {
      ...project.cells,
      indicators: project.cells.indicators.map((c, i) => (i < 4 ? { ...c, level1: { ...c.level1, row: 51 } } : c)),
    };
    const found = runRule(indLevel1Unknown, { form, cells });
    expect(found).toHaveLength(1);
    expect(found[0]?.fix).toBeUndefined();
    expect(found[0]?.message).toContain('「产出指标」');
  });
});

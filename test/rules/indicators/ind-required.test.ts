import type { Form } from '../../../src/model/form';
import { indRequired } from '../../../src/rules/indicators/ind-required';
import { cleanForm2019, cleanForm2024, placed } from '../../helpers/forms';
import { runRule, testRule } from '../../helpers/rule-tester';
import { runWithoutCells } from './no-cells';

function without(form: Form, drop: (level1: string, level2: string) => boolean): Form {
  return { ...form, indicators: form.indicators.filter((i) => !drop(i.level1, i.level2)) };
}

const clean = cleanForm2024();

testRule(indRequired, {
  valid: [
    { name: 'clean sh-2024 form', form: clean },
    { name: 'clean sh-2019 form', form: cleanForm2019() },
    { name: 'no 成本指标 (not required by sh-2024)', form: clean },
    { name: 'an empty table is IND-TABLE\'s', form: { ...clean, indicators: [] } },
    {
      name: 'a synonym level-1 (效果指标) counts',
      form: { ...clean, indicators: clean.indicators.map((i) => (i.level1 === '效益指标' ? { ...i, level1: '效果指标' } : i)) },
    },
  ],
  invalid: [
    {
      name: 'no 时效指标: say where it goes (after the 质量 rows)',
      form: without(clean, (_, l2) => l2 === '时效指标'),
      errors: [{ severity: 'warning', cell: 'B53', message: ['「产出指标」下缺少二级指标「时效指标」', '在「质量指标」的最后一行（第 53 行）之后'] }],
    },
    {
      name: 'no 数量指标: before the first 产出 row',
      form: without(clean, (_, l2) => l2 === '数量指标'),
      errors: [{ cell: 'B51', message: ['缺少二级指标「数量指标」', '第 51 行之前'] }],
    },
    {
      name: 'no 满意度指标 at all: one finding for the level-1',
      form: without(clean, (l1) => l1 === '满意度指标'),
      errors: [{ cell: 'A50', message: ['缺少一级指标「满意度指标」', '服务对象满意度指标'] }],
    },
    {
      name: 'no 产出指标 at all: one finding, not four',
      form: without(clean, (l1) => l1 === '产出指标'),
      errors: [{ message: ['缺少一级指标「产出指标」', '数量指标、质量指标、时效指标'] }],
    },
    {
      name: 'no 效益指标: the applicable level-2s are listed',
      form: without(clean, (l1) => l1 === '效益指标'),
      errors: [{ message: ['「效益指标」', '适用的二级指标'] }],
    },
    {
      name: 'sh-2019: no 满意度目标 under 效果目标',
      form: without(cleanForm2019(), (_, l2) => l2 === '满意度目标'),
      errors: [{ message: ['「效果目标」下缺少二级指标「满意度目标」', '在「社会效益目标」的最后一行（第 56 行）之后'] }],
    },
  ],
});

describe('IND-REQUIRED on a form without cells', () => {
  it('names the group and the level-1 without row numbers', () => {
    const found = runWithoutCells(indRequired, without(clean, (_, l2) => l2 === '质量指标'));
    expect(found.map((f) => f.message)).toEqual(['一级指标「产出指标」下缺少二级指标「质量指标」。请在「产出指标」下新增至少一行「质量指标」指标。']);
  });

  it('counts a misspelt group (时效目标 in a sh-2024 form) as present: IND-LEVEL2-UNKNOWN reports the spelling', () => {
    const form = { ...clean, indicators: clean.indicators.map((i) => (i.level2 === '时效指标' ? { ...i, level2: '时效目标' } : i)) };
    expect(runRule(indRequired, placed(form))).toEqual([]);
  });

  it('counts a row filed under the wrong level-1 as present (IND-LEVEL2-UNKNOWN reports the misfiling)', () => {
    const form = { ...clean, indicators: clean.indicators.map((i) => (i.level2 === '时效指标' ? { ...i, level1: '效益指标' } : i)) };
    expect(runRule(indRequired, placed(form))).toEqual([]);
  });
});

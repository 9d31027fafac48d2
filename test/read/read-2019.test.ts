import type { Form, ReadProject } from '../../src/model/form';
import { readSheet } from '../../src/read';
import { cleanForm2019 } from '../helpers/forms';
import { sheet, sheetOf } from '../helpers/sheet';
import { layout2019, type Layout2019Options } from './layouts';

/** The free texts layout2019 prints, which cleanForm2019 does not carry. */
const TEXTS = { overview: '概况文字', basis: '依据文字', necessity: '必要性文字', measures: '措施文字', plan: '计划文字' };

function readOne(form: Form, options: Layout2019Options = {}): { project: ReadProject; at: Record<string, number> } {
  const block = layout2019(form, options);
  const result = readSheet(sheetOf('2019', block));
  expect(result.findings).toEqual([]);
  expect(result.projects).toHaveLength(1);
  const project = result.projects[0];
  if (!project) throw new Error('no project');
  return { project, at: block.at };
}

describe('sh-2019 layout', () => {
  const form = cleanForm2019();
  const expected: Form = { ...form, fields: { ...form.fields, ...TEXTS } };

  it.each<[string, Layout2019Options]>([
    ['boxes in one cell, merged levels', {}],
    ['one box per cell, repeated levels', { boxes: 'per-cell', levels: 'repeated' }],
    ['box marks in cells of their own, first-row levels', { boxes: 'mark-cells', levels: 'first' }],
    ['√ and □ marks', { tick: '√' }],
    ['■ and □ marks', { tick: '■' }],
    ['分解目标内容 / 绩效指标 / 指标目标值 header', { decomposedHeader: true }],
  ])('reads the whole form back: %s', (_, options) => {
    const { project } = readOne(form, options);
    expect(project.form).toEqual(expected);
  });

  it('locates boxes, sub-items and indicators', () => {
    const { project, at } = readOne(form);
    const c = (row: number, col: number): { sheet: string; row: number; col: number } => ({ sheet: '2019', row, col });
    expect(project.cells.checks).toEqual({ nature: c(4, 2), category: c(5, 2) });
    expect(project.cells.fields['nature']).toEqual(c(4, 2));
    const sub = at['subItems'] ?? 0;
    expect(project.cells.subItems).toEqual([
      { name: c(sub, 2), amount: c(sub, 4) },
      { name: c(sub + 1, 2), amount: c(sub + 1, 4) },
    ]);
    expect(project.cells.funding['lastYearBudget']).toEqual(c(sub + 2, 2));
    expect(project.cells.funding['lastYearExecuted']).toEqual(c(sub + 2, 5));
    expect(project.cells.goals).toEqual({ overall: c(sub + 3, 2), annual: c(sub + 4, 2) });
    expect(project.cells.indicatorTable?.cols).toEqual({ level1: 1, level2: 2, name: 3, value: 4 });
    expect(project.cells.indicators).toHaveLength(form.indicators.length);
  });

  it.each<[string, string[], string | null]>([
    ['no box ticked', [], null],
    ['two boxes ticked', ['结转项目', '其他一次性项目'], null],
    ['one box ticked', ['结转项目'], '结转项目'],
  ])('checkbox row with %s', (_, ticked, value) => {
    const nature = { options: form.checks['nature']?.options ?? [], ticked };
    const { project } = readOne({ ...form, checks: { ...form.checks, nature } });
    expect(project.form.checks['nature']).toEqual(nature);
    expect(project.form.fields['nature']).toBe(value);
  });

  it('year from the start date (the 2019 title has none)', () => {
    const { project } = readOne({ ...form, fields: { ...form.fields, start: '2019年1月2日' } });
    expect(project.form.year).toBe(2019);
  });

  it('amounts in 万元 when the labels say so', () => {
    const { projects } = readSheet(
      sheet('s', [
        ['上海市财政支出项目绩效目标申报表'],
        ['项目名称', 'P'],
        ['项目总预算（万元）', 60, '项目当年预算（万元）', 60],
        ['项目总目标', 'G'],
        ['一级指标', '二级指标', '三级指标', '指标目标值'],
        ['产出目标', '数量目标', '场次', '≥1场'],
      ]),
    );
    expect(projects[0]?.form.amountScale).toBe(10000);
    expect(projects[0]?.form.funding).toMatchObject({ totalBudget: 60, yearBudget: 60 });
    expect(projects[0]?.cells.amountUnit).toEqual({ sheet: 's', row: 3, col: 1 });
  });

  it('sub-item rows stop at a 合计 row and at the next label', () => {
    const { projects } = readSheet(
      sheet('s', [
        ['上海市财政支出项目绩效目标申报表'],
        ['项目名称', 'P'],
        ['项目总预算', 300, '项目当年预算', 300],
        ['项目当年投入资金构成', '子项目名称', '预算金额'],
        [null, '甲', 100],
        [null, '乙', '200.00'],
        [null, '合计', 300],
        ['同名项目上年预算额', 1, '同名项目上年预算执行数', 0],
        ['一级指标', '二级指标', '三级指标', '指标目标值'],
        ['产出目标', '数量目标', '场次', '≥1场'],
      ]),
    );
    expect(projects[0]?.form.subItems).toEqual([
      { name: '甲', amount: 100 },
      { name: '乙', amount: '200.00' },
    ]);
    expect(projects[0]?.form.funding).toEqual({ totalBudget: 300, yearBudget: 300, lastYearBudget: 1, lastYearExecuted: 0 });
  });
});

describe('sh-2019 box rows printed together', () => {
  it('both rows of boxes in one cell', () => {
    const { projects } = readSheet(
      sheet('s', [
        ['上海市财政支出项目绩效目标申报表'],
        ['项目名称', 'P'],
        ['资金用途/项目类型', '□市委市政府已确定的新增项目 ■结转项目 □其他一次性项目 □经常性专项业务费 □其他经常性项目\n□基本建设工程类 □信息化建设类 □政策补贴类 ■政府购买服务 □资产购置类 □其他事业专业类'],
        ['项目总预算', 1, '项目当年预算', 1],
        ['项目总目标', 'G'],
      ]),
    );
    const form = projects[0]?.form;
    expect(form?.fields).toMatchObject({ nature: '结转项目', category: '政府购买服务' });
    expect(form?.checks['nature']?.options).toHaveLength(5);
    expect(form?.checks['category']?.ticked).toEqual(['政府购买服务']);
    expect(projects[0]?.cells.checks).toEqual({ nature: { sheet: 's', row: 3, col: 2 }, category: { sheet: 's', row: 3, col: 2 } });
  });
});

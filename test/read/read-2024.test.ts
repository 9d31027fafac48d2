import type { Form, ReadProject } from '../../src/model/form';
import { readSheet } from '../../src/read';
import { cleanForm2024 } from '../helpers/forms';
import { sheet, sheetOf } from '../helpers/sheet';
import { layout2024, type Layout2024Options } from './layouts';

function readOne(form: Form, options: Layout2024Options = {}): { project: ReadProject; at: Record<string, number> } {
  const block = layout2024(form, options);
  const result = readSheet(sheetOf('申报表', block));
  expect(result.findings).toEqual([]);
  expect(result.projects).toHaveLength(1);
  const project = result.projects[0];
  if (!project) throw new Error('no project');
  return { project, at: block.at };
}

describe('sh-2024 standard layout', () => {
  const form = cleanForm2024();

  it.each<[string, Layout2024Options]>([
    ['merged level columns', { levels: 'merged' }],
    ['level names repeated on every row', { levels: 'repeated' }],
    ['level names on the first row of each group only', { levels: 'first' }],
    ['labels with spaces and colons', { label: (s) => (s.length > 2 ? `${s.split('').join(' ')}：` : s) }],
    ['labels with line breaks and full-width characters', { label: (s) => s.replace(/(.{2})/, '$1\n').replace(/\(/g, '（').replace(/\)/g, '）') }],
    ['extra columns after the value', { extraColumns: true }],
    ['value header 指标目标值', { valueHeader: '指标目标值' }],
    ['value header 年度指标值 beside a long-term column', { valueHeader: '年度指标值', longTerm: true }],
  ])('reads the whole form back: %s', (_, options) => {
    const { project } = readOne(form, options);
    expect(project.form).toEqual(form);
  });

  it('locates every field, amount, goal and indicator row', () => {
    const { project, at } = readOne(form);
    const { cells } = project;
    const c = (row: number, col: number): { sheet: string; row: number; col: number } => ({ sheet: '申报表', row, col });
    expect(cells.title).toEqual(c(1, 1));
    expect(cells.fields).toEqual({
      name: c(3, 2),
      nature: c(4, 2),
      category: c(4, 5),
      competentDept: c(5, 2),
      unit: c(5, 5),
      start: c(6, 2),
      end: c(6, 5),
    });
    expect(cells.funding).toEqual({
      projectTotal: c(7, 3),
      totalRequested: c(7, 5),
      projectFiscal: c(8, 3),
      currentAppropriation: c(8, 5),
      carryover: c(9, 5),
      projectOther: c(10, 3),
      other: c(10, 5),
    });
    expect(cells.goals).toEqual({ overall: c(12, 2), annual: c(12, 4) });
    const first = at['firstIndicator'] ?? 0;
    expect(cells.indicators).toHaveLength(form.indicators.length);
    expect(cells.indicators[0]).toEqual({ level1: c(first, 2), level2: c(first, 3), name: c(first, 4), value: c(first, 5) });
    // Second row of the 数量指标 group: the level cells are the merge's top-left.
    expect(cells.indicators[1]).toEqual({ level1: c(first, 2), level2: c(first, 3), name: c(first + 1, 4), value: c(first + 1, 5) });
    expect(cells.indicatorTable).toEqual({
      headerRow: at['header'],
      firstRow: first,
      lastRow: first + form.indicators.length - 1,
      cols: { level1: 2, level2: 3, name: 4, value: 5 },
    });
    expect(cells.extent).toEqual({ top: 1, left: 1, bottom: first + form.indicators.length - 1, right: 5 });
    expect(cells.amountUnit).toBeUndefined();
  });

  it('joins comparator, number and unit columns, locating the number cell', () => {
    const { project, at } = readOne(form, { splitValue: true, extraColumns: true });
    expect(project.form.indicators.map((i) => i.value)).toEqual([
      '≥300(家次)',
      '≥3(次)',
      '≥99(%)',
      '2024年12月底前完成',
      '≥85(%)',
      '≥3(年)',
      '≥90(%)',
    ]);
    const first = at['firstIndicator'] ?? 0;
    expect(project.cells.indicators[0]?.value).toEqual({ sheet: '申报表', row: first, col: 6 });
    // A date target written in the comparator column alone stays where it is.
    expect(project.cells.indicators[3]?.value).toEqual({ sheet: '申报表', row: first + 3, col: 5 });
    expect(project.cells.indicatorTable?.cols.value).toBe(6);
  });

  it('takes the 万元 unit from a 单位：万元 cell', () => {
    const { project } = readOne(form, { unit: '万元' });
    expect(project.form.amountScale).toBe(10000);
    expect(project.cells.amountUnit).toEqual({ sheet: '申报表', row: 2, col: 5 });
  });

  it('takes the 万元 unit from the block label 项目资金（万元）', () => {
    const { project } = readOne(form, { unitLabel: '项目资金（万元）' });
    expect(project.form.amountScale).toBe(10000);
    expect(project.cells.amountUnit).toEqual({ sheet: '申报表', row: 7, col: 1 });
  });

  it('keeps text amounts as written', () => {
    const texts = { ...form, funding: { ...form.funding, projectTotal: '31,487,510.00', totalRequested: '1,200,000.00', carryover: '' } };
    const { project } = readOne(texts);
    expect(project.form.funding['projectTotal']).toBe('31,487,510.00');
    expect(project.form.funding['totalRequested']).toBe('1,200,000.00');
    expect(project.form.funding['carryover']).toBe('');
  });

  it('reads blank values as blank, located where they belong', () => {
    const blanks: Form = {
      ...form,
      fields: { ...form.fields, nature: null, unit: null },
      funding: { ...form.funding, other: null, projectFiscal: null },
      goals: { overall: null, annual: '年度目标' },
    };
    const { project } = readOne(blanks);
    expect(project.form.fields['nature']).toBeNull();
    expect(project.cells.fields['nature']).toEqual({ sheet: '申报表', row: 4, col: 2 });
    expect(project.cells.fields['unit']).toEqual({ sheet: '申报表', row: 5, col: 5 });
    expect(project.form.funding['other']).toBeNull();
    expect(project.cells.funding['other']).toEqual({ sheet: '申报表', row: 10, col: 5 });
    expect(project.cells.funding['projectFiscal']).toEqual({ sheet: '申报表', row: 8, col: 3 });
    expect(project.form.goals['overall']).toBeNull();
    expect(project.cells.goals['overall']).toEqual({ sheet: '申报表', row: 12, col: 2 });
  });

  it('takes the year from the start date when the title has none', () => {
    const { project } = readOne({ ...form, title: '财政项目支出绩效目标申报表', fields: { ...form.fields, start: 45292 } });
    expect(project.form.year).toBe(2024);
  });

  it('reads a form without a title by its labels', () => {
    const { project } = readOne({ ...form, title: null });
    expect(project.form.profile).toBe('sh-2024');
    expect(project.form.title).toBeNull();
    expect(project.form.year).toBe(2024);
    expect(project.form.indicators).toEqual(form.indicators);
  });

  it('keeps level names as written but trimmed', () => {
    const odd = {
      ...form,
      indicators: [
        { level1: ' 产出指标 ', level2: '数量指标', name: ' 服务企业数', value: '≥300.00(家次)' },
        { level1: '满意度指标', level2: '服务对象满意度\n指标', name: '满意度', value: '≥90.00(%)' },
      ],
    };
    const { project } = readOne(odd, { levels: 'repeated' });
    expect(project.form.indicators).toEqual([
      { level1: '产出指标', level2: '数量指标', name: '服务企业数', value: '≥300.00(家次)' },
      { level1: '满意度指标', level2: '服务对象满意度\n指标', name: '满意度', value: '≥90.00(%)' },
    ]);
  });
});

describe('label variations on a small sheet', () => {
  const base = (header: (string | null)[][]): ReturnType<typeof readSheet> =>
    readSheet(
      sheet('表', [
        ['财政项目支出绩效目标申报表（2024年度）'],
        ...header,
        ['项目资金总额', 100, '年度资金申请总额', 50],
        ['项目总目标', '总目标'],
        ['年度总体目标', '年度目标'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '培训次数', '≥3.00(次)'],
      ]),
    );

  it.each<[string, (string | null)[][], Record<string, string | null>]>([
    ['a label split over two cells', [['项目', '名称', '某项目']], { name: '某项目' }],
    ['label and value in one cell', [['项目名称：某项目'], ['主管部门：某局']], { name: '某项目', competentDept: '某局' }],
    ['synonym 项目单位 for 实施单位', [['项目名称', '某项目'], ['项目单位', '某中心']], { name: '某项目', unit: '某中心' }],
    ['synonym 申报单位 for 实施单位', [['项目名称', '某项目'], ['申报单位', '某中心']], { name: '某项目', unit: '某中心' }],
    ['主管部门及代码 as printed by the national template', [['项目名称', '某项目'], ['主管部门及代码', '某局 101']], { competentDept: '某局 101' }],
    ['a numbered label', [['1、项目名称', '某项目']], { name: '某项目' }],
    ['empty spacer cells between label and value', [['项目名称', null, null, '某项目']], { name: '某项目' }],
    ['a blank value before the next label', [['项目性质', null, '项目类别', '特定目标类']], { nature: null, category: '特定目标类' }],
  ])('%s', (_, header, expected) => {
    const { projects } = base(header);
    const form = projects[0]?.form;
    expect(form).toBeDefined();
    for (const [k, v] of Object.entries(expected)) expect(form?.fields[k]).toEqual(v);
  });

  it('tells the two 其他资金 cells apart by column even without the whole-period anchor', () => {
    const { projects } = readSheet(
      sheet('表', [
        ['财政项目支出绩效目标申报表'],
        ['项目名称', 'X'],
        [null, null, '年度资金申请总额', 10],
        ['其他资金', 1, '其他资金', 2],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', 'a', '1'],
      ]),
    );
    expect(projects[0]?.form.funding).toMatchObject({ projectOther: 1, other: 2, totalRequested: 10 });
  });
});

describe('more real-form variations', () => {
  const tail: (string | number | null)[][] = [
    ['项目名称', 'P'],
    ['项目资金总额', 100, '年度资金申请总额', 50],
    ['项目总目标', 'G'],
  ];

  it('year on its own line under the title, title with spaces inside', () => {
    const { projects } = readSheet(sheet('s', [['财 政 项 目 支 出 绩 效 目 标 申 报 表'], [null, '（ 2026 年度 ）'], ...tail]));
    expect(projects[0]?.form.year).toBe(2026);
    expect(projects[0]?.form.profile).toBe('sh-2024');
  });

  it.each<[string, string, number, boolean]>([
    ['单位：元', '单位：元', 1, false],
    ['（单位：万元）', '（单位：万元）', 10000, true],
    ['金额单位: 万元', '金额单位: 万元', 10000, true],
  ])('declared unit %s', (_, text, scale, located) => {
    const { projects } = readSheet(sheet('s', [['财政项目支出绩效目标申报表'], [null, null, null, text], ...tail]));
    expect(projects[0]?.form.amountScale).toBe(scale);
    expect(projects[0]?.cells.amountUnit).toEqual(located ? { sheet: 's', row: 2, col: 4 } : undefined);
  });

  it.each<[string, (string | null)[], (string | number | null)[], string | number, number]>([
    ['a 计量单位 column right of the value', ['指标值', '计量单位'], [90, '%'], '90(%)', 4],
    ['a 符号 column left of the value', ['符号', '指标值', '计量单位'], ['≥', 90, '%'], '≥90(%)', 5],
    ['a value alone in a split layout stays as written', ['指标值', '计量单位'], [90, null], 90, 4],
    ['a text number with a unit', ['指标值', '单位'], ['1,000', '人次'], '1,000(人次)', 4],
    ['长期目标值 beside 年度目标值: the annual one', ['长期目标值', '年度目标值'], ['≥9(次)', '≥3(次)'], '≥3(次)', 5],
    ['年度目标值 beside 长期目标值: the annual one', ['年度目标值', '长期目标值'], ['≥3(次)', '≥9(次)'], '≥3(次)', 4],
    ['an explanation column headed 指标值（设定依据） after the value', ['指标值', '指标值（设定依据）'], ['≥3(次)', '依据'], '≥3(次)', 4],
  ])('%s', (_, headers, cells, value, col) => {
    const { projects } = readSheet(
      sheet('s', [['财政项目支出绩效目标申报表'], ...tail, ['一级指标', '二级指标', '三级指标', ...headers], ['产出指标', '数量指标', 'x', ...cells]]),
    );
    expect(projects[0]?.form.indicators[0]?.value).toEqual(value);
    expect(projects[0]?.cells.indicators[0]?.value.col).toBe(col);
  });

  it('skips a 符号 | 数值 | 单位 sub-header row under a merged value header', () => {
    const { projects } = readSheet(
      sheet(
        's',
        [
          ['财政项目支出绩效目标申报表'],
          ...tail,
          ['一级指标', '二级指标', '三级指标', '年度指标值', null, null],
          [null, null, null, '符号', '数值', '单位'],
          ['产出指标', '数量指标', 'x', '≥', 3, '次'],
        ],
        { merges: ['D5:F5', 'A5:A6', 'B5:B6', 'C5:C6'] },
      ),
    );
    expect(projects[0]?.form.indicators).toEqual([{ level1: '产出指标', level2: '数量指标', name: 'x', value: '≥3(次)' }]);
    expect(projects[0]?.cells.indicatorTable).toMatchObject({ headerRow: 5, firstRow: 7, lastRow: 7 });
  });
});

describe('two-row indicator headers', () => {
  it('level and name columns on the row under the value header', () => {
    const { projects } = readSheet(
      sheet(
        's',
        [
          ['财政项目支出绩效目标申报表'],
          ['项目名称', 'P'],
          ['项目总目标', 'G'],
          ['绩效指标', null, null, '年度指标值'],
          ['一级指标', '二级指标', '三级指标', null],
          ['产出指标', '数量指标', 'x', '≥1(次)'],
        ],
        { merges: ['A4:C4', 'D4:D5'] },
      ),
    );
    expect(projects[0]?.form.indicators).toEqual([{ level1: '产出指标', level2: '数量指标', name: 'x', value: '≥1(次)' }]);
    expect(projects[0]?.cells.indicatorTable).toMatchObject({ headerRow: 4, firstRow: 6 });
  });
});

describe('funding printed one column under the other', () => {
  it('tells the two 其他资金 apart by the label above them', () => {
    const { projects } = readSheet(
      sheet('s', [
        ['财政项目支出绩效目标申报表'],
        ['项目名称', 'P'],
        ['项目资金总额', 300],
        ['其中：财政资金', 200],
        ['其他资金', 100],
        ['年度资金申请总额', 120],
        ['其中：当年财政拨款', 100],
        ['上年结转资金', 0],
        ['其他资金', 20],
        ['项目总目标', 'G'],
      ]),
    );
    expect(projects[0]?.form.funding).toEqual({
      projectTotal: 300,
      projectFiscal: 200,
      projectOther: 100,
      totalRequested: 120,
      currentAppropriation: 100,
      carryover: 0,
      other: 20,
    });
    expect(projects[0]?.cells.funding['projectOther']).toEqual({ sheet: 's', row: 5, col: 2 });
    expect(projects[0]?.cells.funding['other']).toEqual({ sheet: 's', row: 9, col: 2 });
  });
});

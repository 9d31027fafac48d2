import fc from 'fast-check';
import type { CellRange, CellValue, SheetSnapshot } from '../../src/model/snapshot';
import { readSheet, readWorkbook } from '../../src/read';
import { cleanForm2019, cleanForm2024 } from '../helpers/forms';
import { sheet, sheetOf, stack, workbook } from '../helpers/sheet';
import { layout2019, layout2024 } from './layouts';

const form24 = cleanForm2024();
const form19 = cleanForm2019();
const second24 = {
  ...form24,
  title: '财政项目支出绩效目标申报表（2025年度）',
  fields: { ...form24.fields, name: '第二个项目' },
  indicators: form24.indicators.slice(0, 3),
};

describe('several projects', () => {
  it('reads two forms stacked on one sheet, each with its own extent', () => {
    const a = layout2024(form24);
    const b = layout2024(second24);
    const { projects, findings } = readSheet(sheetOf('汇总', stack([a, b], 2)));
    expect(findings).toEqual([]);
    expect(projects.map((p) => [p.form.fields['name'], p.form.year, p.form.indicators.length])).toEqual([
      ['中小企业科技服务平台运维', 2024, 7],
      ['第二个项目', 2025, 3],
    ]);
    const aRows = a.rows.length;
    expect(projects[0]?.cells.extent).toEqual({ top: 1, left: 1, bottom: aRows, right: 5 });
    expect(projects[1]?.cells.extent).toEqual({ top: aRows + 3, left: 1, bottom: aRows + 2 + b.rows.length, right: 5 });
    expect(projects[1]?.cells.fields['name']).toEqual({ sheet: '汇总', row: aRows + 3 + 2, col: 2 });
    expect(projects[1]?.form.indicators).toEqual(second24.indicators);
  });

  it('reads stacked forms that have no titles, split at each 项目名称', () => {
    const a = layout2024({ ...form24, title: null });
    const b = layout2024({ ...second24, title: null });
    const { projects } = readSheet(sheetOf('s', stack([{ rows: a.rows.slice(1), merges: [] }, { rows: b.rows.slice(1), merges: [] }], 1)));
    expect(projects.map((p) => p.form.fields['name'])).toEqual(['中小企业科技服务平台运维', '第二个项目']);
  });

  it('reads one form per sheet, of either generation, and skips a notes sheet silently', () => {
    const { projects, findings } = readWorkbook(
      workbook(
        sheetOf('A', layout2024(form24)),
        sheet('说明', [['填表说明'], ['1. 金额单位为元'], ['项目名称', '负责处室'], ['某项目', '综合处']]),
        sheetOf('B', layout2019(form19)),
      ),
    );
    expect(findings).toEqual([]);
    expect(projects.map((p) => [p.cells.sheet, p.form.profile])).toEqual([
      ['A', 'sh-2024'],
      ['B', 'sh-2019'],
    ]);
  });

  it('reports a sheet with form labels but no readable form beside a good one', () => {
    const { projects, findings } = readWorkbook(
      workbook(sheetOf('A', layout2024(form24)), sheet('残表', [['一级指标', '二级指标'], ['年度资金申请总额']])),
    );
    expect(projects).toHaveLength(1);
    expect(findings.map((f) => [f.ruleId, f.severity, f.location.sheet])).toEqual([['DOC-PROFILE', 'error', '残表']]);
  });
});

describe('DOC-PROFILE', () => {
  it('lists the labels found and missing on a sheet with no form', () => {
    const { projects, findings } = readSheet(sheet('Sheet1', [['项目名称', 'X'], ['项目资金总额', 1], ['备注']]));
    expect(projects).toEqual([]);
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(f?.ruleId).toBe('DOC-PROFILE');
    expect(f?.severity).toBe('error');
    expect(f?.location).toEqual({ sheet: 'Sheet1' });
    expect(f?.message).toContain('找到的标签：项目名称、项目资金总额');
    expect(f?.message).toMatch(/缺少的标签：财政项目支出绩效目标申报表、项目性质、项目类别.*一级指标、二级指标、三级指标、年度\(\/项目\)指标值/);
  });

  it('warns at the first cell the host left unread far from the form, and still reads the form', () => {
    const form = { ...sheetOf('申报表', layout2024(cleanForm2024())), unread: { cells: 2, first: { row: 1048000, col: 2 }, usedRange: 'A1:XFD1048576' } };
    const { projects, findings } = readSheet(form);
    expect(projects).toHaveLength(1);
    expect(findings.map((f) => [f.ruleId, f.severity, f.location.cell])).toEqual([['DOC-PROFILE', 'warning', 'B1048000']]);
    expect(findings[0]?.message).toBe(
      '工作表“申报表”在 B1048000 等处有 2 个单元格离表单很远（已用区域 A1:XFD1048576），未检查。如是误输入，请删除；如是另一张表单，请放到单独的工作表。',
    );
  });

  it('points at the used range\'s end when the host could not count the cells left unread (Excel)', () => {
    const form = { ...sheetOf('申报表', layout2024(cleanForm2024())), unread: { first: { row: 1048576, col: 4 }, usedRange: 'A1:D1048576' } };
    const { projects, findings } = readSheet(form, { locale: 'en' });
    expect(projects).toHaveLength(1);
    expect(findings.map((f) => [f.ruleId, f.severity, f.location.cell])).toEqual([['DOC-PROFILE', 'warning', 'D1048576']]);
    expect(findings[0]?.message).toBe(
      'Sheet "申报表" has a used range reaching D1048576 (A1:D1048576); content far from the form was not checked. Press Ctrl+End to find it: delete it if typed by mistake, or move another form to a sheet of its own.',
    );
  });

  it('speaks English when asked', () => {
    const { findings } = readSheet(sheet('Sheet1', [['hello']]), { locale: 'en' });
    expect(findings[0]?.message).toMatch(/^Sheet "Sheet1" does not read as a performance target form .*Labels found: none; labels missing: /);
  });

  it.each<[string, SheetSnapshot[]]>([
    ['no sheets', []],
    ['only empty sheets', [sheet('Sheet1', []), sheet('Sheet2', [[null, '  ']])]],
  ])('an empty workbook (%s) gets one finding', (_, sheets) => {
    const { projects, findings } = readWorkbook({ sheets });
    expect(projects).toEqual([]);
    expect(findings.map((f) => [f.ruleId, f.message])).toEqual([['DOC-PROFILE', '工作簿中没有任何内容，未找到绩效目标申报表。']]);
  });

  it('reports every non-empty sheet when the workbook holds no form', () => {
    const { findings } = readWorkbook(workbook(sheet('a', [['x']]), sheet('b', []), sheet('c', [[1, 2]])));
    expect(findings.map((f) => f.location.sheet)).toEqual(['a', 'c']);
  });

  it('warns when the generation cannot be told, and reads with the first profile', () => {
    const { projects, findings } = readSheet(
      sheet('s', [
        ['项目名称', 'P'],
        ['项目总目标', 'G'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '场次', '≥1场'],
      ]),
    );
    expect(projects.map((p) => p.form.profile)).toEqual(['sh-2024']);
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['DOC-PROFILE', 'warning']]);
    expect(findings[0]?.message).toContain('sh-2024、sh-2019');
  });

  it('a profile given in the options is used without asking', () => {
    const rows: CellValue[][] = [
      ['项目名称', 'P'],
      ['项目总目标', 'G'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出目标', '数量目标', '场次', '≥1场'],
    ];
    const { projects, findings } = readSheet(sheet('s', rows), { profile: 'sh-2019' });
    expect(findings).toEqual([]);
    expect(projects[0]?.form.profile).toBe('sh-2019');
    expect(projects[0]?.form.goals).toEqual({ overall: 'G', annual: null });
  });

  it('an unknown profile id falls back to detection with a warning', () => {
    const { projects, findings } = readSheet(sheetOf('s', layout2024(form24)), { profile: 'bj-2030' });
    expect(projects[0]?.form.profile).toBe('sh-2024');
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['DOC-PROFILE', 'warning']]);
    expect(findings[0]?.message).toContain('bj-2030');
    expect(findings[0]?.location).toEqual({ sheet: 's' });
  });
});

describe('indicator table edges', () => {
  const head: CellValue[][] = [
    ['财政项目支出绩效目标申报表（2024年度）'],
    ['项目名称', 'P'],
    ['项目总目标', 'G'],
    ['一级指标', '二级指标', '三级指标', '年度指标值'],
  ];

  it.each<[string, CellValue[][], number]>([
    ['a blank row', [['产出指标', '数量指标', 'a', '1'], [], ['产出指标', '数量指标', 'b', '2']], 1],
    ['another section label', [['产出指标', '数量指标', 'a', '1'], ['联系电话', '021-1'], ['产出指标', '数量指标', 'b', '2']], 1],
    ['a footer line', [['产出指标', '数量指标', 'a', '1'], ['填表人：张三']], 1],
    ['the end of the sheet', [['产出指标', '数量指标', 'a', '1'], ['产出指标', '质量指标', 'b', '2']], 2],
  ])('rows end at %s', (_, body, count) => {
    const { projects } = readSheet(sheet('s', [...head, ...body]));
    expect(projects[0]?.form.indicators).toHaveLength(count);
    expect(projects[0]?.cells.indicatorTable?.lastRow).toBe(head.length + count);
  });

  it('skips empty template rows inside a merged group and keeps going', () => {
    const { projects } = readSheet(
      sheet(
        's',
        [...head, ['产出指标', '数量指标', 'a', '1'], [null, null, null, null], [null, '质量指标', 'b', '2']],
        { merges: ['A5:A7', 'B5:B6'] },
      ),
    );
    expect(projects[0]?.form.indicators).toEqual([
      { level1: '产出指标', level2: '数量指标', name: 'a', value: '1' },
      { level1: '产出指标', level2: '质量指标', name: 'b', value: '2' },
    ]);
  });

  it('does not carry a level-2 into the next level-1 group', () => {
    const { projects } = readSheet(sheet('s', [...head, ['产出指标', '数量指标', 'a', '1'], ['效益指标', null, 'b', '2']]));
    expect(projects[0]?.form.indicators[1]).toEqual({ level1: '效益指标', level2: '', name: 'b', value: '2' });
  });

  it('has no table entry when the form prints no indicator table', () => {
    const { projects } = readSheet(sheet('s', [head[0] ?? [], ['项目名称', 'P'], ['项目性质', '其他一次性项目'], ['项目总目标', 'G']]));
    expect(projects).toHaveLength(1);
    expect(projects[0]?.cells.indicatorTable).toBeUndefined();
    expect(projects[0]?.form.indicators).toEqual([]);
  });
});

describe('robustness', () => {
  // The reader catches what it did not foresee as a DOC-PROFILE 'could not be read'; these inputs must not need that.
  const hitSafetyNet = (f: { message: string }): boolean => f.message.includes('无法读取');
  const cell = fc.oneof(
    fc.constant(null),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.string({ maxLength: 8 }),
    fc.constantFrom('项目名称', '一级指标', '二级指标', '三级指标', '指标值', '其他资金', '☑结转项目', '项目总目标', '单位：万元', '财政项目支出绩效目标申报表'),
    fc.record({ error: fc.constantFrom('#REF!', '#N/A') }),
  );
  const range = fc.record({ top: fc.integer({ min: -2, max: 12 }), left: fc.integer({ min: -2, max: 8 }), bottom: fc.integer({ min: -2, max: 14 }), right: fc.integer({ min: -2, max: 10 }) });

  it('never throws on random snapshots', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }), fc.array(range, { maxLength: 6 }), (rows, merges) => {
        const s: SheetSnapshot = { name: 'g', values: rows, formulas: [], numberFormats: [], merges: merges as CellRange[] };
        const result = readSheet(s);
        expect(result.findings.filter(hitSafetyNet)).toEqual([]);
        for (const p of result.projects) expect(p.cells.indicators).toHaveLength(p.form.indicators.length);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['sh-2024', sheetOf('s', layout2024(form24)), form24],
    ['sh-2019', sheetOf('s', layout2019(form19, { boxes: 'per-cell' })), null],
  ] as const)('reads the same when a host repeats a merge\'s value in its covered cells (%s)', (_, s, expected) => {
    const repeated: SheetSnapshot = { ...s, values: s.values.map((r) => [...r]) };
    for (const m of s.merges)
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) {
          const line = repeated.values[r - 1];
          if (line) line[c - 1] = s.values[m.top - 1]?.[m.left - 1] ?? null;
        }
    const plain = readSheet(s).projects;
    const twice = readSheet(repeated).projects;
    expect(twice).toEqual(plain);
    if (expected) expect(twice[0]?.form).toEqual(expected);
  });

  it('never throws on damaged forms, and keeps the cell map aligned', () => {
    const base = layout2024(form24, { splitValue: true });
    const edit = fc.record({ row: fc.nat({ max: base.rows.length + 2 }), col: fc.nat({ max: 8 }), value: cell });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), fc.boolean(), (edits, dropMerges) => {
        const rows = base.rows.map((r) => [...r]);
        for (const e of edits) {
          const line = rows[e.row] ?? (rows[e.row] = []);
          line[e.col] = e.value as CellValue;
        }
        const result = readSheet(sheet('d', rows, { merges: dropMerges ? [] : (base.merges ?? []) }));
        expect(result.findings.filter(hitSafetyNet)).toEqual([]);
        for (const p of result.projects) {
          expect(p.cells.indicators).toHaveLength(p.form.indicators.length);
          for (const ref of [...Object.values(p.cells.fields), ...Object.values(p.cells.funding), ...Object.values(p.cells.goals)]) {
            expect(ref.row).toBeGreaterThanOrEqual(1);
            expect(ref.col).toBeGreaterThanOrEqual(1);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on malformed snapshots', () => {
    const bad = [
      { sheets: null },
      { sheets: [null] },
      { sheets: [{ name: 5, values: 'x', merges: null }] },
      { sheets: [{ name: 's', values: [null, 3, [undefined, {}, { error: 1 }, NaN, Infinity]], merges: [{}, null, { top: 1 }] }] },
    ] as unknown as Parameters<typeof readWorkbook>[0][];
    for (const b of bad) expect(readWorkbook(b).findings.filter(hitSafetyNet)).toEqual([]);
  });
});

describe('titles', () => {
  it('a sentence that cites the form name is no title', () => {
    const notes = '注：本表依据《财政项目支出绩效目标申报表》填报说明填写，金额保留两位小数，未尽事项请咨询财政局。';
    const head = { rows: [[form24.title], [], [], [notes]] };
    const { projects } = readSheet(sheetOf('s', stack([head, layout2024({ ...form24, title: null })], 0)));
    expect(projects).toHaveLength(1);
    expect(projects[0]?.form.title).toBe(form24.title);
    expect(projects[0]?.cells.title).toEqual({ sheet: 's', row: 1, col: 1 });
  });
});

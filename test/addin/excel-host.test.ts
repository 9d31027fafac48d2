import { ExcelHost } from '../../src/hosts/excel/host';
import { HostError } from '../../src/hosts/excel/errors';
import { MARK_COLORS, MARKS_KEY } from '../../src/hosts/excel/marks';
import { parseAreas, readExtent, SNAPSHOT_SYNCS } from '../../src/hosts/excel/read';
import { chunkBlocks, styleRects } from '../../src/hosts/excel/write';
import type { WritePlan } from '../../src/write/plan';
import { PlanError } from '../../src/write/validate-plan';
import { FakeWorkbookModel } from './fake-excel';

function plan(over: Partial<WritePlan>): WritePlan {
  return {
    sheet: '申报表',
    section: 'indicators',
    createSheet: false,
    rowOps: [],
    unmerge: [],
    blocks: [],
    merges: [],
    columnWidths: {},
    rowHeights: {},
    page: null,
    bounds: { top: 1, left: 1, bottom: 100, right: 10 },
    ...over,
  };
}

function workbook(rows: number, sheets = 1): FakeWorkbookModel {
  const m = new FakeWorkbookModel();
  for (let s = 0; s < sheets; s++) {
    const sheet = m.sheet(`表${s + 1}`);
    for (let r = 1; r <= rows; r++) sheet.put(`A${r}`, [['产出指标', '数量指标', `指标${r}`, `≥${r}.00(次)`]]);
    for (let r = 1; r + 1 <= rows; r += 2) sheet.merges.push({ top: r, left: 1, bottom: r + 1, right: 1 });
  }
  return m;
}

describe('ExcelHost.snapshot', () => {
  it('reads values, errors, formulas, formats and merges, with the used range placed so that A1 is values[0][0]', async () => {
    const m = new FakeWorkbookModel();
    const s = m.sheet('申报表').put('B3', [['项目名称', '示例项目'], [1200, true]]);
    s.cell(4, 2).formula = '=SUM(B1:B2)';
    s.cell(4, 2).numberFormat = '#,##0.00';
    s.cell(5, 3).error = '#REF!';
    s.merges.push({ top: 3, left: 2, bottom: 3, right: 3 });
    m.sheet('空表');
    const snap = await new ExcelHost(m.environment()).snapshot();
    const [sheet, empty] = snap.sheets;
    expect(sheet?.values).toEqual([
      [null, null, null],
      [null, null, null],
      [null, '项目名称', '示例项目'],
      [null, 1200, true],
      [null, null, { error: '#REF!' }],
    ]);
    expect(sheet?.formulas[3]).toEqual(['', '=SUM(B1:B2)', '']);
    expect(sheet?.numberFormats[3]).toEqual(['General', '#,##0.00', 'General']);
    expect(sheet?.merges).toEqual([{ top: 3, left: 2, bottom: 3, right: 3 }]);
    expect(empty).toEqual({ name: '空表', values: [], formulas: [], numberFormats: [], merges: [] });
  });

  it.each([
    { rows: 10, sheets: 1 },
    { rows: 2000, sheets: 1 },
    { rows: 500, sheets: 4 },
    { rows: 8000, sheets: 2 },
  ])('takes $rows rows × $sheets sheets in a constant number of syncs', async ({ rows, sheets }) => {
    const m = workbook(rows, sheets);
    const snap = await new ExcelHost(m.environment()).snapshot();
    expect(snap.sheets).toHaveLength(sheets);
    expect(snap.sheets[0]?.values).toHaveLength(rows);
    expect(snap.sheets[0]?.merges).toHaveLength(Math.floor(rows / 2));
    expect(m.syncs).toBe(rows / 2 > 512 ? SNAPSHOT_SYNCS.manyMerges : SNAPSHOT_SYNCS.withMerges);
    expect(m.syncs).toBeLessThanOrEqual(5);
  });

  it('without ExcelApi 1.13 reads no merges, in three syncs', async () => {
    const m = workbook(100);
    m.supported.delete('1.13');
    const snap = await new ExcelHost(m.environment()).snapshot();
    expect(m.syncs).toBe(SNAPSHOT_SYNCS.withoutMerges);
    expect(snap.sheets[0]?.merges).toEqual([]);
    expect(snap.sheets[0]?.values[99]).toEqual(['产出指标', '数量指标', '指标100', '≥100.00(次)']);
  });

  it('reads a form beside a value typed far away, within Excel\'s response limit, and says where the used range ends', async () => {
    const m = workbook(30);
    const s = m.sheets[0];
    if (!s) throw new Error('no sheet');
    s.put('D1048576', [['误输入']]);
    const snap = await new ExcelHost(m.environment()).snapshot();
    const sheet = snap.sheets[0];
    expect(sheet?.values).toHaveLength(30);
    expect(sheet?.values[29]).toEqual(['产出指标', '数量指标', '指标30', '≥30.00(次)']);
    expect(sheet?.merges).toHaveLength(15);
    expect(sheet?.unread).toEqual({ first: { row: 1048576, col: 4 }, usedRange: 'A1:D1048576' });
    expect(m.syncs).toBe(SNAPSHOT_SYNCS.withMerges);
  });

  it('reads the band of a used range stretched to XFD, and nothing beyond column IV', async () => {
    const m = workbook(30);
    m.sheets[0]?.put('XFD40000', [['误输入']]).put('IV2', [['边']]);
    const sheet = (await new ExcelHost(m.environment()).snapshot()).sheets[0];
    expect(sheet?.values).toHaveLength(30);
    expect(sheet?.values[1]).toHaveLength(256);
    expect(sheet?.values[1]?.[255]).toBe('边');
    expect(sheet?.unread).toEqual({ first: { row: 40000, col: 16384 }, usedRange: 'A1:XFD40000' });
  });

  it.each([
    [30, 4, null],
    [50_000, 4, null],
    [50_001, 4, { bottom: 50_000, right: 4 }],
    [1_048_576, 5, { bottom: 40_000, right: 5 }],
    [21, 16_384, { bottom: 21, right: 256 }],
    [1_048_576, 16_384, { bottom: 781, right: 256 }],
  ])('readExtent of a used range ending at row %i, column %i', (bottom, right, part) => {
    expect(readExtent(bottom, right)).toEqual(part === null ? null : part);
  });

  it('keeps the values when Excel refuses even a band of merged areas', async () => {
    const m = new FakeWorkbookModel();
    const s = m.sheet('密');
    for (let r = 1; r <= 200; r++) for (let c = 1; c <= 8; c += 2) s.merges.push({ top: r, left: c, bottom: r, right: c + 1 });
    s.put('A1', [['x']]).put('H200', [['y']]);
    const snap = await new ExcelHost(m.environment()).snapshot();
    expect(snap.sheets[0]?.values).toHaveLength(200);
    expect(snap.sheets[0]?.merges).toEqual([]);
    expect(m.syncs).toBe(SNAPSHOT_SYNCS.manyMerges);
  });

  it('reads while the user edits a cell by waiting for the edit (delayForCellEdit)', async () => {
    const m = workbook(3);
    m.cellEditMode = true;
    await new ExcelHost(m.environment()).snapshot();
    expect(m.runs.every((o) => o.delayForCellEdit === true)).toBe(true);
  });
});

describe('parseAreas', () => {
  it.each([
    ["'申报表'!A1:B2, '申报表'!C3", [{ top: 1, left: 1, bottom: 2, right: 2 }, { top: 3, left: 3, bottom: 3, right: 3 }]],
    ['Sheet1!$A$10:$D$12', [{ top: 10, left: 1, bottom: 12, right: 4 }]],
    ["'It''s, odd'!AA5:AB6", [{ top: 5, left: 27, bottom: 6, right: 28 }]],
    ['', []],
  ])('%s', (address, expected) => {
    expect(parseAreas(address)).toEqual(expected);
  });
});

describe('ExcelHost.apply', () => {
  const section = plan({
    rowOps: [{ kind: 'insert', at: 3, count: 2 }],
    unmerge: [{ top: 1, left: 1, bottom: 2, right: 1 }],
    blocks: [
      {
        top: 3,
        left: 1,
        values: [
          ['产出指标', '数量指标', '培训场次', '≥5.00(场)'],
          [null, '质量指标', '合格率', '≥90.00(%)'],
        ],
        styles: [
          [{ font: { bold: true } }, { font: { bold: true } }, null, null],
          [{ font: { bold: true } }, { font: { bold: true } }, null, null],
        ],
      },
    ],
    merges: [{ top: 3, left: 1, bottom: 4, right: 1 }],
    columnWidths: { 3: 30 },
    rowHeights: { 3: 24 },
  });

  it('inserts rows, writes values, styles and merges: two syncs to check the plans, then one per section', async () => {
    const m = workbook(4);
    m.sheet('申报表').put('A1', [['一级指标', '二级指标', '三级指标', '指标值'], ['旧', '行', '保留', '下移']]);
    m.sheet('申报表').merges.push({ top: 1, left: 1, bottom: 2, right: 1 });
    const host = new ExcelHost(m.environment());
    await host.apply([section, plan({ section: 'goals', blocks: [{ top: 10, left: 1, values: [['年度总体目标']] }] })]);
    const s = m.sheet('申报表');
    expect(m.syncs).toBe(2 + 2);
    expect(s.get(3, 3)?.value).toBe('培训场次');
    expect(s.get(4, 1)?.value).toBe('');
    expect(s.get(4, 2)?.bold).toBe(true);
    expect(s.get(2, 3)?.value).toBe('保留');
    expect(s.get(10, 1)?.value).toBe('年度总体目标');
    expect(s.merges).toEqual([{ top: 3, left: 1, bottom: 4, right: 1 }]);
    expect(s.columnWidths.get(3)).toBeCloseTo(161.25);
    expect(s.rowHeights.get(3)).toBe(24);
  });

  it.each([
    { version: '1.20', options: { delayForCellEdit: true, mergeUndoGroup: true } },
    { version: null, options: { delayForCellEdit: true } },
  ])('asks for one undo group only where ExcelApi 1.20 exists ($version)', async ({ version, options }) => {
    const m = workbook(1);
    m.sheet('申报表');
    if (version) m.supported.add(version);
    await new ExcelHost(m.environment()).apply([section]);
    expect(m.runs).toEqual([options]);
  });

  it('refuses a protected sheet with a clear message and writes nothing', async () => {
    const m = new FakeWorkbookModel();
    const s = m.sheet('申报表').put('A1', [['原值']]);
    s.protected = true;
    const err: unknown = await new ExcelHost(m.environment()).apply([section]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err).toMatchObject({ kind: 'protected', sheet: '申报表' });
    expect((err as HostError).message).toMatch(/工作表“申报表”受保护/);
    expect(s.get(1, 1)?.value).toBe('原值');
    expect(s.get(3, 3)).toBeUndefined();
  });

  it('says the user is editing a cell when Excel cannot wait for the edit', async () => {
    const m = workbook(2);
    m.sheet('申报表');
    m.cellEditMode = true;
    m.honoursDelay = false;
    const err: unknown = await new ExcelHost(m.environment()).apply([section]).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'cell-edit' });
    expect((err as HostError).message).toMatch(/正在编辑单元格/);
    expect((err as HostError).en).toMatch(/editing a cell/);
  });

  it.each([
    { name: 'a missing sheet', make: (m: FakeWorkbookModel) => void m.sheet('别的表'), code: 'sheet-missing' },
    {
      name: 'a merge that cuts through one on the sheet',
      make: (m: FakeWorkbookModel) => void m.sheet('申报表').merges.push({ top: 2, left: 1, bottom: 3, right: 2 }),
      code: 'merge-clash',
    },
  ])('refuses a plan that does not fit the sheet ($name) before writing anything', async ({ make, code }) => {
    const m = new FakeWorkbookModel();
    make(m);
    const before = JSON.stringify([...(m.find('申报表')?.cells ?? [])]);
    const err: unknown = await new ExcelHost(m.environment()).apply([section]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlanError);
    expect((err as PlanError).problems.map((p) => p.code)).toContain(code);
    expect(JSON.stringify([...(m.find('申报表')?.cells ?? [])])).toBe(before);
  });

  it('creates a new sheet when the plan asks for one', async () => {
    const m = new FakeWorkbookModel();
    await new ExcelHost(m.environment()).apply([plan({ sheet: '新表', createSheet: true, blocks: [{ top: 1, left: 1, values: [['标题']] }] })]);
    expect(m.find('新表')?.get(1, 1)?.value).toBe('标题');
  });
});

describe('ExcelHost.applyEdits', () => {
  it('sets values and number formats in one write sync after the protection check', async () => {
    const m = new FakeWorkbookModel();
    m.sheet('申报表').put('E9', [['1,150,000.00']]);
    await new ExcelHost(m.environment()).applyEdits([
      { sheet: '申报表', cell: 'E9', value: 1150000, numberFormat: '#,##0.00' },
      { sheet: '申报表', cell: 'D20', value: '≥90.00(%)' },
    ]);
    expect(m.syncs).toBe(2);
    expect(m.sheet('申报表').get(9, 5)).toMatchObject({ value: 1150000, numberFormat: '#,##0.00' });
    expect(m.sheet('申报表').get(20, 4)?.value).toBe('≥90.00(%)');
  });
});

describe('marks', () => {
  function marked(): { m: FakeWorkbookModel; host: ExcelHost } {
    const m = new FakeWorkbookModel();
    const s = m.sheet('申报表').put('A1', [['a', 'b', 'c', 'd']]);
    s.cell(1, 1).fill = '#FF0000';
    return { m, host: new ExcelHost(m.environment()) };
  }
  const at = (cell: string) => ({ sheet: '申报表', cell });

  it("restores the user's own fill, and no fill where there was none", async () => {
    const { m, host } = marked();
    await host.highlight([at('A1'), at('B1')]);
    const s = m.sheet('申报表');
    expect(s.get(1, 1)?.fill).toBe(MARK_COLORS.finding);
    expect(s.get(1, 2)?.fill).toBe(MARK_COLORS.finding);
    await host.clearHighlights();
    expect(s.get(1, 1)?.fill).toBe('#FF0000');
    expect(s.get(1, 2)?.fill).toBeNull();
    expect(m.settings.get(MARKS_KEY)).toEqual([]);
  });

  it('marking a cell twice keeps the first original', async () => {
    const { m, host } = marked();
    await host.highlight([at('A1')]);
    await host.highlight([at('A1')]);
    await host.clearHighlights();
    expect(m.sheet('申报表').get(1, 1)?.fill).toBe('#FF0000');
  });

  it('a fill the user changed after marking is left as the user set it', async () => {
    const { m, host } = marked();
    await host.highlight([at('C1')]);
    m.sheet('申报表').cell(1, 3).fill = '#00FF00';
    await host.clearHighlights();
    expect(m.sheet('申报表').get(1, 3)?.fill).toBe('#00FF00');
  });

  it('a later session (a new host on the same workbook) can clear what an earlier one marked', async () => {
    const { m, host } = marked();
    await host.highlight([at('A1')]);
    await new ExcelHost(m.environment()).clearHighlights();
    expect(m.sheet('申报表').get(1, 1)?.fill).toBe('#FF0000');
  });

  it('without ExcelApi 1.9 white counts as no fill', async () => {
    const { m } = marked();
    m.supported.delete('1.9');
    const host = new ExcelHost(m.environment());
    await host.highlight([at('D1')]);
    await host.clearHighlights();
    expect(m.sheet('申报表').get(1, 4)?.fill).toBeNull();
  });

  it('skips protected sheets instead of failing', async () => {
    const { m, host } = marked();
    m.sheet('申报表').protected = true;
    await host.highlight([at('A1')]);
    expect(m.sheet('申报表').get(1, 1)?.fill).toBe('#FF0000');
  });

  it('highlights any number of cells in three syncs', async () => {
    const m = workbook(3000);
    const host = new ExcelHost(m.environment());
    await host.highlight(Array.from({ length: 3000 }, (_, i) => ({ sheet: '表1', cell: `D${i + 1}` })));
    expect(m.syncs).toBe(3);
  });
});

describe('ExcelHost.select', () => {
  it('activates the sheet, selects the cell and shows the related cells until the next selection', async () => {
    const m = new FakeWorkbookModel();
    m.sheet('其他');
    m.sheet('申报表').put('E9', [[1]]);
    const host = new ExcelHost(m.environment());
    await host.select({ sheet: '申报表', cell: 'E9' }, [{ sheet: '申报表', cell: 'E10' }, { sheet: '申报表', cell: 'E11' }]);
    expect(m.selection).toEqual({ sheet: '申报表', cell: 'E9' });
    expect(m.activeSheet).toBe('申报表');
    expect(m.sheet('申报表').get(10, 5)?.fill).toBe(MARK_COLORS.related);
    await host.select({ sheet: '申报表', cell: 'B2' });
    expect(m.sheet('申报表').get(10, 5)?.fill).toBeNull();
    expect(m.selection).toEqual({ sheet: '申报表', cell: 'B2' });
  });
});

describe('write helpers', () => {
  it('joins equal styles into rectangles', () => {
    const b = { font: { bold: true } };
    const w = { alignment: { wrapText: true } };
    const rects = styleRects({
      top: 5,
      left: 2,
      values: [],
      styles: [
        [b, b, w],
        [b, b, w],
        [null, b, b],
      ],
    });
    expect(rects).toEqual(
      expect.arrayContaining([
        { top: 5, bottom: 6, left: 2, right: 3, style: b },
        { top: 5, bottom: 6, left: 4, right: 4, style: w },
        { top: 7, bottom: 7, left: 3, right: 4, style: b },
      ]),
    );
    expect(rects).toHaveLength(3);
  });

  it('splits blocks past the payload cap into several groups and keeps every row', () => {
    const values = Array.from({ length: 1000 }, (_, i) => [`第${i}行`, 'x'.repeat(50)]);
    const groups = chunkBlocks([{ top: 1, left: 1, values }], 10_000);
    expect(groups.length).toBeGreaterThan(5);
    expect(groups.flat().reduce((n, b) => n + b.values.length, 0)).toBe(1000);
    expect(groups.flat()[1]?.top).toBe(1 + (groups.flat()[0]?.values.length ?? 0));
    expect(chunkBlocks([{ top: 1, left: 1, values: [['a']] }])).toHaveLength(1);
  });
});

import type { Form, Indicator } from '../../src/model/form';
import { MemoryHost, dumpSheet, type CellDump, type MemorySheet } from '../../src/hosts/memory';
import { readWorkbook } from '../../src/read';
import { planIntoForm, planIntoFormAll, planStandardForm, standardForm } from '../../src/write';
import type { CellRange } from '../../src/model/snapshot';
import { profileOf, sampleForm } from './helpers';

const SHEET = '申报表';

/** A form on a sheet with things of the user's own around it: a note right of the header, a signature block below, a remark column. */
async function messyHost(form: Form): Promise<MemoryHost> {
  const host = new MemoryHost();
  await host.apply([planStandardForm(form, profileOf(form), { sheet: SHEET })]);
  const sheet = host.sheet(SHEET) as MemorySheet;
  const { bottom } = sheet.extent();
  sheet.cell(2, 7).value = '内部备注：请于周五前报送';
  sheet.cell(2, 7).style = { font: { name: 'Arial', bold: true }, fill: 'FFFF0000' };
  sheet.cell(bottom + 2, 1).value = '填报人：';
  sheet.cell(bottom + 2, 2).value = '张三';
  sheet.cell(bottom + 3, 1).value = '填报日期：';
  sheet.cell(bottom + 3, 2).value = 45292;
  sheet.cell(bottom + 3, 2).numberFormat = 'yyyy-mm-dd';
  sheet.cell(bottom + 4, 1).value = '=SUM(B1:B2)';
  sheet.cell(bottom + 4, 1).formula = '=SUM(B1:B2)';
  sheet.merges.push({ top: bottom + 5, left: 1, bottom: bottom + 6, right: 5 });
  sheet.cell(bottom + 5, 1).value = '审核意见';
  sheet.rowHeights.set(bottom + 5, 33);
  return host;
}

function indicators(n: number): Indicator[] {
  const groups = [
    ['产出指标', '数量指标'],
    ['产出指标', '质量指标'],
    ['产出指标', '时效指标'],
    ['效益指标', '社会效益指标'],
    ['满意度指标', '服务对象满意度指标'],
  ] as const;
  return Array.from({ length: n }, (_, i) => {
    const [level1, level2] = groups[Math.floor((i * groups.length) / n)] ?? groups[0];
    return { level1, level2, name: `新指标${i + 1}`, value: `≥${i + 1}.00(次)` };
  });
}

/** Cells, merges and heights outside rows first..last, with the rows below moved up by `delta` to line up. */
function outside(sheet: MemorySheet, first: number, last: number, delta: number) {
  const d = dumpSheet(sheet);
  const move = (row: number): number => (row > last ? row - delta : row);
  const keep = (row: number): boolean => row < first || row > last;
  return {
    cells: d.cells.filter((c: CellDump) => keep(c.row)).map((c) => ({ ...c, row: move(c.row) })),
    merges: d.merges
      .filter((m: CellRange) => m.bottom < first || m.top > last)
      .map((m) => ({ ...m, top: move(m.top), bottom: move(m.bottom) })),
    heights: d.rowHeights.filter(([r]) => keep(r)).map(([r, h]) => [move(r), h]),
    widths: d.columnWidths,
  };
}

describe('writing indicators into a form already on a sheet', () => {
  const base = sampleForm('sh2024-repairs.json');
  const profile = profileOf(base);

  it.each([
    ['grows 11 → 20 rows', base, 20],
    ['shrinks 11 → 3 rows', base, 3],
    ['keeps 11 rows', base, 11],
    ['empties the table', base, 0],
    ['fills an empty table', { ...base, indicators: [] }, 6],
  ])('%s inside the table only; everything outside is identical', async (_, start, n) => {
    const host = await messyHost(start);
    const read = readWorkbook(await host.snapshot()).projects[0];
    if (!read?.cells.indicatorTable) throw new Error('form not read');
    const { firstRow, lastRow } = read.cells.indicatorTable;
    const sheet = host.sheet(SHEET) as MemorySheet;
    const before = outside(sheet, firstRow, lastRow, 0);
    const edited: Form = { ...read.form, indicators: indicators(n) };
    const plan = planIntoForm(edited, profile, 'indicators', { cells: read.cells, sheet: (await host.snapshot()).sheets[0] as never });
    await host.apply([plan]);
    expect(host.stats.batches).toBe(2);
    const have = lastRow - firstRow + 1;
    expect(outside(host.sheet(SHEET) as MemorySheet, firstRow, firstRow + n - 1, n - have)).toEqual(before);

    // Read back: the new indicators, the rest of the form unchanged.
    const again = readWorkbook(await host.snapshot()).projects;
    expect(again).toHaveLength(1);
    expect(again[0]?.form).toEqual({ ...standardForm(start, profile), indicators: edited.indicators });
    // The level merges are rebuilt, and the 绩效指标 label still spans the table.
    const merges = (host.sheet(SHEET) as MemorySheet).merges;
    // (A table that had no rows has a one-cell label, which stays as it was: it lies outside the table.)
    if (n > 1 && start.indicators.length > 0) expect(merges).toContainEqual({ top: firstRow - 1, left: 1, bottom: firstRow + n - 1, right: 1 });
    expect(merges.filter((m) => m.left === 2 && m.top >= firstRow).length).toBe(
      [...new Set(edited.indicators.map((i) => i.level1))].filter((l) => edited.indicators.filter((i) => i.level1 === l).length > 1).length,
    );
  });

  it('repeats a per-row merge of the value cells on every row', async () => {
    const host = await messyHost(base);
    const first = readWorkbook(await host.snapshot()).projects[0]?.cells.indicatorTable;
    if (!first) throw new Error('form not read');
    // A user who spread every value over E:F.
    const sheet = host.sheet(SHEET) as MemorySheet;
    for (let r = first.firstRow; r <= first.lastRow; r++) sheet.merges.push({ top: r, left: 5, bottom: r, right: 6 });
    const snap = await host.snapshot();
    const read = readWorkbook(snap).projects[0];
    if (!read) throw new Error('form not read');
    await host.apply([planIntoForm({ ...read.form, indicators: indicators(15) }, profile, 'indicators', { cells: read.cells, sheet: snap.sheets[0] as never })]);
    const merges = (host.sheet(SHEET) as MemorySheet).merges;
    for (let r = first.firstRow; r < first.firstRow + 15; r++) expect(merges).toContainEqual({ top: r, left: 5, bottom: r, right: 6 });
    expect(readWorkbook(await host.snapshot()).projects[0]?.form.indicators).toEqual(indicators(15));
  });

  it('refuses, writing nothing, when a merged area crosses the table edge', async () => {
    const host = await messyHost(base);
    const read = readWorkbook(await host.snapshot()).projects[0];
    const table = read?.cells.indicatorTable;
    if (!read || !table) throw new Error('form not read');
    const sheet = host.sheet(SHEET) as MemorySheet;
    sheet.merges.push({ top: table.lastRow, left: 4, bottom: table.lastRow + 2, right: 4 });
    const snap = (await host.snapshot()).sheets[0];
    const before = dumpSheet(host.sheet(SHEET) as MemorySheet);
    for (const n of [4, 11, 15])
      expect(() => planIntoForm({ ...read.form, indicators: indicators(n) }, profile, 'indicators', { cells: read.cells, sheet: snap as never })).toThrow(
        /crosses the table's edge/,
      );
    expect(dumpSheet(host.sheet(SHEET) as MemorySheet)).toEqual(before);
  });

  it('refuses a form without an indicator table', () => {
    const cells = { sheet: SHEET, fields: {}, checks: {}, funding: {}, subItems: [], goals: {}, indicators: [], extent: { top: 1, left: 1, bottom: 5, right: 5 } };
    expect(() => planIntoForm(base, profile, 'indicators', { cells, sheet: { name: SHEET, values: [], formulas: [], numberFormats: [], merges: [] } })).toThrow(
      /no indicator table/,
    );
  });
});

describe('writing every section into a form already on a sheet', () => {
  it.each(['sh2024-repairs.json', 'sh2019-bioforum.json'])('%s: changed values land in place, the tables resize, the rest stays', async (file) => {
    const form = sampleForm(file);
    const profile = profileOf(form);
    const host = await messyHost(form);
    const read = readWorkbook(await host.snapshot()).projects[0];
    if (!read) throw new Error('form not read');
    const note = structuredClone(host.sheet(SHEET)?.get(2, 7));
    const edited: Form = {
      ...read.form,
      fields: { ...read.form.fields, name: '新项目名称' },
      funding: Object.fromEntries(Object.keys(read.form.funding).map((k) => [k, 123456.78])),
      goals: { overall: '新的总目标', annual: '新的年度目标' },
      subItems: read.form.subItems.length > 0 ? [{ name: '子项目甲', amount: 1 }, { name: '子项目乙', amount: 2 }, { name: '子项目丙', amount: 3 }] : [],
      indicators: indicators(9),
    };
    const plans = planIntoFormAll(edited, profile, { cells: read.cells, sheet: (await host.snapshot()).sheets[0] as never });
    expect(plans.map((p) => p.section)).toEqual(['indicators', 'goals', 'funding', 'header']);
    await host.apply(plans);
    const again = readWorkbook(await host.snapshot()).projects;
    expect(again.map((p) => p.form)).toEqual([{ ...read.form, ...edited }]);
    expect(host.sheet(SHEET)?.get(2, 7)).toEqual(note);
    const amountCell = read.cells.funding[Object.keys(read.form.funding)[0] ?? ''];
    if (amountCell) expect(host.sheet(SHEET)?.get(amountCell.row, amountCell.col)?.numberFormat).toBe('#,##0.00');
  });
});

describe('sections interleaved with rows another section inserts', () => {
  it('moves the in-place cells of a section that lies partly below a resized table', () => {
    const form = { ...sampleForm('sh2019-bioforum.json') };
    form.fields = { ...form.fields, overview: '概况' };
    form.subItems = [1, 2, 3, 4].map((i) => ({ name: `子项目${i}`, amount: i }));
    const at = (row: number, col: number) => ({ sheet: SHEET, row, col });
    const cells = {
      sheet: SHEET,
      fields: { name: at(2, 2), overview: at(30, 2) },
      checks: {},
      funding: { yearBudget: at(19, 5) },
      subItems: [
        { name: at(20, 2), amount: at(20, 5) },
        { name: at(21, 2), amount: at(21, 5) },
      ],
      goals: {},
      indicators: [],
      extent: { top: 1, left: 1, bottom: 31, right: 5 },
    };
    const plans = planIntoFormAll(form, profileOf(form), { cells, sheet: { name: SHEET, values: [], formulas: [], numberFormats: [], merges: [] } });
    expect(plans.map((p) => p.section)).toEqual(['funding', 'header']);
    expect(plans[0]?.rowOps).toEqual([{ kind: 'insert', at: 21, count: 2 }]);
    const header = plans[1];
    expect(header?.rowOps).toEqual([]);
    expect(header?.blocks.map((b) => [b.top, b.values[0]?.[0]])).toContainEqual([32, '概况']);
    expect(header?.blocks.map((b) => [b.top, b.values[0]?.[0]])).toContainEqual([2, '上海国际生物技术与医药交流对接']);
  });
});

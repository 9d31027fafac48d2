import ExcelJS from 'exceljs';
import { applyPlan } from '../../src/hosts/xlsx/apply-plan';
import { sheetSnapshot } from '../../src/hosts/xlsx/snapshot';
import { MemoryHost } from '../../src/hosts/memory';
import type { Form } from '../../src/model/form';
import type { SheetSnapshot } from '../../src/model/snapshot';
import { readWorkbook } from '../../src/read';
import { planIntoFormAll, planStandardForm, PlanError, type WritePlan } from '../../src/write';
import { profileOf, sampleForm, SAMPLE_FILES } from './helpers';

const SHEET = '申报表';

/** The exceljs snapshot reports no number format for an empty cell; compare formats where there is a value. */
function comparable(s: SheetSnapshot | undefined): SheetSnapshot | undefined {
  if (!s) return s;
  return { ...s, numberFormats: s.numberFormats.map((row, r) => row.map((f, c) => (s.values[r]?.[c] === null ? '' : f))) };
}

async function memorySnapshot(plans: WritePlan[], start?: SheetSnapshot): Promise<SheetSnapshot | undefined> {
  const host = start ? MemoryHost.fromSnapshot({ sheets: [start] }) : new MemoryHost();
  await host.apply(plans);
  return comparable((await host.snapshot()).sheets[0]);
}

async function saved(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as ExcelJS.Buffer);
  return again;
}

function ws(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const s = wb.getWorksheet(SHEET);
  if (!s) throw new Error('no sheet');
  return s;
}

describe('applyPlan on an exceljs workbook', () => {
  it.each(SAMPLE_FILES)('writes the standard form of %s as the memory host does, and it survives saving', async (file) => {
    const form = sampleForm(file);
    const plan = planStandardForm(form, profileOf(form), { sheet: SHEET });
    const wb = new ExcelJS.Workbook();
    applyPlan(wb, plan);
    const expected = await memorySnapshot([plan]);
    expect(comparable(sheetSnapshot(ws(wb)))).toEqual(expected);
    expect(comparable(sheetSnapshot(ws(await saved(wb))))).toEqual(expected);
  });

  it('sets fonts, borders, column widths, row heights and the print setup', async () => {
    const form = sampleForm('sh2024-repairs.json');
    const wb = new ExcelJS.Workbook();
    applyPlan(wb, planStandardForm(form, profileOf(form), { sheet: SHEET }));
    const s = ws(await saved(wb));
    expect(s.getCell('A1').font).toMatchObject({ name: '宋体', size: 16, bold: true });
    expect(s.getCell('A2').border?.left?.style).toBe('thin');
    expect(s.getCell('E8').numFmt).toBe('#,##0.00');
    expect(s.getColumn(4).width).toBe(30);
    expect(s.getRow(1).height).toBe(36);
    expect(s.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(s.pageSetup.printArea).toMatch(/^\$?A\$?1:\$?E\$?25$/);
  });

  it.each([
    ['grows', 'sh2024-repairs.json', 18],
    ['shrinks', 'sh2024-repairs.json', 2],
    ['grows sub-items and indicators', 'sh2019-bioforum.json', 30],
  ])('writes into an existing form (%s) exactly as the memory host does', async (_, file, n) => {
    const form = sampleForm(file);
    const profile = profileOf(form);
    const wb = new ExcelJS.Workbook();
    applyPlan(wb, planStandardForm(form, profile, { sheet: SHEET }));
    // The user's own things below the form and beside it.
    const s = ws(wb);
    const below = s.rowCount + 2;
    s.getCell(below, 1).value = '填报人：张三';
    s.mergeCells(below + 1, 1, below + 2, 5);
    s.getCell(2, 7).value = '备注';
    // Formulas that Excel would rewrite: one over the rows below the indicator table, one over the sub-items.
    s.getCell(below + 3, 1).value = { formula: `ROWS(A1:A${below})+E${below}`, result: 0 };
    const sub = readWorkbook({ sheets: [sheetSnapshot(s)] }).projects[0]?.cells.subItems;
    const subFirst = sub?.[0]?.amount;
    if (subFirst) s.getCell(below + 4, 1).value = { formula: `SUM(E${subFirst.row}:E${subFirst.row})`, result: 0 };
    const start = sheetSnapshot(s);
    const read = readWorkbook({ sheets: [start] }).projects[0];
    if (!read) throw new Error('form not read');
    const edited: Form = {
      ...read.form,
      subItems: read.form.subItems.length ? [...read.form.subItems, { name: '新增子项目', amount: 100 }] : [],
      indicators: Array.from({ length: n }, (_, i) => ({ level1: i % 2 ? '产出指标' : '效益指标', level2: '数量指标', name: `指标${i}`, value: `≥${i}.00(个)` })),
    };
    const plans = planIntoFormAll(edited, profile, { cells: read.cells, sheet: start });
    for (const p of plans) applyPlan(wb, p);
    const expected = await memorySnapshot(plans, start);
    expect(comparable(sheetSnapshot(ws(wb)))).toEqual(expected);
    const after = sheetSnapshot(ws(await saved(wb)));
    expect(comparable(after)).toEqual(expected);
    expect(readWorkbook({ sheets: [after] }).projects[0]?.form).toEqual(edited);
    const table = read.cells.indicatorTable;
    if (!table) throw new Error('no table');
    const delta = n - (table.lastRow - table.firstRow + 1) + (edited.subItems.length - read.form.subItems.length);
    const formulas = after.formulas.flat().filter((f) => f !== '');
    expect(formulas).toContain(`=ROWS(A1:A${below + delta})+E${below + delta}`);
    // (A one-row sub-item table grows by a row inserted at that row, so, as in Excel, a SUM over it moves rather than stretches.)
    if (subFirst) expect(formulas).toContain(`=SUM(E${subFirst.row + 1}:E${subFirst.row + 1})`);
  });

  it('refuses a bad plan before writing anything', () => {
    const form = sampleForm('sh2024-vehicle.json');
    const plan = planStandardForm(form, profileOf(form), { sheet: SHEET });
    const wb = new ExcelJS.Workbook();
    applyPlan(wb, plan);
    const before = sheetSnapshot(ws(wb));
    // The same plan again: the sheet exists now.
    expect(() => applyPlan(wb, plan)).toThrow(PlanError);
    const bad = { ...plan, createSheet: false, merges: [...plan.merges, { top: 1, left: 1, bottom: 2, right: 1 }] };
    expect(() => applyPlan(wb, bad)).toThrow(/overlap/);
    expect(sheetSnapshot(ws(wb))).toEqual(before);
  });
});

import ExcelJS from 'exceljs';
import { XlsxHost } from '../../../src/hosts/xlsx';
import type { SheetSnapshot } from '../../../src/model/snapshot';

async function bytesOf(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function snapshotOf(build: (wb: ExcelJS.Workbook) => void): Promise<SheetSnapshot[]> {
  const host = await XlsxHost.open(await bytesOf(build));
  return (await host.snapshot()).sheets;
}

function only(sheets: SheetSnapshot[]): SheetSnapshot {
  const [sheet] = sheets;
  if (!sheet || sheets.length !== 1) throw new Error(`expected one sheet, got ${sheets.length}`);
  return sheet;
}

describe('XlsxHost.snapshot', () => {
  it('gives a dense used range from A1 with formulas and formats defaulted', async () => {
    const sheet = only(
      await snapshotOf((wb) => {
        const ws = wb.addWorksheet('申报表');
        ws.getCell('B2').value = '项目名称';
        ws.getCell('C3').value = 12;
      }),
    );
    expect(sheet.name).toBe('申报表');
    expect(sheet.values).toEqual([
      [null, null, null],
      [null, '项目名称', null],
      [null, null, 12],
    ]);
    expect(sheet.formulas).toEqual([
      ['', '', ''],
      ['', '', ''],
      ['', '', ''],
    ]);
    expect(sheet.numberFormats.flat().every((f) => f === 'General')).toBe(true);
    expect(sheet.merges).toEqual([]);
  });

  const valueCases: [string, ExcelJS.CellValue, unknown][] = [
    ['text', '其他经常性项目', '其他经常性项目'],
    ['a number stored as text stays text', '1,234.00', '1,234.00'],
    ['number', 3117000, 3117000],
    ['boolean', true, true],
    ['date as a 1900 serial', new Date(Date.UTC(2024, 0, 1)), 45292],
    ['date with a time of day', new Date(Date.UTC(2024, 11, 31, 12)), 45657.5],
    ['rich text flattened', { richText: [{ text: '年度', font: { bold: true } }, { text: '总体目标' }] }, '年度总体目标'],
    ['hyperlink as its text', { text: '政策文件', hyperlink: 'https://example.org/a' }, '政策文件'],
    ['error', { error: '#REF!' }, { error: '#REF!' }],
    ['formula result', { formula: 'SUM(1,2)', result: 3 }, 3],
    ['formula with an error result', { formula: '1/0', result: { error: '#DIV/0!' } }, { error: '#DIV/0!' }],
    ['formula with no cached result', { formula: 'A2*2' }, null],
    ['formula with a date result', { formula: 'DATE(2024,1,1)', result: new Date(Date.UTC(2024, 0, 1)) }, 45292],
  ];

  it.each(valueCases)('reads %s', async (_name, written, expected) => {
    const sheet = only(
      await snapshotOf((wb) => {
        wb.addWorksheet('S').getCell('A1').value = written;
      }),
    );
    expect(sheet.values[0]?.[0]).toEqual(expected);
  });

  it('keeps formulas with a leading = and shared formulas translated', async () => {
    const sheet = only(
      await snapshotOf((wb) => {
        const ws = wb.addWorksheet('S');
        ws.getCell('A1').value = 1;
        ws.getCell('A2').value = 2;
        ws.getCell('A3').value = 3;
        ws.fillFormula('B1:B3', 'A1*2', [2, 4, 6]);
      }),
    );
    expect(sheet.values.map((r) => r[1])).toEqual([2, 4, 6]);
    expect(sheet.formulas.map((r) => r[1])).toEqual(['=A1*2', '=A2*2', '=A3*2']);
    expect(sheet.formulas.map((r) => r[0])).toEqual(['', '', '']);
  });

  it('reports merges 1-based and inclusive, with covered cells empty', async () => {
    const sheet = only(
      await snapshotOf((wb) => {
        const ws = wb.addWorksheet('S');
        ws.getCell('A1').value = '财政项目支出绩效目标申报表（2024年度）';
        ws.mergeCells('A1:D1');
        ws.getCell('A3').value = '产出指标';
        ws.mergeCells('A3:A5');
        ws.mergeCells('C6:D7');
      }),
    );
    expect(sheet.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 4 },
      { top: 3, left: 1, bottom: 5, right: 1 },
      { top: 6, left: 3, bottom: 7, right: 4 },
    ]);
    expect(sheet.values[0]).toEqual(['财政项目支出绩效目标申报表（2024年度）', null, null, null]);
    expect(sheet.values.map((r) => r[0])).toEqual([
      '财政项目支出绩效目标申报表（2024年度）',
      null,
      '产出指标',
      null,
      null,
      null,
      null,
    ]);
    // An empty merged area still belongs to the used range.
    expect(sheet.values.length).toBe(7);
  });

  it('gives number formats where set', async () => {
    const sheet = only(
      await snapshotOf((wb) => {
        const ws = wb.addWorksheet('S');
        ws.getCell('A1').value = 1200000;
        ws.getCell('A1').numFmt = '#,##0.00';
        ws.getCell('B1').value = new Date(Date.UTC(2024, 0, 1));
        ws.getCell('B1').numFmt = 'yyyy-mm-dd';
        ws.getCell('C1').value = 5;
      }),
    );
    expect(sheet.numberFormats[0]).toEqual(['#,##0.00', 'yyyy-mm-dd', 'General']);
    expect(sheet.values[0]).toEqual([1200000, 45292, 5]);
  });

  it('gives every worksheet in order, an empty one as an empty range', async () => {
    const sheets = await snapshotOf((wb) => {
      wb.addWorksheet('说明');
      wb.addWorksheet('项目一').getCell('A1').value = 'x';
    });
    expect(sheets.map((s) => [s.name, s.values.length])).toEqual([
      ['说明', 0],
      ['项目一', 1],
    ]);
  });

  it('reads dates of a 1904 workbook as 1900 serials', async () => {
    const sheet = only(
      await snapshotOf((wb) => {
        wb.properties.date1904 = true;
        wb.addWorksheet('S').getCell('A1').value = new Date(Date.UTC(2024, 0, 1));
      }),
    );
    expect(sheet.values[0]?.[0]).toBe(45292);
  });
});

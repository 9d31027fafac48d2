import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { XlsxHost } from '../../../src/hosts/xlsx';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'jixiao-edits-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function openNew(): Promise<XlsxHost> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('申报表');
  ws.getCell('A1').value = '年度资金申请总额';
  ws.getCell('B1').value = '1,200,000.00';
  return XlsxHost.open(Buffer.from(await wb.xlsx.writeBuffer()));
}

describe('XlsxHost edits and save', () => {
  it('sets values and number formats, seen by the next snapshot and in the saved file', async () => {
    const host = await openNew();
    await host.applyEdits([
      { sheet: '申报表', cell: 'B1', value: 1200000, numberFormat: '#,##0.00' },
      { sheet: '申报表', cell: 'C2', value: '≥90.00(%)' },
      { sheet: '申报表', cell: 'A2', value: null },
    ]);
    const sheet = (await host.snapshot()).sheets[0];
    expect(sheet?.values).toEqual([
      ['年度资金申请总额', 1200000, null],
      [null, null, '≥90.00(%)'],
    ]);
    expect(sheet?.numberFormats[0]?.[1]).toBe('#,##0.00');

    const out = join(dir, 'fixed.xlsx');
    await host.save(out);
    const reopened = await XlsxHost.open(out);
    expect((await reopened.snapshot()).sheets[0]?.values[0]).toEqual(['年度资金申请总额', 1200000, null]);
  });

  it('refuses an edit on a missing sheet without changing anything', async () => {
    const host = await openNew();
    await expect(
      host.applyEdits([
        { sheet: '申报表', cell: 'B1', value: 1 },
        { sheet: '汇总', cell: 'A1', value: 2 },
      ]),
    ).rejects.toThrow(/找不到工作表「汇总」/);
    expect((await host.snapshot()).sheets[0]?.values[0]?.[1]).toBe('1,200,000.00');
  });

  it('refuses a bad address', async () => {
    const host = await openNew();
    await expect(host.applyEdits([{ sheet: '申报表', cell: 'B0', value: 1 }])).rejects.toThrow(/not a cell address/);
  });

  it('never saves over the file it was opened from', async () => {
    const path = join(dir, 'input.xlsx');
    await fs.writeFile(path, await (await openNew()).toBuffer());
    const before = await fs.readFile(path);
    const host = await XlsxHost.open(path);
    await host.applyEdits([{ sheet: '申报表', cell: 'B1', value: 1 }]);
    await expect(host.save(path)).rejects.toThrow(/覆盖原文件/);
    expect(await fs.readFile(path)).toEqual(before);
  });
});

import ExcelJS from 'exceljs';
import { XlsxHost } from '../../../src/hosts/xlsx';
import { profileById } from '../../../src/profiles';
import { planStandardForm } from '../../../src/write/standard';
import type { WritePlan } from '../../../src/write/plan';
import { cleanForm2024 } from '../../helpers/forms';

function sh2024() {
  const p = profileById('sh-2024');
  if (!p) throw new Error('sh-2024 missing');
  return p;
}

function texts(values: unknown[][]): string[] {
  return values.flat().filter((v): v is string => typeof v === 'string');
}

describe('XlsxHost.apply', () => {
  it('writes a whole standard form onto a new sheet, seen by snapshot and after a save', async () => {
    const host = XlsxHost.create();
    await host.apply([planStandardForm(cleanForm2024(), sh2024(), { sheet: '申报表' })]);
    const sheet = (await host.snapshot()).sheets[0];
    expect(sheet?.name).toBe('申报表');
    expect(texts(sheet?.values ?? [])).toEqual(expect.arrayContaining(['中小企业科技服务平台运维', '服务企业满意度', '≥90.00(%)']));
    expect(sheet?.merges.length).toBeGreaterThan(0);

    const reopened = await XlsxHost.open(await host.toBuffer());
    expect((await reopened.snapshot()).sheets[0]).toEqual(sheet);
  });

  it('refuses a plan that does not fit the sheet and leaves the sheet as it was', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('申报表').getCell('A1').value = '原有内容';
    const host = await XlsxHost.open(Buffer.from(await wb.xlsx.writeBuffer()));
    const plan: WritePlan = planStandardForm(cleanForm2024(), sh2024(), { sheet: '申报表', createSheet: true });
    await expect(host.apply([plan])).rejects.toThrow();
    const sheets = (await host.snapshot()).sheets;
    expect(sheets.map((s) => s.values)).toEqual([[['原有内容']]]);
  });
});

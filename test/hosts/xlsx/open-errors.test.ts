import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { XlsxHost, XlsxOpenError, type OpenFailure } from '../../../src/hosts/xlsx';
import { storedZip, workbookWithChart } from './handmade';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'jixiao-xlsx-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function goodBytes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('申报表').getCell('A1').value = '项目名称';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function failureOf(input: Buffer | string): Promise<XlsxOpenError> {
  try {
    await XlsxHost.open(input);
  } catch (err) {
    if (err instanceof XlsxOpenError) return err;
    throw new Error(`not an XlsxOpenError: ${String(err)}`);
  }
  throw new Error('opened');
}

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);

describe('XlsxHost.open on files that are not usable workbooks', () => {
  const byteCases: [string, () => Promise<Buffer>, OpenFailure, RegExp][] = [
    ['empty bytes', async () => Buffer.alloc(0), 'empty', /文件为空.*empty/],
    ['an OLE container (password or .xls)', async () => CFB, 'encrypted', /密码.*password/],
    ['text renamed .xlsx', async () => Buffer.from('项目名称,金额\n维修,100\n'), 'not-xlsx', /不是 \.xlsx.*not an \.xlsx/],
    [
      'a zip cut in half',
      async () => {
        const b = await goodBytes();
        return b.subarray(0, Math.floor(b.length / 2));
      },
      'corrupt',
      /损坏.*corrupt/,
    ],
    [
      'a zip with garbage in its entries',
      async () => {
        const b = Buffer.from(await goodBytes());
        for (let i = 200; i < b.length - 200; i += 7) b[i] = 0x5a;
        return b;
      },
      'corrupt',
      /损坏.*corrupt/,
    ],
  ];

  it.each(byteCases)('%s', async (_name, bytes, failure, message) => {
    const err = await failureOf(await bytes());
    expect(err.failure).toBe(failure);
    expect(err.describe('zh-CN')).toMatch(message);
    expect(err.describe('en')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('a zip package that is not a workbook (a .docx renamed)', async () => {
    const docx = storedZip({
      '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      'word/document.xml': '<?xml version="1.0"?><document/>',
    });
    const err = await failureOf(docx);
    expect(err.failure).toBe('no-sheets');
    expect(err.describe('zh-CN')).toMatch(/没有可读取的工作表/);
  });

  it('a path that does not exist', async () => {
    const err = await failureOf(join(dir, 'missing.xlsx'));
    expect(err.failure).toBe('not-found');
    expect(err.describe('zh-CN')).toMatch(/找不到文件/);
  });

  it('a folder given as a file', async () => {
    expect((await failureOf(dir)).failure).toBe('not-a-file');
  });

  it('a text file renamed .xlsx, from disk', async () => {
    const path = join(dir, 'notes.xlsx');
    await fs.writeFile(path, 'not a workbook');
    expect((await failureOf(path)).failure).toBe('not-xlsx');
  });
});

describe('XlsxHost.snapshot on a sheet with stray far content', () => {
  it('reads the form and counts what stands beyond a far gap instead of exhausting memory', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('申报表');
    ws.getCell('A1').value = '项目名称';
    ws.getCell('B1').value = '某项目';
    ws.mergeCells('B2:C3');
    ws.getCell('XFD1048576').value = ' ';
    ws.getCell('B1048000').value = 'x';
    const host = await XlsxHost.open(Buffer.from(await wb.xlsx.writeBuffer()));
    const [sheet] = (await host.snapshot()).sheets;
    expect(sheet?.values).toEqual([
      ['项目名称', '某项目', null],
      [null, null, null],
      [null, null, null],
    ]);
    expect(sheet?.merges).toEqual([{ top: 2, left: 2, bottom: 3, right: 3 }]);
    expect(sheet?.unread).toEqual({ cells: 2, first: { row: 1048000, col: 2 }, usedRange: 'A1:XFD1048576' });
  });

  it('leaves nothing unread when no gap is far', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('申报表');
    ws.getCell('A1').value = 'a';
    ws.getCell('A1001').value = 'b';
    ws.getCell('CW1').value = 'c';
    const [sheet] = (await (await XlsxHost.open(Buffer.from(await wb.xlsx.writeBuffer()))).snapshot()).sheets;
    expect(sheet?.values.length).toBe(1001);
    expect(sheet?.values[0]?.length).toBe(101);
    expect(sheet?.unread).toBeUndefined();
  });

  it('refuses with a clear reason content that is huge without a gap', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('申报表');
    for (let r = 1; r <= 5000; r += 900) ws.getCell(r, 1).value = r;
    for (let c = 1; c <= 1000; c += 90) ws.getCell(1, c).value = c;
    const host = await XlsxHost.open(Buffer.from(await wb.xlsx.writeBuffer()));
    const err = await host.snapshot().then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(XlsxOpenError);
    if (err instanceof XlsxOpenError) {
      expect(err.failure).toBe('too-large');
      expect(err.describe('zh-CN')).toMatch(/已用区域过大.*申报表!A1:ALC4501/);
    }
  });
});

describe('XlsxHost.open on a workbook whose drawings exceljs cannot read', () => {
  it('still reads every cell, and refuses to save what would lose the drawings', async () => {
    const bytes = workbookWithChart();
    const plain = new ExcelJS.Workbook();
    // The premise: exceljs alone fails on this file.
    await expect(plain.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0])).rejects.toThrow(/anchors/);

    const host = await XlsxHost.open(bytes);
    expect(host.withoutDrawings).toBe(true);
    expect((await host.snapshot()).sheets).toEqual([
      { name: '申报表', values: [['项目名称', 42]], formulas: [['', '']], numberFormats: [['General', 'General']], merges: [] },
    ]);
    await expect(host.save(join(dir, 'out.xlsx'))).rejects.toThrow(/cannot be read; saving would lose them/);
    await expect(fs.access(join(dir, 'out.xlsx'))).rejects.toThrow();
  });

  it('a workbook exceljs reads whole keeps its drawings and can be saved', async () => {
    const host = await XlsxHost.open(await goodBytes());
    expect(host.withoutDrawings).toBe(false);
  });
});

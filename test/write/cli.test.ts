import { promises as fs } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runFix, safeFixes } from '../../src/cli/fix';
import type { CliIO } from '../../src/cli/io';
import { parseWriteArgs, runRender } from '../../src/cli/render';
import { XlsxHost } from '../../src/hosts/xlsx';
import type { Finding } from '../../src/model/finding';
import { readWorkbook } from '../../src/read';
import { standardForm } from '../../src/write';
import { addFormSheet } from '../cli/form-workbook';
import { cleanForm2024 } from '../helpers/forms';
import { profileOf, sampleForm } from './helpers';

const samples = join(__dirname, '..', '..', '..', 'shared', 'samples');

function io(): CliIO & { out: string; err: string } {
  const o = { out: '', err: '', color: false } as CliIO & { out: string; err: string };
  o.stdout = { write: (s: string) => (o.out += s) };
  o.stderr = { write: (s: string) => (o.err += s) };
  return o;
}

async function readForms(path: string) {
  const host = await XlsxHost.open(path);
  return readWorkbook(await host.snapshot());
}

const dir = mkdtempSync(join(tmpdir(), 'jixiao-write-'));

describe('jixiao render', () => {
  it('renders a sample form.json to a standard form that reads back', async () => {
    const out = join(dir, 'repairs.xlsx');
    const t = io();
    expect(await runRender([join(samples, 'sh2024-repairs.json'), '-o', out], t)).toBe(0);
    expect(t.out).toContain('已写出');
    const form = sampleForm('sh2024-repairs.json');
    expect((await readForms(out)).projects.map((p) => p.form)).toEqual([standardForm(form, profileOf(form))]);
  });

  it('renders a plain Form JSON', async () => {
    const input = join(dir, 'clean.json');
    await fs.writeFile(input, JSON.stringify(cleanForm2024()));
    const out = join(dir, 'clean.xlsx');
    expect(await runRender([input, '-o', out, '--lang', 'en'], io())).toBe(0);
    const form = cleanForm2024();
    expect((await readForms(out)).projects[0]?.form).toEqual(standardForm(form, profileOf(form)));
  });

  it('renders every form of a messy workbook as a clean sheet, leaving the input untouched', async () => {
    const wb = new ExcelJS.Workbook();
    const a = cleanForm2024();
    const b = { ...sampleForm('sh2024-vehicle.json') };
    addFormSheet(wb, a, '项目一');
    const other = addFormSheet(wb, b, '项目二');
    other.getCell('H3').value = '内部备注';
    const input = join(dir, 'messy.xlsx');
    await wb.xlsx.writeFile(input);
    const bytes = await fs.readFile(input);
    const out = join(dir, 'messy-clean.xlsx');
    const t = io();
    expect(await runRender([input, '-o', out], t)).toBe(0);
    expect(await fs.readFile(input)).toEqual(bytes);
    const read = await readForms(out);
    expect(read.projects.map((p) => p.cells.sheet)).toEqual(['申报表1', '申报表2']);
    const before = readWorkbook({ sheets: (await (await XlsxHost.open(input)).snapshot()).sheets }).projects.map((p) => p.form);
    expect(read.projects.map((p) => p.form.indicators)).toEqual(before.map((f) => f.indicators));
    expect(read.projects.map((p) => p.form.funding)).toEqual(before.map((f) => f.funding));
  });

  it.each<[string, string[], string]>([
    ['no output', ['x.json'], '-o'],
    ['the output is the input', ['x.xlsx', '-o', './x.xlsx'], '输入文件'],
    ['two inputs', ['a.json', 'b.json', '-o', 'c.xlsx'], '一个输入文件'],
    ['an unknown option', ['a.json', '-o', 'c.xlsx', '--colour'], '未知选项'],
    ['an unknown profile', ['a.json', '-o', 'c.xlsx', '--profile', 'bj-2030'], '未知的表单版本'],
  ])('refuses %s (exit 2)', async (_, args, says) => {
    const t = io();
    expect(await runRender(args, t)).toBe(2);
    expect(t.err).toContain(says);
  });

  it.each<[string, string, string]>([
    ['a missing file', 'missing.json', '无法读取'],
    ['broken JSON', 'broken.json', '不是有效的 JSON'],
    ['JSON that is not a form', 'notform.json', '不是申报表 JSON'],
    ['a workbook without a form', 'empty.xlsx', '找不到申报表'],
    ['a file that is not a workbook', 'text.xlsx', '不是 .xlsx 工作簿'],
  ])('explains %s (exit 2)', async (_, name, says) => {
    await fs.writeFile(join(dir, 'broken.json'), '{"version": ');
    await fs.writeFile(join(dir, 'notform.json'), '{"profile": 3}');
    await fs.writeFile(join(dir, 'text.xlsx'), 'hello');
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Sheet1').getCell('A1').value = '会议纪要';
    await empty.xlsx.writeFile(join(dir, 'empty.xlsx'));
    const t = io();
    expect(await runRender([join(dir, name), '-o', join(dir, 'out.xlsx')], t)).toBe(2);
    expect(t.err).toContain(says);
  });

  it('parses -o=, --output and --lang', () => {
    expect(parseWriteArgs(['in.xlsx', '--output=out.xlsx', '--lang', 'en'])).toEqual({
      ok: true,
      args: { input: 'in.xlsx', output: 'out.xlsx', locale: 'en', profile: 'auto', help: false },
    });
  });
});

describe('jixiao fix', () => {
  it('applies the safe fixes into a new file and leaves the input untouched', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = addFormSheet(wb, cleanForm2024());
    const input = join(dir, 'text-amount.xlsx');
    await wb.xlsx.writeFile(input);
    // An amount typed as text: FUND-NUMBER offers a safe fix turning it into a number.
    const read = await readForms(input);
    const cell = read.projects[0]?.cells.funding['carryover'];
    if (!cell) throw new Error('carryover not found');
    ws.getCell(cell.row, cell.col).value = '50,000.00';
    await wb.xlsx.writeFile(input);
    const bytes = await fs.readFile(input);
    const out = join(dir, 'fixed.xlsx');
    const t = io();
    expect(await runFix([input, '-o', out], t)).toBe(0);
    expect(t.out).toContain('FUND-NUMBER');
    // The clean form with its one fix applied asks nothing more of the user.
    expect(t.out).toContain('修正后未发现其他问题');
    expect(await fs.readFile(input)).toEqual(bytes);
    const fixed = await readForms(out);
    expect(fixed.projects[0]?.form.funding['carryover']).toBe(50000);
    const host = await XlsxHost.open(out);
    expect(host.workbook.getWorksheet('申报表')?.getCell(cell.row, cell.col).numFmt).toBe('#,##0.00');
  });

  it('says what is left for the user after the fixes, counted on the written workbook', async () => {
    const wb = new ExcelJS.Workbook();
    addFormSheet(wb, { ...cleanForm2024(), goals: { ...cleanForm2024().goals, overall: null } });
    const input = join(dir, 'no-goal.xlsx');
    await wb.xlsx.writeFile(input);
    const out = join(dir, 'no-goal-fixed.xlsx');
    const t = io();
    expect(await runFix([input, '-o', out, '--lang', 'en'], t)).toBe(0);
    expect(t.out).toContain('0 safe fix(es) applied');
    expect(t.out).toMatch(/Left for you: [1-9]\d* error\(s\)/);
    expect(t.out).toContain(`jixiao validate ${out}`);
  });

  it('refuses to write over its input', async () => {
    const t = io();
    expect(await runFix(['a.xlsx', '-o', 'a.xlsx'], t)).toBe(2);
    expect(t.err).toContain('输入文件');
  });

  it('explains an input that cannot be opened', async () => {
    const t = io();
    expect(await runFix([join(dir, 'nope.xlsx'), '-o', join(dir, 'o.xlsx')], t)).toBe(2);
    expect(t.err).toContain('找不到文件');
  });

  it('edits a cell once when two safe fixes claim it, and skips unsafe ones', () => {
    const f = (id: string, cell: string, safe: boolean): Finding => ({
      ruleId: id,
      severity: 'info',
      message: '',
      location: { sheet: 'S', cell },
      fingerprint: id,
      fix: { description: id, safe, edits: [{ sheet: 'S', cell, value: 1 }] },
    });
    const r = safeFixes([f('A', 'B2', true), f('B', 'b2', true), f('C', 'B3', false), f('D', 'B4', true)]);
    expect(r.applied.map((x) => x.ruleId)).toEqual(['A', 'D']);
    expect(r.conflicting.map((x) => x.ruleId)).toEqual(['B']);
    expect(r.edits.map((e) => e.cell)).toEqual(['B2', 'B4']);
  });
});

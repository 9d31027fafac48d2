import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { Report } from '../../src/model/finding';
import { allRuleMeta } from '../../src/rules';
import { cleanForm2024 } from '../helpers/forms';
import { formWorkbookBytes } from './form-workbook';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(...argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    color: false,
  });
  return { code, out, err };
}

async function report(...argv: string[]): Promise<{ code: number; report: Report }> {
  const r = await run('validate', ...argv, '--format', 'json');
  return { code: r.code, report: JSON.parse(r.out) as Report };
}

let dir: string;
const at = (...parts: string[]): string => join(dir, ...parts);

beforeAll(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'jixiao-cli-'));
  await fs.mkdir(at('mixed'));
  await fs.writeFile(at('clean.xlsx'), await formWorkbookBytes([cleanForm2024()]));
  await fs.writeFile(at('mixed', 'a-good.xlsx'), await formWorkbookBytes([cleanForm2024()]));
  await fs.writeFile(at('mixed', 'b-bad.xlsx'), 'this is not a workbook');
  await fs.writeFile(at('mixed', '~$a-good.xlsx'), 'lock file');
  await fs.mkdir(at('empty'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('通讯录');
  ws.addRow(['姓名', '电话']);
  ws.addRow(['王敏', '021-58385310']);
  await fs.writeFile(at('no-form.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('jixiao', () => {
  it('--version prints the package version', async () => {
    const pkg = JSON.parse(await fs.readFile(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect(await run('--version')).toEqual({ code: 0, out: `${pkg.version}\n`, err: '' });
  });

  it('--help lists the commands', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/validate\s+检查申报表/);
    expect((await run('--help', '--lang', 'en')).out).toMatch(/validate\s+check forms/);
  });

  const usageErrors: [string[], RegExp][] = [
    [[], /用法/],
    [['lint', 'a.xlsx'], /未知命令：lint/],
    [['validate'], /请给出要检查的 \.xlsx 文件或文件夹/],
    [['validate', '--format', 'xml', 'a.xlsx'], /--format 只能是 text\|json\|sarif/],
    [['validate', '--lang', 'en', '--min-severity', 'fatal', 'a.xlsx'], /--min-severity must be error\|warning\|info/],
  ];
  it.each(usageErrors)('exits 2 with usage on %j', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err).toMatch(/用法|Usage/);
  });

  it('validate --help prints the options and exits 0', async () => {
    const r = await run('validate', '--help');
    expect(r.code).toBe(0);
    for (const option of ['--format', '--profile', '--min-severity', '--lang', '--satisfaction-floor']) expect(r.out).toContain(option);
  });
});

describe('jixiao validate', () => {
  it('reads a form file into the Report shape, the project named and profiled', async () => {
    const { report: r } = await report(at('clean.xlsx'));
    expect(Object.keys(r).sort()).toEqual(['files', 'stats']);
    expect(Object.keys(r.stats).sort()).toEqual(['error', 'info', 'warning']);
    expect(r.files).toHaveLength(1);
    const [file] = r.files;
    expect(file?.path).toBe(at('clean.xlsx'));
    expect(file?.error).toBeUndefined();
    const project = file?.projects.find((p) => p.profile !== null);
    expect(project).toMatchObject({ name: '中小企业科技服务平台运维', profile: 'sh-2024', sheet: '申报表' });
    for (const f of project?.findings ?? []) {
      expect(f.location.sheet).toBe('申报表');
      expect(typeof f.fingerprint).toBe('string');
    }
    const counted = r.files.flatMap((x) => x.projects).flatMap((p) => p.findings);
    expect(r.stats.error + r.stats.warning + r.stats.info).toBe(counted.length);
  });

  it('finds no error and no warning in a clean, well-made form, and exits 0', async () => {
    const { code, report: r } = await report(at('clean.xlsx'));
    const loud = r.files.flatMap((f) => f.projects).flatMap((p) => p.findings).filter((f) => f.severity !== 'info');
    expect(loud.map((f) => `${f.ruleId} ${f.location.cell ?? ''} ${f.message}`)).toEqual([]);
    expect(code).toBe(0);
  });

  it('reports a sheet with no form as DOC-PROFILE on that sheet and exits 1', async () => {
    const { code, report: r } = await report(at('no-form.xlsx'));
    expect(code).toBe(1);
    const entry = r.files[0]?.projects.find((p) => p.sheet === '通讯录');
    expect(entry).toMatchObject({ name: '通讯录', profile: null });
    expect(entry?.findings.map((f) => f.ruleId)).toContain('DOC-PROFILE');
  });

  it('checks a form beside a stray value typed far away, and warns about the value in text output', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await formWorkbookBytes([cleanForm2024()])) as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    ws.getCell('E1048576').value = '误输入';
    await fs.writeFile(at('stray.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
    const r = await run('validate', at('stray.xlsx'));
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${ws.name} · 工作表`);
    expect(r.out).toMatch(/E1048576 +DOC-PROFILE +工作表“.+”在 E1048576 等处有 1 个单元格离表单很远/);
    expect(r.out).toContain('中小企业科技服务平台运维 · sh-2024');
  });

  it('goes on past a file it cannot read, and exits 2', async () => {
    const { code, report: r } = await report(at('mixed'));
    expect(code).toBe(2);
    expect(r.files.map((f) => f.path)).toEqual([at('mixed', 'a-good.xlsx'), at('mixed', 'b-bad.xlsx')]);
    expect(r.files[0]?.error).toBeUndefined();
    expect(r.files[0]?.projects.some((p) => p.profile === 'sh-2024')).toBe(true);
    expect(r.files[1]).toEqual({ path: at('mixed', 'b-bad.xlsx'), projects: [], error: expect.stringMatching(/不是 \.xlsx 工作簿/) });
  });

  it('reports a missing path in the run and exits 2', async () => {
    const r = await run('validate', at('missing.xlsx'), at('clean.xlsx'));
    expect(r.code).toBe(2);
    expect(r.out).toContain('找不到文件');
    expect(r.out).toContain(at('clean.xlsx'));
  });

  it('exits 2 when a folder holds no workbook', async () => {
    const r = await run('validate', at('empty'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('没有找到 .xlsx 文件');
  });

  it('text output ends with the summary, in the chosen language', async () => {
    const zh = await run('validate', at('no-form.xlsx'));
    expect(zh.out).toMatch(/DOC-PROFILE/);
    expect(zh.out.trimEnd().split('\n').at(-1)).toMatch(/^共 1 个文件：[1-9]\d* 个错误，\d+ 个警告，\d+ 个提示$/);
    const en = await run('validate', '--lang', 'en', at('no-form.xlsx'));
    expect(en.out.trimEnd().split('\n').at(-1)).toMatch(/^1 file: [1-9]\d* errors?, \d+ warnings?, \d+ info$/);
  });

  it('--min-severity error leaves only errors', async () => {
    const { report: r } = await report('--min-severity', 'error', at('clean.xlsx'), at('no-form.xlsx'));
    const severities = new Set(r.files.flatMap((f) => f.projects).flatMap((p) => p.findings.map((x) => x.severity)));
    expect([...severities]).toEqual(['error']);
    expect(r.stats.warning + r.stats.info).toBe(0);
  });

  it('--satisfaction-floor raises the floor a satisfaction target is held to', async () => {
    const threshold = async (...extra: string[]): Promise<string[]> => {
      const { report: r } = await report(...extra, at('clean.xlsx'));
      return r.files.flatMap((f) => f.projects).flatMap((p) => p.findings).filter((f) => f.ruleId === 'VAL-THRESHOLD').map((f) => f.location.cell ?? '');
    };
    expect(await threshold()).toEqual([]);
    // 服务企业满意度 ≥90.00(%) is the seventh indicator: row 20 of the layout.
    expect(await threshold('--satisfaction-floor', '95')).toEqual(['E20']);
  });

  it('sarif output is SARIF 2.1.0 carrying every rule of the registry', async () => {
    const r = await run('validate', '--format', 'sarif', at('no-form.xlsx'));
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.out);
    expect(sarif.version).toBe('2.1.0');
    const ids: string[] = sarif.runs[0].tool.driver.rules.map((x: { id: string }) => x.id);
    expect(ids).toEqual(expect.arrayContaining([...allRuleMeta().map((m) => m.id), 'DOC-PROFILE']));
    expect(sarif.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'DOC-PROFILE').shortDescription.text).not.toBe('DOC-PROFILE');
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toContain('DOC-PROFILE');
  });
});

describe('jixiao validate on workbooks of several sheets', () => {
  it('gives one entry per project, in sheet order', async () => {
    const second = cleanForm2024();
    second.fields = { ...second.fields, name: '科技服务平台二期' };
    const path = at('two.xlsx');
    await fs.writeFile(path, await formWorkbookBytes([cleanForm2024(), second]));
    const { report: r } = await report(path);
    const projects = r.files[0]?.projects.filter((p) => p.profile !== null) ?? [];
    expect(projects.map((p) => [p.name, p.sheet])).toEqual([
      ['中小企业科技服务平台运维', '项目1'],
      ['科技服务平台二期', '项目2'],
    ]);
  });

  it('reports a workbook of blank sheets as DOC-PROFILE and exits 1', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    const path = at('blank.xlsx');
    await fs.writeFile(path, Buffer.from(await wb.xlsx.writeBuffer()));
    const { code, report: r } = await report(path);
    expect(code).toBe(1);
    expect(r.files[0]?.projects.flatMap((p) => p.findings).map((f) => f.ruleId)).toEqual(['DOC-PROFILE']);
  });
});

describe('jixiao validate on cells exceljs wrote', () => {
  it('locates a formula error and a text amount at their cells', async () => {
    const form = cleanForm2024();
    form.funding = { ...form.funding, carryover: { error: '#REF!' }, currentAppropriation: '1,150,000.00' };
    const path = at('cells.xlsx');
    await fs.writeFile(path, await formWorkbookBytes([form]));
    const { code, report: r } = await report(path);
    const findings = r.files[0]?.projects.flatMap((p) => p.findings) ?? [];
    const where = (id: string): string[] => findings.filter((f) => f.ruleId === id).map((f) => f.location.cell ?? '');
    // The layout puts 上年结转资金 at E9 and 当年财政拨款 at E8.
    expect(where('DOC-FORMULA-ERROR')).toEqual(['E9']);
    expect(where('FUND-NUMBER')).toContain('E8');
    expect(code).toBe(1);
  });
});

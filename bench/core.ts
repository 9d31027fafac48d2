import { promises as fs, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { main } from '../src/cli/main';
import { XlsxHost } from '../src/hosts/xlsx';
import type { Finding } from '../src/model/finding';
import type { Form, Indicator } from '../src/model/form';
import { formFromSample } from '../src/model/sample';
import type { WorkbookSnapshot } from '../src/model/snapshot';
import { cellText } from '../src/parse/text';
import { readWorkbook } from '../src/read';
import { profileById } from '../src/profiles';
import { FORM_RULES } from '../src/rules';
import { createContext } from '../src/rules/context';
import { indicatorFacts } from '../src/rules/facts';
import { validateProjects } from '../src/validate';
import { planStandardForm } from '../src/write/standard';
import { cleanForm2024 } from '../test/helpers/forms';

/**
 * The core path's cost against the floor it cannot beat:
 *  - read + validate of one 5,000-indicator form vs touching each of its cells once (target ≤ 5×), on
 *    the snapshot in memory and again from the file;
 *  - `jixiao validate` over 100 sample-sized files vs exceljs only loading them (target ≤ 1.5×).
 */
const INDICATORS = 5000;
const FILES = 100;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

async function timeRuns(runs: number, fn: () => unknown): Promise<number> {
  await fn(); // warm-up: JIT and module caches
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/**
 * Medians of several contenders run round-robin, so that the machine's drift (other processes,
 * GC debt left by the previous contender) falls on all of them alike.
 */
async function timeInterleaved<K extends string>(runs: number, fns: Record<K, () => unknown>): Promise<Record<K, number>> {
  const keys = Object.keys(fns) as K[];
  const times = {} as Record<K, number[]>;
  for (const k of keys) {
    await fns[k](); // warm-up
    times[k] = [];
  }
  for (let i = 0; i < runs; i++) {
    for (const k of keys) {
      const t = performance.now();
      await fns[k]();
      times[k].push(performance.now() - t);
    }
  }
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = median(times[k]);
  return out;
}

/** A well-made form grown to `n` indicators, spread over every level-2 group in tree order. */
function bigForm(n: number): Form {
  const base = cleanForm2024();
  const groups: [string, string, (i: number) => [string, string]][] = [
    ['成本指标', '经济成本指标', (i) => [`单项服务成本${i}`, `≤${(1000 + i).toFixed(2)}(元)`]],
    ['产出指标', '数量指标', (i) => [`服务企业数${i}`, `≥${(100 + i).toFixed(2)}(家次)`]],
    ['产出指标', '质量指标', (i) => [`服务验收合格率${i}`, '≥95.00(%)']],
    ['产出指标', '时效指标', (i) => [`第${i}项服务完成时间`, '2024年12月底前完成']],
    ['效益指标', '社会效益指标', (i) => [`企业问题解决率${i}`, '≥85.00(%)']],
    ['效益指标', '可持续影响指标', (i) => [`平台持续运行年限${i}`, '≥3.00(年)']],
    ['满意度指标', '服务对象满意度指标', (i) => [`服务企业满意度${i}`, '≥90.00(%)']],
  ];
  const per = Math.ceil(n / groups.length);
  const indicators: Indicator[] = [];
  for (const [level1, level2, make] of groups) {
    for (let i = 1; i <= per && indicators.length < n; i++) {
      const [name, value] = make(indicators.length + 1);
      indicators.push({ level1, level2, name, value });
    }
  }
  return { ...base, indicators };
}

function sampleForms(): Form[] {
  const dir = join(__dirname, '..', '..', 'shared', 'samples');
  try {
    const forms = ['sh2024-repairs.json', 'sh2024-vehicle.json'].map((f) =>
      formFromSample(JSON.parse(readFileSync(join(dir, f), 'utf8'))),
    );
    return [...forms, cleanForm2024()];
  } catch {
    return [cleanForm2024()];
  }
}

/** Touches every value once: the least any pass over the form can cost. */
function barePass(snapshot: WorkbookSnapshot): number {
  let n = 0;
  for (const sheet of snapshot.sheets) for (const row of sheet.values) for (const v of row) n += cellText(v).length;
  return n;
}

/**
 * Where validation time goes: the five costliest form rules on the big form. Each run reads the
 * snapshot afresh and runs the rules in catalogue order, as validation does, so that work shared
 * between rules (the indicator facts, parsed once per form) is paid as in a real run; the facts are
 * timed on their own, before the rules.
 */
async function slowestRules(snapshot: WorkbookSnapshot, runs = 5): Promise<{ facts: number; rules: [string, number][] }> {
  const times = new Map<string, number[]>();
  const facts: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const project = readWorkbook(snapshot, { profile: 'auto', locale: 'zh-CN' }).projects[0];
    if (!project) break;
    const profile = profileById(project.form.profile);
    if (!profile) break;
    let t = performance.now();
    indicatorFacts(project.form, profile);
    if (run > 0) facts.push(performance.now() - t); // run 0 warms up
    const sink: Finding[] = [];
    for (const rule of FORM_RULES) {
      t = performance.now();
      rule.check(createContext(rule.meta, project.form, project.cells, profile, 'zh-CN', sink));
      if (run > 0) times.set(rule.meta.id, [...(times.get(rule.meta.id) ?? []), performance.now() - t]);
    }
  }
  const rules = [...times].map(([id, ts]): [string, number] => [id, median(ts)]);
  return { facts: median(facts), rules: rules.sort((a, b) => b[1] - a[1]).slice(0, 5) };
}

const discard = { write: (): boolean => true };

/** The form as the product itself lays it out (the standard sh-2024 layout), written with exceljs. */
async function standardWorkbook(form: Form): Promise<Buffer> {
  const profile = profileById(form.profile);
  if (!profile) throw new Error(`unknown profile ${form.profile}`);
  const host = XlsxHost.create();
  await host.apply([planStandardForm(form, profile, { sheet: '申报表' })]);
  return host.toBuffer();
}

async function run(): Promise<void> {
  const dir = await fs.mkdtemp(join(tmpdir(), 'jixiao-bench-'));
  try {
    // 1. One big form: reading and validating against a bare pass over the same snapshot.
    const bigPath = join(dir, 'big.xlsx');
    await fs.writeFile(bigPath, await standardWorkbook(bigForm(INDICATORS)));
    const snapshot = await (await XlsxHost.open(bigPath)).snapshot();
    const cells = snapshot.sheets.reduce((s, sh) => s + sh.values.length * (sh.values[0]?.length ?? 0), 0);
    const read = readWorkbook(snapshot, { profile: 'auto', locale: 'zh-CN' });
    const found = read.projects[0]?.form.indicators.length ?? 0;
    const findings = validateProjects(read.projects, { locale: 'zh-CN' }).flat().length + read.findings.length;
    const validateMs = await timeRuns(9, () => {
      const r = readWorkbook(snapshot, { profile: 'auto', locale: 'zh-CN' });
      validateProjects(r.projects, { locale: 'zh-CN' });
    });
    const bareMs = await timeRuns(51, () => barePass(snapshot));
    const readMs = await timeRuns(5, () => readWorkbook(snapshot, { profile: 'auto', locale: 'zh-CN' }));
    const snapshotMs = await timeRuns(5, async () => (await XlsxHost.open(bigPath)).snapshot());
    // The same comparison as a user meets it, from the file: the product's whole path against exceljs
    // loading the file and touching each cell once.
    const fromFile = await timeInterleaved(5, {
      product: async () => {
        const r = readWorkbook(await (await XlsxHost.open(bigPath)).snapshot(), { profile: 'auto', locale: 'zh-CN' });
        validateProjects(r.projects, { locale: 'zh-CN' });
      },
      bare: async () => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load((await fs.readFile(bigPath)) as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
        let n = 0;
        wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => (n += String(c.value ?? '').length))));
        return n;
      },
    });
    const slowest = await slowestRules(snapshot);

    // 2. A folder of sample-sized files: the whole command line against exceljs loading alone.
    const forms = sampleForms();
    const filesDir = join(dir, 'files');
    await fs.mkdir(filesDir);
    const paths: string[] = [];
    for (let i = 0; i < FILES; i++) {
      const form = forms[i % forms.length] ?? cleanForm2024();
      const path = join(filesDir, `form-${String(i).padStart(3, '0')}.xlsx`);
      await fs.writeFile(path, await standardWorkbook(form));
      paths.push(path);
    }
    let exit = -1;
    const folder = await timeInterleaved(5, {
      cli: async () => {
        exit = await main(['validate', filesDir, '--format', 'json'], { stdout: discard, stderr: discard, color: false });
      },
      load: async () => {
        for (const path of paths) {
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load((await fs.readFile(path)) as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
        }
      },
      host: async () => {
        for (const path of paths) await (await XlsxHost.open(path)).snapshot();
      },
    });
    const { cli: cliMs, load: loadMs, host: hostMs } = folder;

    const f = (ms: number): string => `${ms.toFixed(2)} ms`;
    const rows: [string, string][] = [
      [`form of ${INDICATORS} indicators`, `${cells} cells, ${found} indicators read, ${findings} findings`],
      ['read + validate (median of 9)', f(validateMs)],
      ['bare pass over the cells (median of 51)', f(bareMs)],
      ['ratio validate / bare (target ≤ 5)', (validateMs / bareMs).toFixed(2)],
      ['  of which read alone (median of 5)', f(readMs)],
      ['  shared indicator facts, fresh read (median of 5)', f(slowest.facts)],
      ...slowest.rules.map(([id, ms]): [string, string] => [`  rule ${id}, fresh read (median of 5)`, f(ms)]),
      ['  (open + snapshot of that file, median of 5)', f(snapshotMs)],
      ['from the file: open + read + validate (median of 5)', f(fromFile.product)],
      ['from the file: exceljs load + touch each cell (median of 5)', f(fromFile.bare)],
      ['ratio from the file', (fromFile.product / fromFile.bare).toFixed(2)],
      [`jixiao validate, ${FILES} files (two open at a time), json (median of 5)`, `${f(cliMs)} (exit ${exit})`],
      [`exceljs load, same ${FILES} files (median of 5)`, f(loadMs)],
      ['ratio CLI / exceljs load (target ≤ 1.5)', (cliMs / loadMs).toFixed(2)],
      [`  of which XlsxHost open + snapshot, same ${FILES} files`, `${f(hostMs)} (${(hostMs / loadMs).toFixed(2)}× load)`],
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    for (const [k, v] of rows) process.stdout.write(`${k.padEnd(width)}  ${v}\n`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

run().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});

/**
 * Writes examples/ from ../shared/samples: the three real forms in the standard layout, and one clean
 * form of each generation (complete, arithmetic right, standard value style) that the checker
 * passes without an error or a warning. Run: npx tsx scripts/make-examples.ts
 *
 * The files are byte-stable: fixed workbook dates and fixed zip entry dates, so regenerating them
 * changes nothing unless the layout does.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { renderForms } from '../src/cli/render';
import type { Form } from '../src/model/form';
import { formFromSample } from '../src/model/sample';
import { readWorkbook } from '../src/read';
import { validateProjects } from '../src/validate';

const ROOT = join(__dirname, '..');
const SAMPLES = join(ROOT, '..', 'shared', 'samples');
const OUT = join(ROOT, 'examples');
const FIXED = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));

export const cleanSh2024: Form = {
  profile: 'sh-2024',
  year: 2024,
  title: null,
  fields: {
    name: '科技企业孵化服务平台运行维护',
    nature: '其他经常性项目',
    category: '特定目标类',
    competentDept: '上海市科学技术委员会',
    unit: '上海市科技创业中心',
    start: '2024-01-01',
    end: '2024-12-31',
    leader: '王敏',
    contact: '李强',
    phone: '021-64581234',
  },
  checks: {},
  funding: {
    projectTotal: 1200000,
    projectFiscal: 1200000,
    projectOther: 0,
    totalRequested: 1200000,
    currentAppropriation: 1150000,
    carryover: 50000,
    other: 0,
  },
  amountScale: 1,
  subItems: [],
  goals: {
    overall: '建成稳定运行的科技企业孵化服务平台，全年服务企业不少于300家次，组织创业培训3-5次，服务对象满意度不低于90%。',
    annual: '2024年完成平台运行维护，服务企业不少于300家次，组织创业培训3-5次，平台全年可用率不低于99%。',
  },
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '服务企业数', value: '≥300.00(家次)' },
    { level1: '产出指标', level2: '数量指标', name: '组织培训次数', value: '≥3.00(次)' },
    { level1: '产出指标', level2: '质量指标', name: '平台可用率', value: '≥99.00(%)' },
    { level1: '产出指标', level2: '时效指标', name: '平台运维完成时间', value: '2024年12月底前完成' },
    { level1: '效益指标', level2: '社会效益指标', name: '企业问题解决率', value: '≥85.00(%)' },
    { level1: '效益指标', level2: '可持续影响指标', name: '平台持续运行年限', value: '≥3.00(年)' },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '服务企业满意度', value: '≥90.00(%)' },
  ],
};

const NATURE_2019 = ['市委市政府已确定的新增项目', '结转项目', '其他一次性项目', '经常性专项业务费', '其他经常性项目'];
const CATEGORY_2019 = ['基本建设工程类', '信息化建设类', '政策补贴类', '政府购买服务', '资产购置类', '其他事业专业类'];

export const cleanSh2019: Form = {
  profile: 'sh-2019',
  year: 2019,
  title: null,
  fields: {
    name: '生物医药产业交流对接',
    unit: '上海市生物医药科技产业促进中心',
    competentDept: '上海市科学技术委员会',
    nature: '其他一次性项目',
    category: '其他事业专业类',
    leader: '王敏',
    contact: '李强',
    phone: '021-58385310',
    start: '2019-01-02',
    end: '2019-08-30',
    overview: '举办生物医药产业交流对接研讨会1次，搭建国内外生物医药产学研交流合作平台。',
    basis: '《上海市促进生物医药产业高质量发展行动方案》。',
    necessity: '促进创新成果转移转化，服务本市生物医药企业发展需求。',
    measures: '执行中心会议费管理、合同管理和财务报销制度，项目负责人全程跟踪。',
    plan: '1-3月筹备，4-5月宣传推广与邀请，6月举办研讨会，7-8月总结评估。',
  },
  checks: {
    nature: { options: NATURE_2019, ticked: ['其他一次性项目'] },
    category: { options: CATEGORY_2019, ticked: ['其他事业专业类'] },
  },
  funding: { totalBudget: 600000, yearBudget: 600000, lastYearBudget: 550000, lastYearExecuted: 540000 },
  amountScale: 1,
  subItems: [
    { name: '研讨会组织', amount: 400000 },
    { name: '宣传推广', amount: 200000 },
  ],
  goals: {
    overall: '搭建生物医药国际交流平台，促进创新成果转移转化。',
    annual: '举办研讨会1次，参会人员不少于500人。',
  },
  indicators: [
    { level1: '投入和管理目标', level2: '资金投入管理', name: '预算执行率', value: '≥95.00(%)' },
    { level1: '产出目标', level2: '数量目标', name: '举办研讨会次数', value: '≥1.00(次)' },
    { level1: '产出目标', level2: '数量目标', name: '参会人数', value: '≥500.00(人)' },
    { level1: '产出目标', level2: '质量目标', name: '议程完成率', value: '=100.00(%)' },
    { level1: '产出目标', level2: '时效目标', name: '研讨会举办时间', value: '2019年6月底前' },
    { level1: '效果目标', level2: '社会效益目标', name: '促成合作意向数', value: '≥1.00(项)' },
    { level1: '效果目标', level2: '满意度目标', name: '参会人员满意度', value: '≥90.00(%)' },
    { level1: '影响力目标', level2: '长效管理', name: '管理制度健全性', value: '健全' },
  ],
};

const run = promisify(execFile);

/**
 * .xlsx files to PDF with LibreOffice headless (one soffice run for all of them), into `outDir`.
 * A private user profile keeps it apart from any other LibreOffice running on the machine.
 */
export async function toPdf(files: readonly string[], outDir: string): Promise<string[]> {
  const profile = await fs.mkdtemp(join(tmpdir(), 'jixiao-lo-'));
  try {
    await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
      timeout: 120_000,
    });
  } finally {
    await fs.rm(profile, { recursive: true, force: true });
  }
  return files.map((f) => join(outDir, basename(f).replace(/\.xlsx$/i, '.pdf')));
}

/** The first page of a PDF as a PNG at `dpi`. */
export async function firstPagePng(pdf: string, png: string, dpi = 80): Promise<void> {
  const stem = png.replace(/\.png$/i, '');
  await run('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdf, stem]);
}

/** The same bytes for the same workbook: zip entries dated FIXED, in a fixed order. */
async function stableBytes(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (!entry || entry.dir) continue;
    out.file(name, await entry.async('uint8array'), { date: FIXED, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
}

export async function writeExample(form: Form, file: string, dir = OUT): Promise<string> {
  const host = await renderForms([form]);
  host.workbook.creator = 'JiXiao';
  host.workbook.lastModifiedBy = 'JiXiao';
  host.workbook.created = FIXED;
  host.workbook.modified = FIXED;
  const path = join(dir, file);
  await fs.writeFile(path, await stableBytes(await host.toBuffer()));
  return path;
}

async function main(): Promise<void> {
  await fs.mkdir(OUT, { recursive: true });
  const written: string[] = [];
  for (const name of ['sh2019-bioforum', 'sh2024-repairs', 'sh2024-vehicle']) {
    const form = formFromSample(JSON.parse(await fs.readFile(join(SAMPLES, `${name}.json`), 'utf8')));
    written.push(await writeExample(form, `${name}.xlsx`));
  }
  // The clean forms must stay clean: the checker is run on what was written.
  let dirty = 0;
  for (const [form, file] of [
    [cleanSh2024, 'clean-sh2024.xlsx'],
    [cleanSh2019, 'clean-sh2019.xlsx'],
  ] as const) {
    const path = await writeExample(form, file);
    written.push(path);
    const host = await renderForms([form]);
    const findings = validateProjects(readWorkbook(await host.snapshot()).projects, { locale: 'zh-CN', minSeverity: 'warning' }).flat();
    for (const f of findings) console.error(`${file}: ${f.severity} ${f.ruleId} ${f.location.cell ?? ''} ${f.message}`);
    dirty += findings.length;
  }
  // One picture of each generation's standard form for the README (needs LibreOffice and poppler).
  const docs = join(ROOT, 'docs');
  await fs.mkdir(docs, { recursive: true });
  const work = await fs.mkdtemp(join(tmpdir(), 'jixiao-docs-'));
  try {
    const pdfs = await toPdf([join(OUT, 'clean-sh2024.xlsx'), join(OUT, 'clean-sh2019.xlsx')], work);
    const pngs = [join(docs, 'standard-form-sh2024.png'), join(docs, 'standard-form-sh2019.png')];
    for (let i = 0; i < pdfs.length; i++) await firstPagePng(pdfs[i] as string, pngs[i] as string);
    written.push(...pngs);
  } catch (err) {
    console.error(`docs/ pictures not made (LibreOffice or poppler missing?): ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
  for (const p of written) console.log(`wrote ${p}`);
  if (dirty > 0) {
    console.error(`${dirty} error(s)/warning(s) on the clean forms`);
    process.exitCode = 1;
  }
}

if (require.main === module) void main();

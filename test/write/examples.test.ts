import { promises as fs } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanSh2019, cleanSh2024, writeExample } from '../../scripts/make-examples';
import { XlsxHost } from '../../src/hosts/xlsx';
import { readWorkbook } from '../../src/read';
import { validateProjects } from '../../src/validate';
import { standardForm } from '../../src/write';
import { profileOf, sampleForm } from './helpers';

const EXAMPLES = join(__dirname, '..', '..', 'examples');

async function projectsOf(file: string) {
  const host = await XlsxHost.open(join(EXAMPLES, file));
  return readWorkbook(await host.snapshot()).projects;
}

describe('examples/', () => {
  it.each([
    ['sh2019-bioforum.xlsx', 'sh2019-bioforum.json'],
    ['sh2024-repairs.xlsx', 'sh2024-repairs.json'],
    ['sh2024-vehicle.xlsx', 'sh2024-vehicle.json'],
  ])('%s holds the sample in the standard layout', async (file, sample) => {
    const form = sampleForm(sample);
    expect((await projectsOf(file)).map((p) => p.form)).toEqual([standardForm(form, profileOf(form))]);
  });

  it.each([
    ['clean-sh2024.xlsx', cleanSh2024],
    ['clean-sh2019.xlsx', cleanSh2019],
  ])('%s is a clean form: no error, no warning', async (file, form) => {
    const projects = await projectsOf(file);
    expect(projects.map((p) => p.form)).toEqual([standardForm(form, profileOf(form))]);
    const findings = validateProjects(projects, { locale: 'zh-CN', minSeverity: 'warning' }).flat();
    expect(findings.map((f) => `${f.ruleId} ${f.location.cell ?? ''} ${f.message}`)).toEqual([]);
  });

  it('the samples are not clean: the checker still finds their mistakes', async () => {
    const projects = await projectsOf('sh2024-repairs.xlsx');
    expect(validateProjects(projects, { locale: 'zh-CN', minSeverity: 'warning' }).flat().length).toBeGreaterThan(0);
  });

  it('are up to date and byte-stable: writing them again gives the same bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-examples-'));
    const again = await writeExample(cleanSh2024, 'clean-sh2024.xlsx', dir);
    expect(await fs.readFile(again)).toEqual(await fs.readFile(join(EXAMPLES, 'clean-sh2024.xlsx')));
  });
});

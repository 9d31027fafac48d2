import type { Finding } from '../../src/model/finding';
import type { ReadProject } from '../../src/model/form';
import type { WorkbookSnapshot } from '../../src/model/snapshot';
import { join } from 'node:path';
import { readWorkbook } from '../../src/read';
import { buildReport, reportSnapshot, statsOf, type ReadWorkbook, type ReportOptions } from '../../src/report';
import { cleanForm2024, placed } from '../helpers/forms';

const snapshot: WorkbookSnapshot = {
  sheets: ['说明', '申报表', '附表'].map((name) => ({ name, values: [], formulas: [], numberFormats: [], merges: [] })),
};

function sheetFinding(sheet: string, severity: Finding['severity'], ruleId = 'DOC-PROFILE'): Finding {
  return { ruleId, severity, message: `${sheet}: ${ruleId}`, location: { sheet }, fingerprint: `${sheet}-${ruleId}` };
}

function onSheet(p: ReadProject, sheet: string, top: number): ReadProject {
  return { form: p.form, cells: { ...p.cells, sheet, extent: { ...p.cells.extent, top } } };
}

function options(read: ReadWorkbook, over: Partial<ReportOptions['settings']> = {}): ReportOptions {
  return { profile: 'auto', read, settings: { locale: 'zh-CN', ...over } };
}

describe('reportSnapshot', () => {
  const project = placed(cleanForm2024());
  const unnamed = placed({ ...cleanForm2024(), fields: { ...cleanForm2024().fields, name: '  ' } });

  it('orders entries by sheet then position; sheet-level findings become an entry named after the sheet', () => {
    const read: ReadWorkbook = () => ({
      projects: [onSheet(project, '申报表', 40), onSheet(unnamed, '申报表', 1)],
      findings: [sheetFinding('附表', 'error'), sheetFinding('说明', 'error'), sheetFinding('说明', 'info', 'DOC-NOTE')],
    });
    const file = reportSnapshot('a.xlsx', snapshot, options(read));
    expect(file.error).toBeUndefined();
    expect(file.projects.map((p) => [p.name, p.profile, p.sheet])).toEqual([
      ['说明', null, '说明'],
      ['申报表', 'sh-2024', '申报表'],
      ['中小企业科技服务平台运维', 'sh-2024', '申报表'],
      ['附表', null, '附表'],
    ]);
    expect(file.projects[0]?.findings.map((f) => f.ruleId)).toEqual(['DOC-PROFILE', 'DOC-NOTE']);
  });

  it('passes the profile choice to the reader', () => {
    const seen: string[] = [];
    const read: ReadWorkbook = (_s, o) => {
      seen.push(o.profile);
      return { projects: [], findings: [] };
    };
    reportSnapshot('a.xlsx', snapshot, { ...options(read), profile: 'sh-2019' });
    expect(seen).toEqual(['sh-2019']);
  });

  it('leaves out sheet-level findings below the minimum severity', () => {
    const read: ReadWorkbook = () => ({ projects: [], findings: [sheetFinding('说明', 'info'), sheetFinding('附表', 'error')] });
    const file = reportSnapshot('a.xlsx', snapshot, options(read, { minSeverity: 'warning' }));
    expect(file.projects.map((p) => p.sheet)).toEqual(['附表']);
  });

  it('turns a reader that throws into a file error, not a crash', () => {
    const read: ReadWorkbook = () => {
      throw new Error('boom');
    };
    expect(reportSnapshot('a.xlsx', snapshot, options(read))).toEqual({
      path: 'a.xlsx',
      projects: [],
      error: '检查时内部出错（internal error while checking: boom）',
    });
  });
});

describe('buildReport', () => {
  const example = (name: string): string => join(__dirname, '..', '..', 'examples', name);

  it('reports the files in the order given, though it reads two at a time; a missing file in between stops nothing', async () => {
    const paths = [example('sh2024-repairs.xlsx'), example('no-such-file.xlsx'), example('clean-sh2019.xlsx'), example('sh2024-vehicle.xlsx')];
    const report = await buildReport(paths, options(readWorkbook));
    expect(report.files.map((f) => f.path)).toEqual(paths);
    expect(report.files.map((f) => f.error === undefined)).toEqual([true, false, true, true]);
    expect(report.files.map((f) => f.projects.map((p) => p.profile))).toEqual([['sh-2024'], [], ['sh-2019'], ['sh-2024']]);
    expect(report.stats).toEqual(statsOf(report.files));
  });
});

describe('statsOf', () => {
  it('counts findings by severity over all files and projects', () => {
    const files = [
      { path: 'a', projects: [{ name: 'x', profile: null, sheet: 'x', findings: [sheetFinding('x', 'error'), sheetFinding('x', 'info')] }] },
      { path: 'b', projects: [], error: 'bad' },
      { path: 'c', projects: [{ name: 'y', profile: null, sheet: 'y', findings: [sheetFinding('y', 'error')] }] },
    ];
    expect(statsOf(files)).toEqual({ error: 2, warning: 0, info: 1 });
  });
});

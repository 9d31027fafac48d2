import { formatJson } from '../../src/cli/format/json';
import { artifactUri, toSarif } from '../../src/cli/format/sarif';
import { formatText, summaryLine } from '../../src/cli/format/text';
import type { RuleMeta } from '../../src/rules/types';
import { sampleReport } from './report-fixture';

const RULES: RuleMeta[] = [
  {
    id: 'FUND-SUM',
    severity: 'error',
    fixable: false,
    docs: { zh: '资金加总不成立', en: 'Funding does not add up' },
    messages: { sum: { zh: '{total} ≠ {sum}', en: '{total} != {sum}' } },
  },
  { id: 'VAL-FORMAT', severity: 'info', fixable: true, docs: { zh: '指标值写法', en: 'Value style' }, messages: {} },
];

describe('text output', () => {
  const text = formatText(sampleReport(), 'zh-CN', false);
  const lines = text.split('\n');

  it('groups by file, project and severity, errors first, one finding per line with cell and rule', () => {
    const at = (s: string): number => lines.findIndex((l) => l.includes(s));
    expect(at('forms/维修.xlsx')).toBeLessThan(at('房屋维修 · sh-2024 · 申报表'));
    expect(at('错误 (1)')).toBeLessThan(at('警告 (1)'));
    expect(at('警告 (1)')).toBeLessThan(at('提示 (1)'));
    expect(lines.find((l) => l.includes('FUND-SUM'))).toMatch(/^\s+E9\s+FUND-SUM\s+年度资金申请总额/);
    expect(lines.find((l) => l.includes('VAL-FORMAT'))).toMatch(/D20\s+VAL-FORMAT\s+指标值“≥5场” 不是标准写法\s+\[可自动修复\]$/);
    expect(lines.find((l) => l.includes('DOC-PROFILE'))).toMatch(/^\s+-\s+DOC-PROFILE\s+工作表中没有找到申报表/);
  });

  it('shows an unreadable file with its reason, and ends with a summary', () => {
    expect(text).toContain('✗ .xlsx 文件已损坏');
    expect(lines.filter((l) => l !== '').at(-1)).toBe('共 2 个文件（1 个无法读取）：2 个错误，1 个警告，1 个提示');
  });

  it('has colours only when asked', () => {
    expect(text).not.toMatch(/\u001b\[/);
    expect(formatText(sampleReport(), 'zh-CN', true)).toMatch(/\u001b\[31m/);
  });

  it('speaks English when asked', () => {
    expect(summaryLine(sampleReport(), 'en')).toBe('2 files, 1 could not be read: 2 errors, 1 warning, 1 info');
    expect(formatText(sampleReport(), 'en', false)).toContain('Errors (1)');
  });
});

describe('json output', () => {
  it('is the Report', () => {
    expect(JSON.parse(formatJson(sampleReport()))).toEqual(sampleReport());
  });
});

describe('sarif output', () => {
  const sarif = JSON.parse(JSON.stringify(toSarif(sampleReport(), { name: 'jixiao', version: '0.1.0', rules: RULES }, 'zh-CN')));
  const run = sarif.runs[0];

  it('is SARIF 2.1.0 with the registry rules and any rule the findings use', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(run.tool.driver.name).toBe('jixiao');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['FUND-SUM', 'VAL-FORMAT', 'DOC-PROFILE', 'HDR-REQUIRED']);
    expect(run.tool.driver.rules[0]).toMatchObject({
      shortDescription: { text: '资金加总不成立' },
      defaultConfiguration: { level: 'error' },
    });
  });

  it('locates each result in its file, at its row and column, and by sheet and cell', () => {
    const fund = run.results.find((r: { ruleId: string }) => r.ruleId === 'FUND-SUM');
    expect(fund).toMatchObject({
      ruleIndex: 0,
      level: 'error',
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: 'forms/%E7%BB%B4%E4%BF%AE.xlsx', index: 0 }, region: { startLine: 9, startColumn: 5 } },
          logicalLocations: [{ name: 'E9', fullyQualifiedName: "'申报表'!E9", kind: 'element' }],
        },
      ],
      fingerprints: { 'jixiao/v1': '0a1b2c3d' },
      relatedLocations: [{ id: 1, message: { text: 'addend' } }],
    });
    const info = run.results.find((r: { ruleId: string }) => r.ruleId === 'VAL-FORMAT');
    expect(info.level).toBe('note');
    expect(info.properties.fix.safe).toBe(true);
    const sheetLevel = run.results.find((r: { ruleId: string }) => r.ruleId === 'DOC-PROFILE');
    expect(sheetLevel.locations[0].physicalLocation.region).toBeUndefined();
    expect(sheetLevel.ruleIndex).toBe(2);
  });

  it('reports an unreadable file as a failed execution, not a result', () => {
    expect(run.results).toHaveLength(4);
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications[0]).toMatchObject({
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { index: 1 } } }],
    });
    expect(run.artifacts).toHaveLength(2);
  });

  it('gives absolute paths as file URLs', () => {
    expect(artifactUri('/tmp/申报 表.xlsx')).toBe('file:///tmp/%E7%94%B3%E6%8A%A5%20%E8%A1%A8.xlsx');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../src/model/finding';
import type { ReadProject } from '../../src/model/form';
import { formFromSample } from '../../src/model/sample';
import { documentRules } from '../../src/rules/document';
import { fundingRules } from '../../src/rules/funding';
import { goalsRules } from '../../src/rules/goals';
import { headerRules } from '../../src/rules/header';
import { validateProjects } from '../../src/validate';
import { placed } from '../helpers/forms';
import { runRule } from '../helpers/rule-tester';

/**
 * What the document, header, funding, goal and set rules say about the three real samples
 * (../shared/samples), mistakes included. Each line: rule, cell, severity, and what the message must say.
 */
const samples = join(__dirname, '..', '..', '..', 'shared', 'samples');
const load = (f: string): ReadProject => placed(formFromSample(JSON.parse(readFileSync(join(samples, f), 'utf8'))));

const rules = [...documentRules, ...headerRules, ...fundingRules, ...goalsRules];
const run = (p: ReadProject): Finding[] => rules.flatMap((r) => runRule(r, p));

interface Seen {
  rule: string;
  cell: string;
  severity: string;
  says: string[];
  fix?: { value: unknown; safe: boolean };
}

const blankWholePeriod = (total: string, value: number): Seen[] => [
  { rule: 'FUND-REQUIRED', cell: 'B20', severity: 'warning', says: ['项目资金总额 为空', `应与年度资金申请总额相同：${total}`], fix: { value, safe: false } },
  { rule: 'FUND-REQUIRED', cell: 'B21', severity: 'warning', says: ['财政资金 为空', `应为 ${total}`], fix: { value, safe: false } },
  { rule: 'FUND-REQUIRED', cell: 'B22', severity: 'warning', says: ['其他资金（项目全周期） 为空', '0.00'], fix: { value: 0, safe: false } },
];
const noOverallGoal: Seen = { rule: 'GOAL-MISSING', cell: 'B30', severity: 'error', says: ['「项目总目标」未填写', '可与「年度总体目标」写成一致'] };

const expected: [string, Seen[]][] = [
  // The whole-period column is blank and only one goal text is printed; the rest adds up.
  ['sh2024-repairs.json', [...blankWholePeriod('3,117,000.00', 3117000), noOverallGoal]],
  ['sh2024-vehicle.json', [...blankWholePeriod('249,800.00', 249800), noOverallGoal]],
  // 项目负责人 blank; sub-items, the year against the total and the prior-year execution all agree.
  ['sh2019-bioforum.json', [{ rule: 'HDR-REQUIRED', cell: 'B10', severity: 'error', says: ['「项目负责人」未填写'] }]],
];

describe.each(expected)('%s', (file, seen) => {
  const found = run(load(file));

  it('gets exactly the expected findings from these rules', () => {
    expect(found.map((f) => `${f.ruleId} ${f.location.cell ?? ''} ${f.severity}`)).toEqual(
      seen.map((s) => `${s.rule} ${s.cell} ${s.severity}`),
    );
  });

  it.each(seen.map((s, i) => [`${s.rule} ${s.cell}`, s, i] as const))('%s says what it must', (_, s, i) => {
    const f = found[i];
    for (const part of s.says) expect(f?.message).toContain(part);
    if (s.fix) {
      expect(f?.fix?.edits.map((e) => e.value)).toEqual([s.fix.value]);
      expect(f?.fix?.safe).toBe(s.fix.safe);
    }
  });
});

describe('the three samples as one workbook', () => {
  it('share no indicator row verbatim (no SET-DUPLICATE-ROW)', () => {
    const projects = expected.map(([file]) => load(file));
    const perProject = validateProjects(projects);
    expect(perProject.flat().filter((f) => f.ruleId === 'SET-DUPLICATE-ROW')).toEqual([]);
  });

  it('flags the rows of a project filed twice', () => {
    const a = load('sh2024-vehicle.json');
    const b = load('sh2024-vehicle.json');
    const perProject = validateProjects([a, b]);
    const dup = (i: number): string[] =>
      (perProject[i] ?? []).filter((f) => f.ruleId === 'SET-DUPLICATE-ROW').map((f) => f.location.cell ?? '');
    expect(dup(0)).toEqual([]);
    expect(dup(1)).toEqual(['C51', 'C52', 'C53', 'C54', 'C55']);
  });
});

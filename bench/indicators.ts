/**
 * The indicator structure and placement rules on a large table: `npx tsx bench/indicators.ts`.
 * 5,000 rows of the clean form's indicators repeated, plus a run of misfiled rows, on a placed sheet.
 */
import { performance } from 'node:perf_hooks';
import type { Indicator } from '../src/model/form';
import { indicatorsRules } from '../src/rules/indicators';
import { placementRules } from '../src/rules/placement';
import { cleanForm2024, placed } from '../test/helpers/forms';
import { runRule } from '../test/helpers/rule-tester';

const base = cleanForm2024();
const rows: Indicator[] = [];
for (let i = 0; rows.length < 5000; i++) {
  const ind = base.indicators[i % base.indicators.length];
  if (ind) rows.push({ ...ind, name: `${ind.name}${i}` });
}
for (let i = 0; i < 200; i++) rows.push({ level1: '产出类', level2: '数量指标', name: `误放${i}`, value: '≥1.00(个)' });
const project = placed({ ...base, indicators: rows });

const rules = [...indicatorsRules, ...placementRules];
const runs = 5;
// A fresh indicator array per run: the placement rules share one classification per array, and a
// warm cache would hide its cost. The first placement rule of each run pays it.
const fresh = () => ({ form: { ...project.form, indicators: [...project.form.indicators] }, cells: project.cells });
const totals = new Map<string, number>();
let findings = new Map<string, number>();
const t0 = performance.now();
for (let k = 0; k < runs; k++) {
  const p = fresh();
  findings = new Map();
  for (const rule of rules) {
    const t = performance.now();
    findings.set(rule.meta.id, runRule(rule, p).length);
    totals.set(rule.meta.id, (totals.get(rule.meta.id) ?? 0) + performance.now() - t);
  }
}
for (const rule of rules) {
  const ms = (totals.get(rule.meta.id) ?? 0) / runs;
  console.log(`${rule.meta.id.padEnd(22)} ${ms.toFixed(1).padStart(8)} ms  ${findings.get(rule.meta.id) ?? 0} findings`);
}
console.log(`all ${rules.length} rules: ${((performance.now() - t0) / runs).toFixed(1)} ms per run on ${rows.length} rows`);

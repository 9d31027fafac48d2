/**
 * The parsers and the value rules on a large table: `npx tsx bench/values.ts`.
 * Parses a mix of value writings (standard, loose, deadlines, words, several targets), amounts and
 * dates, then runs the value rules on 5,000 indicator rows.
 */
import { performance } from 'node:perf_hooks';
import type { Indicator } from '../src/model/form';
import { parseAmount } from '../src/parse/amount';
import { parseDate } from '../src/parse/date';
import { parseTarget } from '../src/parse/target';
import { valuesRules } from '../src/rules/values';
import { cleanForm2024, placed } from '../test/helpers/forms';
import { runRule } from '../test/helpers/rule-tester';

const VALUES = [
  '≥90.00(%)', '=100.00(%)', '<12.00(小时)', '≥5场', '985米', '不低于90%', '3-5次', '2024年11月前完成', '年底前完成',
  '3个工作日内', '每季度一次', '≥90%；≥95%', '合理', '≥85.00%。面向参会人员制定和发放满意度调查表', '＞＝９０．００（％）',
  '通过会议搭建国内外交流合作平台，促成1-3项国内外项目合作意向',
];
const AMOUNTS = ['1,234.50', '31,487,510.00', '¥1,234.50', '１２３４．５０', '-12.00', 'abc', 1234.5];
const DATES = ['2024-01-01', '2024/1/1', '2024年1月1日', '20240101', 45292, '2024-02-30'];

function time(label: string, n: number, fn: (i: number) => void): void {
  for (let i = 0; i < 2000; i++) fn(i); // warm-up
  const t = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  const ms = performance.now() - t;
  console.log(`${label.padEnd(26)} ${((ms * 1000) / n).toFixed(2).padStart(8)} µs/call  (${n} calls, ${ms.toFixed(0)} ms)`);
}

time('parseTarget (mixed)', 200_000, (i) => parseTarget(VALUES[i % VALUES.length] ?? null));
time('parseAmount (mixed)', 200_000, (i) => parseAmount(AMOUNTS[i % AMOUNTS.length] ?? null));
time('parseDate (mixed)', 200_000, (i) => parseDate(DATES[i % DATES.length] ?? null));

const base = cleanForm2024();
const rows: Indicator[] = [];
for (let i = 0; rows.length < 5000; i++) {
  const ind = base.indicators[i % base.indicators.length];
  if (ind) rows.push({ ...ind, name: `${ind.name}${i}`, value: i % 3 === 0 ? (VALUES[i % VALUES.length] ?? ind.value) : ind.value });
}
const project = placed({ ...base, indicators: rows });
const runs = 5;
for (const rule of valuesRules) {
  let count = 0;
  const t = performance.now();
  for (let k = 0; k < runs; k++) count = runRule(rule, project).length;
  console.log(`${rule.meta.id.padEnd(26)} ${((performance.now() - t) / runs).toFixed(1).padStart(8)} ms  ${count} findings on ${rows.length} rows`);
}

import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { cleanSh2024 } from '../scripts/make-examples';
import { MemoryHost } from '../src/hosts/memory';
import { applyPlan } from '../src/hosts/xlsx/apply-plan';
import { sheetSnapshot } from '../src/hosts/xlsx/snapshot';
import type { Form, Indicator } from '../src/model/form';
import { profileById } from '../src/profiles';
import { readWorkbook } from '../src/read';
import { planIntoFormAll, planStandardForm, planStandardSections, type WritePlan } from '../src/write';

/**
 * Plan + apply for a sh-2024 form with many indicators: as a new sheet (section by section) and
 * written into a form already on a sheet (its table growing from 7 rows). Reports the time and the
 * host write batches, which must not grow with the number of rows: one per section.
 */
const RUNS = 9;
const profile = profileById('sh-2024');
if (!profile) throw new Error('no sh-2024 profile');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function time(fn: () => Promise<void> | void): Promise<number> {
  const times: number[] = [];
  await fn(); // warm-up: JIT and first allocations are not what a user waits for twice
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

function withIndicators(n: number): Form {
  const groups = cleanSh2024.indicators;
  const indicators: Indicator[] = [];
  for (let i = 0; i < n; i++) {
    const g = groups[Math.floor((i / n) * groups.length)] ?? groups[0];
    if (g) indicators.push({ ...g, name: `${g.name}${i + 1}`, value: `≥${i + 1}.00(次)` });
  }
  return { ...cleanSh2024, indicators };
}

const shape = (plans: readonly WritePlan[]): string =>
  plans.map((p) => `${p.section}: ${p.blocks.length} block(s), ${p.merges.length} merge(s), ${p.rowOps.length} row op(s)`).join('; ');

async function main(): Promise<void> {
  const target = { sheet: '申报表', createSheet: true };
  for (const n of [50, 500]) {
    const form = withIndicators(n);
    let plans: WritePlan[] = [];
    const planMs = await time(() => {
      plans = planStandardSections(form, profile as NonNullable<typeof profile>, target);
    });
    let batches = 0;
    const memoryMs = await time(async () => {
      const host = new MemoryHost();
      await host.apply(plans);
      batches = host.stats.batches;
    });
    const xlsxMs = await time(() => {
      const wb = new ExcelJS.Workbook();
      for (const p of plans) applyPlan(wb, p);
    });
    console.log(
      `new sheet, ${n} indicators: plan ${planMs.toFixed(1)} ms; apply memory ${memoryMs.toFixed(1)} ms, exceljs ${xlsxMs.toFixed(1)} ms; ` +
        `${batches} write batches (${shape(plans)})`,
    );

    // Into a form already there: the 7-indicator clean form grows to n rows.
    const wb = new ExcelJS.Workbook();
    applyPlan(wb, planStandardForm(cleanSh2024, profile as NonNullable<typeof profile>, { sheet: '申报表' }));
    const ws = wb.getWorksheet('申报表');
    if (!ws) throw new Error('no sheet');
    const start = sheetSnapshot(ws);
    const read = readWorkbook({ sheets: [start] }).projects[0];
    if (!read) throw new Error('form not read');
    let into: WritePlan[] = [];
    const intoPlanMs = await time(() => {
      into = planIntoFormAll({ ...read.form, indicators: form.indicators }, profile as NonNullable<typeof profile>, { cells: read.cells, sheet: start });
    });
    let intoBatches = 0;
    const intoMemoryMs = await time(async () => {
      const host = MemoryHost.fromSnapshot({ sheets: [start] });
      await host.apply(into);
      intoBatches = host.stats.batches;
    });
    const intoXlsxMs = await time(async () => {
      const copy = new ExcelJS.Workbook();
      await copy.xlsx.load(await wb.xlsx.writeBuffer());
      for (const p of into) applyPlan(copy, p);
    });
    console.log(
      `into existing form, 7 → ${n} indicators: plan ${intoPlanMs.toFixed(1)} ms; apply memory ${intoMemoryMs.toFixed(1)} ms, ` +
        `exceljs ${intoXlsxMs.toFixed(1)} ms (incl. reloading the workbook); ${intoBatches} write batches (${shape(into)})`,
    );
  }
}

void main();

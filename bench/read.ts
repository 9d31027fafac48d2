import { performance } from 'node:perf_hooks';
import type { Indicator } from '../src/model/form';
import { readSheet } from '../src/read';
import { cleanForm2024 } from '../test/helpers/forms';
import { sheetOf } from '../test/helpers/sheet';
import { layout2024, type LevelMode } from '../test/read/layouts';

/** Reading one sh-2024 form with 5,000 indicators, per level layout, against touching each cell once. */
const INDICATORS = 5000;
const RUNS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function time(fn: () => void): number {
  const times: number[] = [];
  fn(); // warm-up: the first call pays for compiling the reader
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const base = cleanForm2024();
const groups = base.indicators;
const indicators: Indicator[] = [];
for (let i = 0; i < INDICATORS; i++) {
  const g = groups[Math.floor((i / INDICATORS) * groups.length)] ?? groups[0];
  if (g) indicators.push({ ...g, name: `${g.name}${i}`, value: `≥${i}.00(次)` });
}
for (const levels of ['merged', 'repeated', 'first'] as LevelMode[]) {
  const snapshot = sheetOf('big', layout2024({ ...base, indicators }, { levels, extraColumns: true }));
  let n = 0;
  const floor = time(() => {
    for (const row of snapshot.values) for (const v of row) if (v !== null) n++;
  });
  let read = 0;
  const ms = time(() => {
    read = readSheet(snapshot).projects[0]?.form.indicators.length ?? 0;
  });
  if (read !== INDICATORS) throw new Error(`read ${read} indicators, expected ${INDICATORS}`);
  console.log(`read ${INDICATORS} indicators (${levels}): ${ms.toFixed(1)} ms (touching every cell: ${floor.toFixed(2)} ms, ${n > 0 ? 'ok' : ''})`);
}

import { ExcelHost } from '../../src/hosts/excel/host';
import { SNAPSHOT_SYNCS } from '../../src/hosts/excel/read';
import type { WorkbookSnapshot } from '../../src/model/snapshot';
import { demoSnapshot } from '../../src/preview/demo';
import { DEFAULT_PANE_SETTINGS } from '../../src/settings/schema';
import { runValidation } from '../../src/taskpane/engine/run';
import { productPipeline } from '../../src/taskpane/pipeline';
import { FakeWorkbookModel } from './fake-excel';

/** A fake Excel workbook holding a snapshot's cells and merges. */
function excelOf(snapshot: WorkbookSnapshot): FakeWorkbookModel {
  const m = new FakeWorkbookModel();
  for (const s of snapshot.sheets) {
    const sheet = m.sheet(s.name);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = sheet.cell(r + 1, c + 1);
        if (typeof v === 'object') cell.error = v.error;
        else cell.value = v;
        const fmt = s.numberFormats[r]?.[c];
        if (fmt && fmt !== 'General') cell.numberFormat = fmt;
      }),
    );
    sheet.merges = s.merges.map((x) => ({ ...x }));
  }
  return m;
}

describe('validation through the Excel host', () => {
  it.each([8, 200, 2000])('finds the same problems as the in-memory host, in %i-indicator forms, in the same number of syncs', async (n) => {
    const snapshot = await demoSnapshot(n);
    const model = excelOf(snapshot);
    const result = await runValidation(new ExcelHost(model.environment()), productPipeline, DEFAULT_PANE_SETTINGS);
    expect(model.syncs).toBe(SNAPSHOT_SYNCS.withMerges);

    const read = productPipeline.read(snapshot, { profile: 'auto', locale: 'zh-CN' });
    const expected = [...read.findings, ...productPipeline.validate(read.projects, { locale: 'zh-CN' }).flat()];
    expect(result.findings.map((f) => `${f.ruleId}@${f.location.cell ?? ''}`).sort()).toEqual(expected.map((f) => `${f.ruleId}@${f.location.cell ?? ''}`).sort());
    expect(result.findings.length).toBeGreaterThan(0);

    // Marking every finding's cell, then clearing: three syncs each, whatever the count.
    const host = new ExcelHost(model.environment());
    const before = model.syncs;
    await host.highlight(result.findings.map((f) => f.location));
    await host.clearHighlights();
    expect(model.syncs - before).toBe(6);
  });
});

import { builtInLibrary } from '../../src/library/builtin';
import { planInsertIntoSheet } from '../../src/library/insert-plan';
import type { LibraryEntry } from '../../src/library/schema';
import { MemoryHost } from '../../src/hosts/memory';
import type { Form, ReadProject } from '../../src/model/form';
import type { SheetSnapshot } from '../../src/model/snapshot';
import { profileById } from '../../src/profiles';
import type { Profile } from '../../src/profiles/schema';
import { readWorkbook } from '../../src/read';
import { validateProject } from '../../src/validate';
import { planStandardForm } from '../../src/write/standard';
import { cleanForm2024 } from '../helpers/forms';

function profile(id: string): Profile {
  const p = profileById(id);
  if (!p) throw new Error(`profile ${id} missing`);
  return p;
}

function entry(name: string): LibraryEntry {
  const e = builtInLibrary().find((x) => x.name === name);
  if (!e) throw new Error(`no library entry ${name}`);
  return e;
}

const sh2024 = profile('sh-2024');

/** A workbook holding the standard form of `form`, and what the reader makes of it. */
async function onSheet(form: Form): Promise<{ host: MemoryHost; project: ReadProject; sheet: SheetSnapshot }> {
  const host = new MemoryHost();
  await host.apply([planStandardForm(form, sh2024, { sheet: '申报表' })]);
  return { host, ...(await reread(host)) };
}

async function reread(host: MemoryHost): Promise<{ project: ReadProject; sheet: SheetSnapshot }> {
  const snap = await host.snapshot();
  const project = readWorkbook(snap, { profile: 'sh-2024' }).projects[0];
  const sheet = snap.sheets[0];
  if (!project || !sheet) throw new Error('form not read back');
  return { project, sheet };
}

describe('planInsertIntoSheet (through the write-back planner, applied by the memory host)', () => {
  it('writes the inserted rows into their groups; the form reads back with them and nothing else changed', async () => {
    const { host, project, sheet } = await onSheet(cleanForm2024());
    const before = project.form;
    const out = planInsertIntoSheet(project, sheet, sh2024, [entry('培训参加人数'), entry('人均会议成本'), entry('服务对象满意度')]);
    expect(out.error).toBeUndefined();
    expect(out.plan?.section).toBe('indicators');
    if (!out.plan) throw new Error('no plan');
    await host.apply([out.plan]);
    const after = (await reread(host)).project.form;
    expect(after.indicators.map((i) => [i.level1, i.level2, i.name, i.value])).toEqual(
      out.result.form.indicators.map((i) => [i.level1, i.level2, i.name, i.value]),
    );
    expect(after.fields).toEqual(before.fields);
    expect(after.funding).toEqual(before.funding);
    expect(after.goals).toEqual(before.goals);
  });

  it('rebuilds the level-1 and level-2 merges over the grown groups', async () => {
    const { host, project, sheet } = await onSheet(cleanForm2024());
    const out = planInsertIntoSheet(project, sheet, sh2024, [entry('培训参加人数')]);
    if (!out.plan) throw new Error('no plan');
    await host.apply([out.plan]);
    const snap = (await host.snapshot()).sheets[0];
    const table = (await reread(host)).project.cells.indicatorTable;
    if (!snap || !table) throw new Error('no table');
    // 产出指标 now spans 5 rows (3 数量, 1 质量, 1 时效); 数量指标 spans 3.
    const first = table.firstRow;
    expect(snap.merges).toContainEqual({ top: first, left: table.cols.level1, bottom: first + 4, right: table.cols.level1 });
    expect(snap.merges).toContainEqual({ top: first, left: table.cols.level2, bottom: first + 2, right: table.cols.level2 });
  });

  it('names the cells holding ** for the pane to select, at their rows after the write', async () => {
    const { host, project, sheet } = await onSheet(cleanForm2024());
    const out = planInsertIntoSheet(project, sheet, sh2024, [entry('购置**数量')]);
    if (!out.plan) throw new Error('no plan');
    await host.apply([out.plan]);
    const snap = (await host.snapshot()).sheets[0];
    expect(out.select).toHaveLength(2);
    for (const ref of out.select) expect(String(snap?.values[ref.row - 1]?.[ref.col - 1])).toContain('**');
  });

  it('leaves the ** cells for DOC-PLACEHOLDER to flag until the user fills them', async () => {
    const { host, project, sheet } = await onSheet(cleanForm2024());
    const out = planInsertIntoSheet(project, sheet, sh2024, [entry('购置**数量'), entry('采购计划完成时间')]);
    if (!out.plan) throw new Error('no plan');
    await host.apply([out.plan]);
    const findings = validateProject((await reread(host)).project).filter((f) => f.ruleId === 'DOC-PLACEHOLDER');
    const flagged = findings.map((f) => [f.location.row, f.location.col]).sort();
    expect(flagged).toEqual(out.select.map((c) => [c.row, c.col]).sort());
    expect(out.select).toHaveLength(3);
  });

  it('plans nothing when every indicator is refused', async () => {
    const { project, sheet } = await onSheet(cleanForm2024());
    const out = planInsertIntoSheet(project, sheet, sh2024, [entry('服务企业满意度')]);
    expect(out.plan).toBeNull();
    expect(out.result.refused.map((r) => r.code)).toEqual(['duplicate']);
  });
});

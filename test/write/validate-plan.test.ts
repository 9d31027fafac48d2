import type { WritePlan } from '../../src/write/plan';
import { planProblems, planProblemsOn, PlanError, assertPlanOn, planStandardForm } from '../../src/write';
import { profileOf, sampleForm, SAMPLE_FILES } from './helpers';

function plan(over: Partial<WritePlan>): WritePlan {
  return {
    sheet: '申报表',
    section: 'indicators',
    createSheet: false,
    rowOps: [],
    unmerge: [],
    blocks: [],
    merges: [],
    columnWidths: {},
    rowHeights: {},
    page: null,
    bounds: { top: 10, left: 2, bottom: 20, right: 5 },
    ...over,
  };
}

describe('a plan is validated before it is applied', () => {
  it.each(SAMPLE_FILES)('the standard plan of %s has no problem', (file) => {
    const form = sampleForm(file);
    expect(planProblems(planStandardForm(form, profileOf(form), { sheet: '申报表' }))).toEqual([]);
  });

  it.each<[string, Partial<WritePlan>, string]>([
    ['bounds upside down', { bounds: { top: 5, left: 1, bottom: 4, right: 2 } }, 'bounds'],
    ['bounds at row 0', { bounds: { top: 0, left: 1, bottom: 4, right: 2 } }, 'bounds'],
    ['a sheet name with a slash', { sheet: 'a/b' }, 'sheet-name'],
    ['a block left of the bounds', { blocks: [{ top: 10, left: 1, values: [['x']] }] }, 'block-bounds'],
    ['a block below the bounds', { blocks: [{ top: 20, left: 2, values: [['x'], ['y']] }] }, 'block-bounds'],
    ['an empty block', { blocks: [{ top: 10, left: 2, values: [] }] }, 'block-empty'],
    ['a ragged block', { blocks: [{ top: 10, left: 2, values: [['a', 'b'], ['c']] }] }, 'block-shape'],
    ['styles shaped unlike values', { blocks: [{ top: 10, left: 2, values: [['a', 'b']], styles: [[null]] }] }, 'block-styles'],
    ['a non-finite number', { blocks: [{ top: 10, left: 2, values: [[Number.NaN]] }] }, 'value'],
    ['text over 32767 characters', { blocks: [{ top: 10, left: 2, values: [['字'.repeat(32768)]] }] }, 'value'],
    ['overlapping merges', { merges: [{ top: 10, left: 2, bottom: 12, right: 2 }, { top: 12, left: 2, bottom: 13, right: 3 }] }, 'merge-overlap'],
    ['a one-cell merge', { merges: [{ top: 10, left: 2, bottom: 10, right: 2 }] }, 'merge-single'],
    ['a merge outside the bounds', { merges: [{ top: 19, left: 2, bottom: 21, right: 2 }] }, 'merge-bounds'],
    ['an unmerge outside the bounds', { unmerge: [{ top: 1, left: 1, bottom: 2, right: 1 }] }, 'unmerge-bounds'],
    ['zero rows inserted', { rowOps: [{ kind: 'insert', at: 12, count: 0 }] }, 'row-count'],
    ['rows deleted past the section', { rowOps: [{ kind: 'delete', at: 18, count: 5 }] }, 'row-bounds'],
    ['rows inserted above the section', { rowOps: [{ kind: 'insert', at: 3, count: 1 }] }, 'row-bounds'],
    ['a row height of 0', { rowHeights: { 12: 0 } }, 'height'],
    ['a row height outside the section', { rowHeights: { 30: 20 } }, 'height-bounds'],
    ['a column width of 300', { columnWidths: { 3: 300 } }, 'width'],
    ['a column width outside the section', { columnWidths: { 9: 10 } }, 'width-bounds'],
  ])('refuses %s', (_, over, code) => {
    const problems = planProblems(plan(over));
    expect(problems.map((p) => p.code)).toContain(code);
    for (const p of problems) expect(p.zh.length > 0 && p.en.length > 0).toBe(true);
  });

  it('accepts inserting right after the last row of the section', () => {
    expect(planProblems(plan({ rowOps: [{ kind: 'insert', at: 21, count: 3 }] }))).toEqual([]);
  });

  it('checks a plan against the sheet: merges that stay must not cut through new ones', () => {
    const merges = [{ top: 12, left: 2, bottom: 14, right: 2 }];
    const p = plan({ merges: [{ top: 13, left: 2, bottom: 15, right: 2 }] });
    expect(planProblemsOn(p, { exists: true, merges }).map((x) => x.code)).toEqual(['merge-clash']);
    expect(planProblemsOn({ ...p, unmerge: merges }, { exists: true, merges })).toEqual([]);
    // The same merge already there is no clash.
    expect(planProblemsOn(plan({ merges }), { exists: true, merges })).toEqual([]);
  });

  it('explains a refusal in Chinese first, then English', () => {
    let err: unknown;
    try {
      assertPlanOn(plan({ sheet: '表' }), { exists: false, merges: [] });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PlanError);
    expect((err as PlanError).describe('zh-CN')).toBe('工作表“表”的写入计划被拒绝：找不到工作表“表”（sheet "表" does not exist）');
    expect((err as PlanError).describe('en')).toBe('write plan for sheet "表" refused: sheet "表" does not exist');
  });
});

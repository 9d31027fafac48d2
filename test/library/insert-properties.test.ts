import fc from 'fast-check';
import { builtInLibrary } from '../../src/library/builtin';
import { indicatorKey, insertIndicators } from '../../src/library/insert';
import { treeRank } from '../../src/library/placement';
import type { Form } from '../../src/model/form';
import { profileById } from '../../src/profiles';
import type { Profile } from '../../src/profiles/schema';
import { cleanForm2024 } from '../helpers/forms';

function profile(id: string): Profile {
  const p = profileById(id);
  if (!p) throw new Error(`profile ${id} missing`);
  return p;
}

const lib = builtInLibrary();
const base = cleanForm2024();

/** Group keys in row order, with consecutive repeats collapsed. */
function groupRuns(form: Form): string[] {
  const runs: string[] = [];
  for (const i of form.indicators) {
    const k = `${i.level1}/${i.level2}`;
    if (runs[runs.length - 1] !== k) runs.push(k);
  }
  return runs;
}

describe.each([
  ['sh-2024', profile('sh-2024')],
  ['sh-2019', profile('sh-2019')],
] as const)('insertIndicators invariants (%s)', (_id, p) => {
  // A starting form in the profile's own group names, in tree order, two rows per group taken from the library.
  const start: Form = {
    ...base,
    profile: p.id,
    indicators: p.indicators.tree
      .flatMap((l1) => l1.children.map((l2) => ({ l1: l1.name, l2: l2.name })))
      .filter((_, i) => i % 2 === 0)
      .flatMap(({ l1, l2 }, g) => [0, 1].map((n) => ({ level1: l1, level2: l2, name: `已有指标${g}-${n}`, value: '≥1.00(次)' }))),
  };

  it('keeps existing rows in order, never splits a group, keeps tree order, and refuses only duplicates or unplaceable entries', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: lib.length - 1 }), { maxLength: 12 }), (picks) => {
        const entries = picks.map((i) => lib[i]).filter((e): e is NonNullable<typeof e> => e !== undefined);
        const { form, inserted, refused } = insertIndicators(start, p, entries);
        // Existing rows keep their relative order and content.
        const kept = form.indicators.filter((i) => i.name.startsWith('已有指标'));
        expect(kept).toEqual(start.indicators);
        // Every entry is either inserted once or refused.
        expect(inserted.length + refused.length).toBe(entries.length);
        expect(form.indicators).toHaveLength(start.indicators.length + inserted.length);
        // No group appears in two separate runs, and groups follow the profile's tree order.
        const runs = groupRuns(form);
        expect(new Set(runs).size).toBe(runs.length);
        const ranks = runs.map((k) => {
          const [l1 = '', l2 = ''] = k.split('/');
          return treeRank(p, l1, l2);
        });
        expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
        // Names are unique afterwards.
        const names = form.indicators.map((i) => indicatorKey(String(i.name)));
        expect(new Set(names).size).toBe(names.length);
        for (const r of refused) expect(['duplicate', 'no-place']).toContain(r.code);
      }),
      { numRuns: 150 },
    );
  });
});

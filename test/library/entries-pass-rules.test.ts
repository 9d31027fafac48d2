import { builtInLibrary, insertIndicators } from '../../src/library';
import { profileById } from '../../src/profiles';
import { validateProject } from '../../src/validate';
import { cleanForm2019, cleanForm2024, placed } from '../helpers/forms';

/**
 * A library entry is advice: inserted into a clean form, it must not earn an error or a warning of its own
 * beyond the placeholders (**) the user is meant to fill. Checked for every entry in both generations.
 */
describe.each([
  ['sh-2024', cleanForm2024],
  ['sh-2019', cleanForm2019],
])('every built-in entry inserted into a clean %s form', (id, clean) => {
  const profile = profileById(id);
  if (!profile) throw new Error(id);
  const entries = builtInLibrary().filter((e) => insertIndicators(clean(), profile, [e]).inserted.length === 1);

  it('can be placed (most entries fit every generation)', () => {
    expect(entries.length).toBeGreaterThan(250);
  });

  it('gives no error and no warning except unfilled placeholders', () => {
    const complaints: string[] = [];
    for (const entry of entries) {
      const { form } = insertIndicators(clean(), profile, [entry]);
      const mine = validateProject(placed(form), { locale: 'zh-CN', minSeverity: 'warning' }).filter(
        (f) => f.indicator?.name === entry.name && f.ruleId !== 'DOC-PLACEHOLDER',
      );
      for (const f of mine) complaints.push(`${entry.name}: ${f.ruleId} ${f.message}`);
    }
    expect(complaints).toEqual([]);
  });
});

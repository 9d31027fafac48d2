import { validateProject } from '../../src/validate';
import { cleanForm2019, cleanForm2024, placed } from '../helpers/forms';

// Precision first (rules.md): a clean, well-made form gets no error and no warning from any rule.
describe.each([
  ['sh-2024', cleanForm2024],
  ['sh-2019', cleanForm2019],
])('the clean %s form', (_, make) => {
  it('gives no error and no warning', () => {
    const findings = validateProject(placed(make()), { locale: 'zh-CN', minSeverity: 'warning' });
    expect(findings.map((f) => `${f.ruleId} ${f.location.cell ?? ''} ${f.message}`)).toEqual([]);
  });
});

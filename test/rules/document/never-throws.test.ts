import fc from 'fast-check';
import type { Form } from '../../../src/model/form';
import type { CellValue } from '../../../src/model/snapshot';
import { documentRules } from '../../../src/rules/document';
import { fundingRules } from '../../../src/rules/funding';
import { goalsRules } from '../../../src/rules/goals';
import { headerRules } from '../../../src/rules/header';
import { cleanForm2019, cleanForm2024, placed } from '../../helpers/forms';
import { runRule } from '../../helpers/rule-tester';

// Whatever a workbook holds, the document, header, funding and goal rules report; they never throw.
const rules = [...documentRules, ...headerRules, ...fundingRules, ...goalsRules];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.string(),
  fc.constantFrom('1,234.00', '**', '…', '—', '2024年', '2024-02-30', '3-5次', '不少于300人次', '（2024年-2026年）', '¥1,000', '12.345'),
  fc.constantFrom('#REF!', '#VALUE!', '#DIV/0!').map((error) => ({ error })),
);

function scramble(base: Form, values: CellValue[]): Form {
  let i = 0;
  const next = (): CellValue => values[i++ % values.length] ?? null;
  const text = (): string => {
    const v = next();
    return typeof v === 'string' ? v : '';
  };
  return {
    ...base,
    year: typeof values[0] === 'number' && Number.isInteger(values[0]) ? values[0] : base.year,
    fields: Object.fromEntries(Object.keys(base.fields).map((k) => [k, next()])),
    funding: Object.fromEntries(Object.keys(base.funding).map((k) => [k, next()])),
    subItems: base.subItems.map(() => ({ name: next(), amount: next() })),
    goals: Object.fromEntries(Object.keys(base.goals).map((k) => [k, next()])),
    checks: Object.fromEntries(Object.keys(base.checks).map((k) => [k, { options: [], ticked: [text(), text()].filter(Boolean) }])),
    indicators: base.indicators.map((ind) => ({ ...ind, name: text() || ind.name, value: next() })),
    amountScale: typeof values[1] === 'number' && values[1] > 0 && Number.isFinite(values[1]) ? values[1] : base.amountScale,
  };
}

describe.each([
  ['sh-2024', cleanForm2024],
  ['sh-2019', cleanForm2019],
])('rules on a scrambled %s form', (_, make) => {
  it('never throw, and every finding has a message', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 40 }), (values) => {
        const project = placed(scramble(make(), values));
        for (const rule of rules) for (const f of runRule(rule, project)) expect(f.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});

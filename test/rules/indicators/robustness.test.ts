import fc from 'fast-check';
import type { Form, Indicator } from '../../../src/model/form';
import type { CellValue } from '../../../src/model/snapshot';
import { indicatorsRules } from '../../../src/rules/indicators';
import { placementRules } from '../../../src/rules/placement';
import { cleanForm2019, cleanForm2024, placed } from '../../helpers/forms';
import { runRule } from '../../helpers/rule-tester';
import { runWithoutCells } from './no-cells';

const words = ['产出指标', '效益指标', '满意度指标', '数量指标', '时效目标', '服务对象满意度\n指标', '满意度', '', ' ', '效果目标', '其他', '成本指标', '人员到位率', '预算执行率', '故障修复响应时间'];
const values = ['≥90.00(%)', '=12.00(月次)', '2024年11月前完成', '<12.00(小时)', '合理', '', '3-5次', '≥90%；≥95%', '＞５（场）', '100'];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...values),
  fc.string().filter((s) => !s.includes('{')),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.constant({ error: '#REF!' }),
);
// Braces stay out of the text so a left-over {placeholder} in a message can only come from a template.
const text = fc.oneof(fc.constantFrom(...words), fc.string().filter((s) => !s.includes('{')));
const indicator: fc.Arbitrary<Indicator> = fc.record({ level1: text, level2: text, name: text, value: cellValue });
const form: fc.Arbitrary<Form> = fc
  .tuple(fc.constantFrom(cleanForm2024, cleanForm2019), fc.array(indicator, { maxLength: 12 }))
  .map(([make, indicators]) => ({ ...make(), indicators }));

describe('indicator and placement rules on arbitrary tables', () => {
  it('never throw, and every finding has its rule id and a filled message', () => {
    fc.assert(
      fc.property(form, (f) => {
        for (const rule of [...indicatorsRules, ...placementRules]) {
          for (const found of [runRule(rule, placed(f)), runRule(rule, placed(f), 'en'), runWithoutCells(rule, f)]) {
            for (const x of found) {
              expect(x.ruleId).toBe(rule.meta.id);
              expect(x.message).not.toMatch(/\{\w+\}/);
              expect(x.message.length).toBeGreaterThan(0);
            }
          }
        }
      }),
      { numRuns: 80 },
    );
  });
});

import fc from 'fast-check';
import type { Indicator } from '../../../src/model/form';
import type { CellValue } from '../../../src/model/snapshot';
import { valuesRules } from '../../../src/rules/values';
import { cleanForm2019, cleanForm2024, placed } from '../../helpers/forms';
import { runRule } from '../../helpers/rule-tester';

const valueChars = fc.constantFrom(
  ...'0123456789０１２.．,-~%％()（）≥≤><=＞＝年月日前底第季度内以上不低于每次场人家米小时个工作天；、。 合理及时'.split(''),
);
// Braces stay out of the text so a left-over {placeholder} in a message can only come from a template.
const value: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ unit: valueChars, maxLength: 20 }),
  fc.string().filter((s) => !s.includes('{')),
  fc.double(),
  fc.integer({ min: 30000, max: 80000 }),
  fc.constant(null),
  fc.constant({ error: '#N/A' }),
);
const name = fc.constantFrom('服务企业满意度', '故障修复响应时间', '培训合格率', '参会人数', '项目完成时间', '提升服务能力', '设备故障率', '专业媒体报道数', '巡检频次', '人均成本', '完成情况');
const group = fc.constantFrom(
  ['产出指标', '数量指标'],
  ['产出指标', '时效指标'],
  ['产出指标', '质量指标'],
  ['满意度指标', '服务对象满意度指标'],
  ['效益指标', '社会效益指标'],
  ['未知', '未知'],
);
const indicator: fc.Arbitrary<Indicator> = fc.tuple(group, name, value).map(([[level1, level2], n, v]) => ({ level1: level1 ?? '', level2: level2 ?? '', name: n, value: v }));

describe('value rules on arbitrary rows', () => {
  it('never throw, and locate every finding at the row’s value cell', () => {
    fc.assert(
      fc.property(fc.array(indicator, { maxLength: 8 }), fc.boolean(), fc.constantFrom('2024-01-01', '2024/13/1', null, 45292), (rows, y2019, start) => {
        const base = y2019 ? cleanForm2019() : cleanForm2024();
        const form = { ...base, indicators: rows, fields: { ...base.fields, start } };
        const project = placed(form);
        for (const rule of valuesRules) {
          for (const f of runRule(rule, project)) {
            expect(f.indicator).toBeDefined();
            const i = rows.findIndex((r, k) => project.cells.indicators[k]?.value.row === f.location.row && r.name === f.indicator?.name);
            expect(i).toBeGreaterThanOrEqual(0);
            expect(f.location.cell).toMatch(/^D\d+$/);
            expect(f.message).not.toMatch(/\{\w+\}/);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});

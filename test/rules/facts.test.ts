import { parseTarget } from '../../src/parse/target';
import { normaliseLabel } from '../../src/parse/text';
import { profileById } from '../../src/profiles';
import { roleOf } from '../../src/profiles/tree';
import { indicatorFacts } from '../../src/rules/facts';
import { validateProject } from '../../src/validate';
import { cleanForm2024, placed } from '../helpers/forms';

const profile = profileById('sh-2024');
if (!profile) throw new Error('sh-2024 missing');

describe('indicatorFacts', () => {
  it('reads every row as the parsers and the profile tree do', () => {
    const form = cleanForm2024();
    form.indicators.push({ level1: '产出指标', level2: '数 量 指 标', name: '培训 人数（人）', value: '不少于500人' });
    const facts = indicatorFacts(form, profile);
    expect(facts).toHaveLength(form.indicators.length);
    facts.forEach((f, i) => {
      const ind = form.indicators[i];
      if (!ind) throw new Error('row missing');
      expect(f).toEqual({
        index: i,
        indicator: ind,
        name: normaliseLabel(ind.name),
        target: parseTarget(ind.value),
        role: roleOf(profile, ind.level1, ind.level2),
      });
    });
  });

  it('gives the same array back while no row changes', () => {
    const form = cleanForm2024();
    expect(indicatorFacts(form, profile)).toBe(indicatorFacts(form, profile));
  });

  it.each([
    ['value', (i: { value: unknown }) => (i.value = '≤80.00(%)'), (f: { target: unknown }) => expect(f.target).toMatchObject({ comparator: '≤', value: 80 })],
    ['name', (i: { name: string }) => (i.name = '平台 故障 次数'), (f: { name: string }) => expect(f.name).toBe('平台故障次数')],
    ['level-2', (i: { level2: string }) => (i.level2 = '时效指标'), (f: { role: unknown }) => expect(f.role).toBe('time')],
  ] as const)('reads a row again when its %s is edited in place', (_, edit, check) => {
    const form = cleanForm2024();
    const before = indicatorFacts(form, profile);
    const row = form.indicators[2];
    if (!row) throw new Error('row missing');
    edit(row as never);
    const after = indicatorFacts(form, profile);
    expect(after).not.toBe(before);
    check(after[2] as never);
    // Rows that did not change keep their facts.
    expect(after[0]).toBe(before[0]);
  });

  it('reads rows added or removed in place', () => {
    const form = cleanForm2024();
    const n = indicatorFacts(form, profile).length;
    form.indicators.push({ level1: '产出指标', level2: '数量指标', name: '新增指标', value: '≥1.00(个)' });
    expect(indicatorFacts(form, profile)).toHaveLength(n + 1);
    form.indicators.splice(0, 2);
    const facts = indicatorFacts(form, profile);
    expect(facts.map((f) => f.indicator)).toEqual(form.indicators);
    expect(facts.map((f) => f.index)).toEqual(form.indicators.map((_, i) => i));
  });

  it('rows with the same value share one parsed target', () => {
    const form = cleanForm2024();
    form.indicators.push({ level1: '产出指标', level2: '质量指标', name: '验收合格率', value: '≥99.00(%)' });
    const facts = indicatorFacts(form, profile);
    const same = facts.filter((f) => f.indicator.value === '≥99.00(%)');
    expect(same).toHaveLength(2);
    expect(same[0]?.target).toBe(same[1]?.target);
  });

  it('a fix applied to the model in place is seen by the next validation', () => {
    const project = placed(cleanForm2024());
    expect(validateProject(project).filter((f) => f.ruleId === 'VAL-DIRECTION')).toEqual([]);
    const sat = project.form.indicators.find((i) => i.name === '服务企业满意度');
    if (!sat) throw new Error('row missing');
    sat.value = '≤90.00(%)';
    expect(validateProject(project).filter((f) => f.ruleId === 'VAL-DIRECTION')).toHaveLength(1);
    sat.value = '≥90.00(%)';
    expect(validateProject(project).filter((f) => f.ruleId === 'VAL-DIRECTION')).toEqual([]);
  });
});

import { PROFILES, profileById } from '../../src/profiles';
import { findLevel1, findLevel2, roleOf } from '../../src/profiles/tree';

describe('built-in profiles', () => {
  it('parse and have distinct ids', () => {
    expect(PROFILES.map((p) => p.id)).toEqual(['sh-2024', 'sh-2019']);
  });

  it.each([
    ['sh-2024', '产出指标', '时效指标', 'time'],
    ['sh-2024', '效果指标', '社会效益指标', 'social'],
    ['sh-2024', '满意度指标', '社会公众或服务对象满意度指标', 'satisfaction'],
    ['sh-2024', '产出指标', '成本指标', 'cost'],
    ['sh-2024', '成本指标', '经济成本指标', 'cost'],
    ['sh-2024', '满意度指标', '服务对象满意度\n指标', 'satisfaction'],
    ['sh-2019', '效果目标', '满意度目标', 'satisfaction'],
    ['sh-2019', '产出目标', '成本目标', 'cost'],
    ['sh-2019', '影响力目标', '人力资源', 'influence'],
  ])('%s: %s / %s has role %s', (id, l1, l2, role) => {
    const profile = profileById(id);
    expect(profile).toBeDefined();
    expect(roleOf(profile!, l1, l2)).toBe(role);
  });

  it('does not accept a level-2 under the wrong level-1', () => {
    const p = profileById('sh-2024')!;
    const l1 = findLevel1(p, '效益指标')!;
    expect(findLevel2(p, l1, '时效指标')).toBeUndefined();
    expect(roleOf(p, '产出', '数量指标')).toBeNull();
  });
});

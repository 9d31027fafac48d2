import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInLibrary } from '../../src/library/builtin';
import { createSearchIndex } from '../../src/library/search';
import { guessKinds, suggestIndicators } from '../../src/library/suggest';
import type { Form } from '../../src/model/form';
import { formFromSample } from '../../src/model/sample';
import { profileById } from '../../src/profiles';
import type { Profile } from '../../src/profiles/schema';
import { cleanForm2024 } from '../helpers/forms';

function profile(id: string): Profile {
  const p = profileById(id);
  if (!p) throw new Error(`profile ${id} missing`);
  return p;
}

function sample(file: string): Form {
  return formFromSample(JSON.parse(readFileSync(join(__dirname, '../../../shared/samples', file), 'utf8')));
}

const sh2024 = profile('sh-2024');
const sh2019 = profile('sh-2019');
const index2024 = createSearchIndex([{ origin: 'builtin', entries: builtInLibrary() }], sh2024);
const index2019 = createSearchIndex([{ origin: 'builtin', entries: builtInLibrary() }], sh2019);

function named(name: string, goal = ''): Form {
  const f = cleanForm2024();
  return { ...f, fields: { ...f.fields, name }, goals: { overall: goal, annual: '' } };
}

describe('guessKinds', () => {
  it.each([
    ['2024年度业务培训经费', '', '培训'],
    ['上海国际生物技术与医药交流对接会议', '', '会议'],
    ['交通工具购置及更新', '', '设备购置'],
    ['信息系统运行维护经费', '', '信息化运维'],
    ['办公楼修缮工程', '', '房屋维修'],
    ['政务服务平台建设', '', '平台建设'],
    ['重大课题研究', '', '课题研究'],
    ['机关物业管理费', '', '物业运维'],
    // The goal text decides when the name says nothing.
    ['专项业务经费', '组织业务培训3期，培训学员300人次', '培训'],
  ])('%s %s → %s', (name, goal, kind) => {
    expect(guessKinds(named(name, goal))[0]?.kind).toBe(kind);
  });

  it('falls back to 通用 when nothing is recognised', () => {
    expect(guessKinds(named('专项经费', '保障单位正常运转'))).toEqual([{ kind: '通用', score: 0, words: [] }]);
  });
});

describe('suggestIndicators', () => {
  it('asks for the missing core groups of a sh-2024 form (no 时效 in the vehicle form) with kind-ranked choices', () => {
    const form = sample('sh2024-vehicle.json');
    const s = suggestIndicators(form, sh2024, index2024);
    expect(s.kinds[0]).toBe('设备购置');
    const missing = s.groups.filter((g) => g.reason === 'missing').map((g) => g.level2);
    expect(missing).toEqual(['经济成本指标', '时效指标']);
    const time = s.groups.find((g) => g.level2 === '时效指标');
    expect(time?.hits).toHaveLength(3);
    expect(time?.hits.every((h) => h.entry.kinds.includes('设备购置'))).toBe(true);
    expect(time?.message.zh).toBe('产出指标／时效指标没有指标');
  });

  it('flags groups whose values are all qualitative', () => {
    const form = sample('sh2024-repairs.json');
    const s = suggestIndicators(form, sh2024, index2024);
    const weak = s.groups.filter((g) => g.reason === 'qualitative').map((g) => g.level2);
    expect(weak).toEqual(['社会效益指标', '生态效益指标']);
    expect(s.groups.find((g) => g.level2 === '社会效益指标')?.hits.length).toBeGreaterThan(0);
  });

  it('never proposes an indicator the form already has', () => {
    const form = cleanForm2024();
    form.indicators = form.indicators.filter((i) => i.level2 !== '服务对象满意度指标');
    form.indicators.push({ level1: '满意度指标', level2: '服务对象满意度指标', name: '服务对象满意度', value: '' });
    const s = suggestIndicators(form, sh2024, index2024);
    const names = s.groups.flatMap((g) => g.hits.map((h) => h.entry.name));
    expect(names).not.toContain('服务对象满意度');
  });

  it('uses the kinds the user chose instead of the guess', () => {
    const form = sample('sh2024-vehicle.json');
    const s = suggestIndicators(form, sh2024, index2024, { kinds: ['会议'], perGroup: 2 });
    expect(s.kinds).toEqual(['会议']);
    const cost = s.groups.find((g) => g.level2 === '经济成本指标');
    expect(cost?.hits).toHaveLength(2);
    expect(cost?.hits.every((h) => h.entry.kinds.includes('会议'))).toBe(true);
  });

  it('proposes 2019 groups by the 2019 tree, and nothing for a complete form', () => {
    const s = suggestIndicators(sample('sh2019-bioforum.json'), sh2019, index2019);
    expect(s.kinds[0]).toBe('会议');
    expect(s.groups.filter((g) => g.reason === 'missing').map((g) => g.level2)).toEqual(['成本目标']);
    const clean = suggestIndicators(cleanForm2024(), sh2024, index2024);
    expect(clean.groups.map((g) => [g.level2, g.reason])).toEqual([['经济成本指标', 'missing']]);
  });
});

import { builtInLibrary } from '../../src/library/builtin';
import type { LibraryEntry } from '../../src/library/schema';
import { createSearchIndex, searchLibrary, type SearchQuery } from '../../src/library/search';
import { pinyinIndex, syllablesOf } from '../../src/library/pinyin';
import { profileById } from '../../src/profiles';
import type { Profile } from '../../src/profiles/schema';

function profile(id: string): Profile {
  const p = profileById(id);
  if (!p) throw new Error(`profile ${id} missing`);
  return p;
}

const sh2024 = profile('sh-2024');
const index = createSearchIndex([{ origin: 'builtin', entries: builtInLibrary() }], sh2024);
const names = (q: SearchQuery): string[] => searchLibrary(index, q).map((h) => h.entry.name);

function unitEntry(over: Partial<LibraryEntry>): LibraryEntry {
  return {
    id: 'u-test',
    profile: 'sh-2024',
    level1: '产出指标',
    level2: '数量指标',
    name: '测试指标',
    unit: '次',
    comparator: '≥',
    value: '',
    kinds: ['通用'],
    explanation: '本单位自定义的测试指标。',
    source: 'JiXiao 用户导入（本单位指标库）',
    ...over,
  };
}

describe('pinyin of names', () => {
  it.each([
    ['满意度', ['man', 'yi', 'du']],
    ['培训合格率', ['pei', 'xun', 'he', 'ge', 'lv']],
    ['故障平均修复时间（MTTR）', ['gu', 'zhang', 'ping', 'jun', 'xiu', 'fu', 'shi', 'jian', 'mttr']],
    ['购置**数量', ['gou', 'zhi', 'shu', 'liang']],
    // Not a built-in name: read character by character from the precomputed table.
    ['食堂满意度2', ['shi', 'tang', 'man', 'yi', 'du', '2']],
  ])('%s → %j', (text, expected) => {
    expect(syllablesOf(text, pinyinIndex())).toEqual(expected);
  });
});

describe('searchLibrary', () => {
  it.each([
    ['满意', '服务对象满意度'],
    ['myd', '服务对象满意度'],
    ['manyidu', '服务对象满意度'],
    ['manyd', '服务对象满意度'],
    ['满yd', '服务对象满意度'],
    ['hgl', '培训合格率'],
    ['mttr', '故障平均修复时间（MTTR）'],
    ['ＭＴＴＲ', '故障平均修复时间（MTTR）'],
    ['培训 满意', '受训学员满意度'],
  ])('%s finds %s', (text, expected) => {
    expect(names({ text })).toContain(expected);
  });

  it.each([
    ['满意', (n: string) => n.includes('满意')],
    ['myd', (n: string) => n.includes('满意度')],
    ['hgl', (n: string) => n.includes('合格率')],
  ])('every hit of %s matches it', (text, ok) => {
    const hits = names({ text });
    expect(hits.length).toBeGreaterThan(5);
    expect(hits.filter((n) => !ok(n))).toEqual([]);
  });

  it('puts exact and prefix matches before matches inside a name', () => {
    const hits = searchLibrary(index, { text: '培训' });
    const order = hits.map((h) => h.match);
    const firstContains = order.indexOf('contains');
    expect(firstContains).toBeGreaterThan(0);
    expect(order.slice(0, firstContains).every((m) => m === 'exact' || m === 'prefix')).toBe(true);
    expect(hits[0]?.entry.name.startsWith('培训')).toBe(true);
    expect(searchLibrary(index, { text: '劳务费' })[0]?.match).toBe('exact');
    expect(searchLibrary(index, { text: 'lwf' })[0]?.entry.name).toBe('劳务费');
  });

  it('matches the category when the name does not (时效 → the 时效指标 group)', () => {
    const hits = searchLibrary(index, { text: '时效' });
    expect(hits.length).toBeGreaterThan(10);
    expect(hits.every((h) => h.placement.level2 === '时效指标' || h.entry.name.includes('时效'))).toBe(true);
    expect(searchLibrary(index, { text: 'shixiao' }).every((h) => h.placement.level2 === '时效指标')).toBe(true);
  });

  it('finds nothing for a word no entry has', () => {
    expect(names({ text: '火星探测' })).toEqual([]);
    expect(names({ text: 'zzqx' })).toEqual([]);
  });

  it('filters by project kind, ranking entries of the kind before general ones', () => {
    const hits = searchLibrary(index, { kinds: ['会议'] });
    expect(hits.length).toBeGreaterThan(20);
    expect(hits.every((h) => h.entry.kinds.includes('会议') || h.entry.kinds.includes('通用'))).toBe(true);
    const firstGeneral = hits.findIndex((h) => !h.entry.kinds.includes('会议'));
    expect(hits.slice(firstGeneral).every((h) => !h.entry.kinds.includes('会议'))).toBe(true);
  });

  it('lists a kind in tree order when nothing is typed', () => {
    const hits = searchLibrary(index, { kinds: ['平台建设'] }).filter((h) => h.entry.kinds.includes('平台建设'));
    const l1 = hits.map((h) => h.placement.level1);
    const order = ['成本指标', '产出指标', '效益指标', '满意度指标'];
    const ranks = l1.map((x) => order.indexOf(x));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it('filters by category and role', () => {
    expect(searchLibrary(index, { level1: '满意度指标', level2: '服务对象满意度指标' }).every((h) => h.placement.role === 'satisfaction')).toBe(true);
    expect(searchLibrary(index, { text: '率', role: 'time' }).every((h) => h.placement.level2 === '时效指标')).toBe(true);
  });

  it('leaves out of sh-2024 the 投入和管理目标 entries, and keeps them for sh-2019', () => {
    expect(index.unplaced.map((e) => e.level1)).toEqual(index.unplaced.map(() => '投入和管理目标'));
    const i19 = createSearchIndex([{ origin: 'builtin', entries: builtInLibrary() }], profile('sh-2019'));
    expect(i19.unplaced).toEqual([]);
    const hit = searchLibrary(i19, { text: '资金到位率' })[0];
    expect(hit?.placement).toEqual({ level1: '投入和管理目标', level2: '资金投入管理', role: 'management' });
    const cost = searchLibrary(i19, { text: '人均会议成本' })[0];
    expect(cost?.placement).toEqual({ level1: '产出目标', level2: '成本目标', role: 'cost' });
  });

  it("merges a unit's own entries: found by pinyin, and replacing a built-in entry of the same name", () => {
    const own = [
      unitEntry({ id: 'u-a', name: '食堂就餐满意度', level1: '满意度指标', level2: '服务对象满意度指标', unit: '%', value: '95' }),
      unitEntry({ id: 'u-b', name: '劳务费', level1: '成本指标', level2: '经济成本指标', unit: '万元', comparator: '≤', value: '3' }),
    ];
    const merged = createSearchIndex(
      [
        { origin: 'builtin', entries: builtInLibrary() },
        { origin: 'unit', entries: own },
      ],
      sh2024,
    );
    const canteen = searchLibrary(merged, { text: 'stjc' })[0];
    expect(canteen?.entry.id).toBe('u-a');
    expect(canteen?.origin).toBe('unit');
    const fee = searchLibrary(merged, { text: '劳务费' });
    expect(fee.filter((h) => h.entry.name === '劳务费').map((h) => h.entry.id)).toEqual(['u-b']);
    expect(searchLibrary(merged, { text: '满意', origin: 'unit' }).map((h) => h.entry.id)).toEqual(['u-a']);
  });

  it('honours the limit', () => {
    expect(searchLibrary(index, { text: 'm', limit: 7 })).toHaveLength(7);
  });
});

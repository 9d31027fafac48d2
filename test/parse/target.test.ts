import { formatTarget, parseTarget, standardQuantityText } from '../../src/parse/target';
import type { Target } from '../../src/parse/types';

type Q = Extract<Target, { kind: 'quantity' }>;

describe('parseTarget: quantities', () => {
  it.each<[string, Partial<Q>]>([
    ['≥90.00(%)', { comparator: '≥', value: 90, unit: '%', standard: true, note: null }],
    ['=100.00(%)', { comparator: '=', value: 100, unit: '%', standard: true }],
    ['<12.00(小时)', { comparator: '<', value: 12, unit: '小时', standard: true }],
    ['≥2.00(次)', { comparator: '≥', value: 2, unit: '次', standard: true }],
    ['=12.00(月次)', { comparator: '=', value: 12, unit: '月次', standard: true }],
    ['≥300.00(家次)', { comparator: '≥', value: 300, unit: '家次', standard: true }],
    ['≥5(场)', { comparator: '≥', value: 5, unit: '场', standard: false }],
    ['≥5场', { comparator: '≥', value: 5, unit: '场', standard: false }],
    ['985米', { comparator: null, value: 985, unit: '米', standard: false }],
    ['≥3家', { comparator: '≥', value: 3, unit: '家' }],
    ['=100%', { comparator: '=', value: 100, unit: '%', standard: false }],
    ['大于80%', { comparator: '>', value: 80, unit: '%' }],
    ['不低于90%', { comparator: '≥', value: 90, unit: '%' }],
    ['不少于300人次', { comparator: '≥', value: 300, unit: '人次' }],
    ['达到90%', { comparator: '≥', value: 90, unit: '%' }],
    ['不高于5%', { comparator: '≤', value: 5, unit: '%' }],
    ['不超过3天', { comparator: '≤', value: 3, unit: '天' }],
    ['小于2次', { comparator: '<', value: 2, unit: '次' }],
    ['低于1%', { comparator: '<', value: 1, unit: '%' }],
    ['等于100%', { comparator: '=', value: 100, unit: '%' }],
    ['90%以上', { comparator: '≥', value: 90, unit: '%' }],
    ['500人以下', { comparator: '≤', value: 500, unit: '人' }],
    ['5%以内', { comparator: '≤', value: 5, unit: '%' }],
    ['参会人数不少于500人', { comparator: '≥', value: 500, unit: '人', note: '参会人数' }],
    ['稳定率90%', { comparator: null, value: 90, unit: '%', note: '稳定率' }],
    ['≥85.00%。面向参会人员制定和发放满意度调查表', { comparator: '≥', value: 85, unit: '%', note: '面向参会人员制定和发放满意度调查表' }],
    ['100%合规（即符合会议经费使用规定，符合事业单位财务管理规定）', { comparator: null, value: 100, unit: '%', note: '合规（即符合会议经费使用规定，符合事业单位财务管理规定）' }],
    ['≥2万人次', { comparator: '≥', value: 2, unit: '万人次' }],
    ['4次/年', { comparator: null, value: 4, unit: '次/年' }],
    ['≥1.00(次/年)', { comparator: '≥', value: 1, unit: '次/年', standard: true }],
    ['≥2.00(L)', { comparator: '≥', value: 2, unit: 'L', standard: true }],
    ['≥1,000.00(人)', { comparator: '≥', value: 1000, unit: '人', standard: false }],
    ['≥-5%', { comparator: '≥', value: -5, unit: '%' }],
    ['≥99.5', { comparator: '≥', value: 99.5, unit: null, standard: false }],
    [' ≥ 90 % ', { comparator: '≥', value: 90, unit: '%' }],
    ['90%（含）以上', { comparator: '≥', value: 90, unit: '%', note: null }],
    ['≥95%（含）', { comparator: '≥', value: 95, unit: '%', note: null }],
    ['≥90.00\n(%)', { comparator: '≥', value: 90, unit: '%', note: null, standard: false }],
    ['≤3.00(个工作日)', { comparator: '≤', value: 3, unit: '个工作日', standard: true }],
  ])('%s', (text, expected) => {
    const t = parseTarget(text);
    expect(t.kind).toBe('quantity');
    expect(t).toMatchObject(expected);
  });

  it.each<[string, Partial<Q>]>([
    ['＞＝９０．００（％）', { comparator: '≥', value: 90, unit: '%', standard: false }],
    ['≧5场', { comparator: '≥', value: 5, unit: '场' }],
    ['⩾5场', { comparator: '≥', value: 5, unit: '场' }],
    ['≦3次', { comparator: '≤', value: 3, unit: '次' }],
    ['＝１００（％）', { comparator: '=', value: 100, unit: '%' }],
    ['≥５（ｋｍ）', { comparator: '≥', value: 5, unit: 'ｋｍ' }],
    ['>=90%', { comparator: '≥', value: 90, unit: '%' }],
    ['<=2小时', { comparator: '≤', value: 2, unit: '小时' }],
  ])('full-width and ASCII forms: %s (unit kept as written)', (text, expected) => {
    expect(parseTarget(text)).toMatchObject({ kind: 'quantity', ...expected });
  });

  it.each<[string, Partial<Q>]>([
    ['不少于三次', { comparator: '≥', value: 3, unit: '次' }],
    ['≥两场', { comparator: '≥', value: 2, unit: '场' }],
    ['达到一百二十人', { comparator: '≥', value: 120, unit: '人' }],
    ['一次', { comparator: null, value: 1, unit: '次' }],
    ['≥10栋', { comparator: '≥', value: 10, unit: '栋' }],
    ['2024年底前完成率达到95%', { comparator: '≥', value: 95, unit: '%', note: '2024年底前完成率' }],
    ['年底完成率≥90%', { comparator: '≥', value: 90, unit: '%', note: '年底完成率' }],
  ])('Chinese numerals, unlisted units, years inside a label: %s', (text, expected) => {
    expect(parseTarget(text)).toMatchObject({ kind: 'quantity', ...expected });
  });

  it.each(['统一', '第一', '一流服务', '三五次', '一个中心'])('numerals inside words stay words: %s', (text) => {
    expect(parseTarget(text).kind).toBe('qualitative');
  });

  it('reads number cells as quantities without comparator or unit', () => {
    expect(parseTarget(0.9)).toEqual({ kind: 'quantity', comparator: null, value: 0.9, unit: null, standard: false, note: null });
  });
});

describe('parseTarget: other kinds', () => {
  it.each<[string, Target]>([
    ['3-5次', { kind: 'range', low: 3, high: 5, unit: '次', note: null }],
    ['1～2场', { kind: 'range', low: 1, high: 2, unit: '场', note: null }],
    ['500-800名', { kind: 'range', low: 500, high: 800, unit: '名', note: null }],
    ['3次-5次', { kind: 'range', low: 3, high: 5, unit: '次', note: null }],
    ['2至4项', { kind: 'range', low: 2, high: 4, unit: '项', note: null }],
    ['三至五次', { kind: 'range', low: 3, high: 5, unit: '次', note: null }],
    ['一到两场', { kind: 'range', low: 1, high: 2, unit: '场', note: null }],
    ['2024年11月前完成', { kind: 'deadline', deadline: { year: 2024, month: 11, day: null, bound: 'before' }, note: null }],
    ['年底前完成', { kind: 'deadline', deadline: { year: null, month: 12, day: null, bound: 'by' }, note: null }],
    ['12月底前', { kind: 'deadline', deadline: { year: null, month: 12, day: null, bound: 'by' }, note: null }],
    ['第三季度', { kind: 'deadline', deadline: { year: null, month: 9, day: null, bound: 'quarter' }, note: null }],
    ['2024-06-30前', { kind: 'deadline', deadline: { year: 2024, month: 6, day: 30, bound: 'before' }, note: null }],
    ['2019年6月底前', { kind: 'deadline', deadline: { year: 2019, month: 6, day: null, bound: 'by' }, note: null }],
    ['2024年12月31日', { kind: 'deadline', deadline: { year: 2024, month: 12, day: 31, bound: 'by' }, note: null }],
    ['２０２４年１１月前完成', { kind: 'deadline', deadline: { year: 2024, month: 11, day: null, bound: 'before' }, note: null }],
    ['3个工作日内', { kind: 'duration', comparator: '≤', value: 3, unit: '个工作日', note: null }],
    ['24小时内响应', { kind: 'duration', comparator: '≤', value: 24, unit: '小时', note: '响应' }],
    ['每季度一次', { kind: 'duration', comparator: null, value: 1, unit: '次', per: '季度', note: null }],
    ['每月至少2次', { kind: 'duration', comparator: '≥', value: 2, unit: '次', per: '月', note: null }],
    ['三年内', { kind: 'duration', comparator: '≤', value: 3, unit: '年', note: null }],
    ['十二个月内', { kind: 'duration', comparator: '≤', value: 12, unit: '个月', note: null }],
    ['一年一次', { kind: 'duration', comparator: null, value: 1, unit: '次', per: '年', note: null }],
    ['当年完成', { kind: 'deadline', deadline: { year: null, month: 12, day: null, bound: 'by' }, note: null }],
    ['合理', { kind: 'qualitative', text: '合理' }],
    ['及时', { kind: 'qualitative', text: '及时' }],
    ['有效保障', { kind: 'qualitative', text: '有效保障' }],
    ['提升', { kind: 'qualitative', text: '提升' }],
    ['不低于2018年', { kind: 'qualitative', text: '不低于2018年' }],
    ['高于2018年水平', { kind: 'qualitative', text: '高于2018年水平' }],
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
  ])('%s', (text, expected) => {
    expect(parseTarget(text)).toEqual(expected);
  });

  it.each([
    '通过会议搭建国内外交流合作平台，促成1-3项国内外项目合作意向',
    '有效（严格按照管理制度执行项目管理，项目合同合规率100% ，项目管理范围明确）',
    '会前及时组织多次筹备会议，保证会议如期举办',
  ])('a sentence that merely mentions a number is words: %s', (text) => {
    expect(parseTarget(text).kind).toBe('qualitative');
  });

  it.each([
    ['≥90%；≥95%', 2],
    ['≥500人，其中专家≥80人', 2],
    ['2024年6月前完成招标，12月底前完成验收', 2],
    ['≥90%\n≥95%\n≥98%', 3],
  ])('several targets in one cell: %s', (text, n) => {
    const t = parseTarget(text);
    expect(t.kind).toBe('multiple');
    if (t.kind === 'multiple') expect(t.parts).toHaveLength(n);
  });

  it.each(['≥1,000人', '≥85.00%。面向参会人员，共发放500份', '100%合规（即符合会议经费使用规定，符合事业单位财务管理规定）'])(
    'one target with a note or thousands separator is not several: %s',
    (text) => {
      expect(parseTarget(text).kind).toBe('quantity');
    },
  );

  it('errors and booleans are words, null is empty', () => {
    expect(parseTarget({ error: '#REF!' })).toEqual({ kind: 'qualitative', text: '#REF!' });
    expect(parseTarget(true)).toEqual({ kind: 'qualitative', text: 'TRUE' });
    expect(parseTarget(null)).toEqual({ kind: 'empty' });
  });
});

describe('formatTarget', () => {
  it.each([
    ['≥5场', '≥5.00(场)'],
    ['985米', '985.00(米)'],
    ['大于80%', '>80.00(%)'],
    ['≥99.995(%)', '≥99.995(%)'],
    ['3-5次', '3.00-5.00(次)'],
    ['2024年11月前完成', '2024年11月前'],
    ['年底前完成', '12月底前'],
    ['第三季度', '第三季度'],
    ['3个工作日内', '3个工作日内'],
    ['每季度一次', '每季度1次'],
    ['≥90%；≥95%', '≥90.00(%)；≥95.00(%)'],
    ['合理', '合理'],
  ])('%s → %s', (text, out) => {
    expect(formatTarget(parseTarget(text))).toBe(out);
  });

  it('has nothing to write for an empty cell', () => {
    expect(formatTarget({ kind: 'empty' })).toBeNull();
  });

  it('gives a time limit its standard quantity form', () => {
    expect(standardQuantityText(parseTarget('3个工作日内'))).toBe('≤3.00(个工作日)');
    expect(standardQuantityText(parseTarget('≥5场'))).toBe('≥5.00(场)');
    expect(standardQuantityText(parseTarget('每季度一次'))).toBeNull();
  });
});

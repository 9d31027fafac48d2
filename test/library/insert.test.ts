import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInLibrary } from '../../src/library/builtin';
import { formatIndicatorValue } from '../../src/library/format';
import { insertIndicators } from '../../src/library/insert';
import type { LibraryEntry } from '../../src/library/schema';
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

function entry(name: string): LibraryEntry {
  const e = builtInLibrary().find((x) => x.name === name);
  if (!e) throw new Error(`no library entry ${name}`);
  return e;
}

function sample(file: string): Form {
  return formFromSample(JSON.parse(readFileSync(join(__dirname, '../../../shared/samples', file), 'utf8')));
}

const sh2024 = profile('sh-2024');
const sh2019 = profile('sh-2019');
const rows = (f: Form): string[] => f.indicators.map((i) => `${i.level1}/${i.level2}/${i.name}`);

describe('formatIndicatorValue', () => {
  it.each([
    [{ comparator: '≥', value: '90', unit: '%' }, '≥90.00(%)'],
    [{ comparator: '=', value: '100', unit: '%' }, '=100.00(%)'],
    [{ comparator: '≤', value: '1', unit: '小时' }, '≤1.00(小时)'],
    [{ comparator: '≥', value: '', unit: '人次' }, '≥**(人次)'],
    [{ comparator: '', value: '', unit: '日期' }, '**月**日前'],
    [{ comparator: '', value: '**月**日前', unit: '日期' }, '**月**日前'],
    [{ comparator: '', value: '及时', unit: '' }, '及时'],
    [{ comparator: '≤', value: '批复预算', unit: '' }, '≤批复预算'],
    [{ comparator: '', value: '', unit: '' }, '**'],
    [{ comparator: '≥', value: '99.9', unit: '%' }, '≥99.90(%)'],
  ] as const)('%j → %s in every generation (the standard style)', (e, v) => {
    expect(formatIndicatorValue(e)).toBe(v);
  });
});

describe('insertIndicators', () => {
  it('appends to the end of an existing group and leaves every other row as it was', () => {
    const form = cleanForm2024();
    const { form: out, inserted, refused } = insertIndicators(form, sh2024, [entry('培训参加人数')]);
    expect(refused).toEqual([]);
    expect(rows(out)).toEqual([
      '产出指标/数量指标/服务企业数',
      '产出指标/数量指标/组织培训次数',
      '产出指标/数量指标/培训参加人数',
      ...rows(form).slice(2),
    ]);
    expect(out.indicators[2]?.value).toBe('≥**(人)');
    expect(inserted).toEqual([{ entryId: entry('培训参加人数').id, index: 2, placeholders: ['value'], newGroup: false }]);
    expect(out.indicators.filter((_, i) => i !== 2)).toEqual(form.indicators);
    // The input form is not changed.
    expect(form.indicators).toHaveLength(7);
  });

  it('creates missing groups in tree order: 成本指标 first, 经济效益 between 效益 groups', () => {
    const form = cleanForm2024();
    const { form: out, inserted } = insertIndicators(form, sh2024, [entry('节约运行成本'), entry('人均会议成本'), entry('政府采购节支率')]);
    expect(rows(out)).toEqual([
      '成本指标/经济成本指标/人均会议成本',
      '成本指标/经济成本指标/政府采购节支率',
      ...rows(form).slice(0, 4),
      '效益指标/经济效益指标/节约运行成本',
      ...rows(form).slice(4),
    ]);
    expect(inserted.map((r) => [r.index, r.newGroup])).toEqual([
      [0, true],
      [1, false],
      [6, true],
    ]);
  });

  it("keeps the form's own spelling of a level-1 when opening a group under it", () => {
    const form = cleanForm2024();
    form.indicators = form.indicators.map((i) => (i.level1 === '效益指标' ? { ...i, level1: '效果指标' } : i));
    const { form: out } = insertIndicators(form, sh2024, [entry('单位面积能耗下降率')]);
    const at = out.indicators.findIndex((i) => i.name === '单位面积能耗下降率');
    expect(out.indicators[at]).toMatchObject({ level1: '效果指标', level2: '生态效益指标' });
    expect(out.indicators[at - 1]?.level2).toBe('社会效益指标');
    expect(out.indicators[at + 1]?.level2).toBe('可持续影响指标');
  });

  it('puts a cost indicator under 产出指标/成本指标 when an older-style form already has that group', () => {
    const form = cleanForm2024();
    form.indicators.splice(3, 0, { level1: '产出指标', level2: '成本指标', name: '项目总成本', value: '≤90.00(万元)' });
    const { form: out } = insertIndicators(form, sh2024, [entry('人均培训成本')]);
    expect(rows(out).slice(3, 5)).toEqual(['产出指标/成本指标/项目总成本', '产出指标/成本指标/人均培训成本']);
    expect(out.indicators.some((i) => i.level1 === '成本指标')).toBe(false);
  });

  it('refuses an indicator already present, in Chinese and English, and inserts the others', () => {
    const form = cleanForm2024();
    const dup = { ...entry('服务企业满意度') };
    const { form: out, inserted, refused } = insertIndicators(form, sh2024, [dup, entry('及时完成率'), entry('及时完成率')]);
    expect(refused.map((r) => [r.name, r.code])).toEqual([
      ['服务企业满意度', 'duplicate'],
      ['及时完成率', 'duplicate'],
    ]);
    expect(refused[0]?.zh).toContain('已在指标表中');
    expect(refused[0]?.en).toContain('already in the indicator table');
    expect(inserted).toHaveLength(1);
    expect(out.indicators.filter((i) => i.name === '及时完成率')).toHaveLength(1);
  });

  it('compares names for duplicates ignoring spaces and full-width forms', () => {
    const form = cleanForm2024();
    form.indicators.push({ level1: '满意度指标', level2: '服务对象满意度指标', name: '群众 满意度', value: '≥90.00(%)' });
    expect(insertIndicators(form, sh2024, [entry('群众满意度')]).refused.map((r) => r.code)).toEqual(['duplicate']);
  });

  it('refuses a 投入和管理目标 indicator in a sh-2024 form: that profile has no such group', () => {
    const { refused, inserted } = insertIndicators(cleanForm2024(), sh2024, [entry('资金到位率')]);
    expect(inserted).toEqual([]);
    expect(refused[0]?.code).toBe('no-place');
    expect(refused[0]?.zh).toContain('没有对应的分组');
  });

  it('reports placeholders left in the name and the value', () => {
    const { inserted, form } = insertIndicators(cleanForm2024(), sh2024, [entry('购置**数量'), entry('项目验收达标率')]);
    const byId = new Map(inserted.map((r) => [r.entryId, r]));
    expect(byId.get(entry('购置**数量').id)?.placeholders).toEqual(['name', 'value']);
    expect(byId.get(entry('项目验收达标率').id)?.placeholders).toEqual([]);
    expect(form.indicators.find((i) => i.name === '项目验收达标率')?.value).toBe('=100.00(%)');
  });

  it('maps sh-2024 entries into a sh-2019 form by role, in the form’s own groups', () => {
    const form = sample('sh2019-bioforum.json');
    const { form: out, refused } = insertIndicators(form, sh2019, [entry('人均会议成本'), entry('与会人员满意度'), entry('会议通知提前发出天数')]);
    expect(refused).toEqual([]);
    const find = (n: string) => out.indicators.find((i) => i.name === n);
    expect(find('人均会议成本')).toMatchObject({ level1: '产出目标', level2: '成本目标', value: '≤**(元)' });
    expect(find('与会人员满意度')).toMatchObject({ level1: '效果目标', level2: '满意度目标' });
    expect(find('会议通知提前发出天数')).toMatchObject({ level1: '产出目标', level2: '时效目标' });
    // 成本目标 comes after 时效目标 in the sh-2019 tree, and before 效果目标.
    const names = out.indicators.map((i) => i.name);
    expect(names.indexOf('人均会议成本')).toBe(names.indexOf('会议通知提前发出天数') + 1);
    expect(out.indicators[names.indexOf('人均会议成本') + 1]?.level1).toBe('效果目标');
    // The satisfaction entry joins the existing 满意度目标 group, right after 参会人员满意度.
    expect(names.indexOf('与会人员满意度')).toBe(names.indexOf('参会人员满意度') + 1);
  });

  it('inserts a 2019-only entry (management) into a sh-2019 form under its group', () => {
    const form = sample('sh2019-bioforum.json');
    const { form: out } = insertIndicators(form, sh2019, [entry('资产账实相符率')]);
    const at = out.indicators.findIndex((i) => i.name === '资产账实相符率');
    expect(out.indicators[at]).toMatchObject({ level1: '投入和管理目标', level2: '资产管理', value: '=100.00(%)' });
    // 资产管理 is the last group of 投入和管理目标: after 项目实施管理, before 产出目标.
    expect(out.indicators[at - 1]?.level2).toBe('项目实施管理');
    expect(out.indicators[at + 1]?.level1).toBe('产出目标');
  });

  it('inserts into an empty indicator table', () => {
    const form = { ...cleanForm2024(), indicators: [] };
    const { form: out } = insertIndicators(form, sh2024, [entry('服务对象满意度'), entry('服务人次'), entry('资金支付及时率')]);
    expect(rows(out)).toEqual(['产出指标/数量指标/服务人次', '产出指标/时效指标/资金支付及时率', '满意度指标/服务对象满意度指标/服务对象满意度']);
  });
});

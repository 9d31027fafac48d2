import fc from 'fast-check';
import type { Form, Indicator } from '../../src/model/form';
import { MemoryHost } from '../../src/hosts/memory';
import { PROFILES, type Profile } from '../../src/profiles';
import { readWorkbook } from '../../src/read';
import { planStandardForm, planStandardSections, standardForm } from '../../src/write';
import { profileOf, sampleForm, SAMPLE_FILES } from './helpers';

async function readBack(form: Form, profile: Profile, bySection = false): Promise<Form[]> {
  const host = new MemoryHost();
  const target = { sheet: '申报表', createSheet: true };
  await host.apply(bySection ? planStandardSections(form, profile, target) : [planStandardForm(form, profile, target)]);
  const read = readWorkbook(await host.snapshot());
  return read.projects.map((p) => p.form);
}

describe('read(write(form)) gives the form back', () => {
  it.each(SAMPLE_FILES)('for the sample %s', async (file) => {
    const form = sampleForm(file);
    const profile = profileOf(form);
    expect(await readBack(form, profile)).toEqual([standardForm(form, profile)]);
  });

  it.each(SAMPLE_FILES)('for the sample %s written section by section', async (file) => {
    const form = sampleForm(file);
    const profile = profileOf(form);
    expect(await readBack(form, profile, true)).toEqual([standardForm(form, profile)]);
  });

  it.each(SAMPLE_FILES)('for %s with no indicators and no sub-items', async (file) => {
    const form = { ...sampleForm(file), indicators: [], subItems: [] };
    const profile = profileOf(form);
    expect(await readBack(form, profile)).toEqual([standardForm(form, profile)]);
  });

  it('writes a form kept in 万元 in 元', async () => {
    const base = sampleForm('sh2019-bioforum.json');
    const form = { ...base, amountScale: 10000, funding: { ...base.funding, totalBudget: 60.5, yearBudget: 60 }, subItems: [{ name: '活动', amount: 60 }] };
    const [back] = await readBack(form, profileOf(form));
    expect(back?.amountScale).toBe(1);
    expect(back?.funding['totalBudget']).toBe(605000);
    expect(back?.subItems).toEqual([{ name: '活动', amount: 600000 }]);
    expect(back).toEqual(standardForm(form, profileOf(form)));
  });

  it('standardForm only fills in what the layout prints (title, blank fields, checkbox options)', () => {
    const form = sampleForm('sh2019-bioforum.json');
    const std = standardForm(form, profileOf(form));
    expect(std.title).toBe('上海市财政支出项目绩效目标申报表（2019年度）');
    expect(std.fields['overview']).toBeNull();
    expect(std.checks['nature']).toEqual({
      options: ['市委市政府已确定的新增项目', '结转项目', '其他一次性项目', '经常性专项业务费', '其他经常性项目'],
      ticked: ['其他一次性项目'],
    });
    expect({ ...std, title: null, fields: form.fields, checks: form.checks }).toEqual({
      ...form,
      fields: form.fields,
      checks: form.checks,
    });
  });
});

// Texts a clerk might type: CJK, digits, punctuation, line breaks; never only blanks (a blank reads as null).
const CJK = '项目资金绩效指标服务企业满意度培训完成率数量质量时效成本效益社会生态可持续年度目标保障建设维护采购设备系统平台';
const textChar = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...CJK.split('')) },
  { weight: 2, arbitrary: fc.constantFrom(...'0123456789'.split('')) },
  { weight: 1, arbitrary: fc.constantFrom('，', '。', '、', '（', '）', '%', '≥', '-', ' ') },
);
const shortText = fc.array(textChar, { minLength: 2, maxLength: 24 }).map((cs) => cs.join('').trim()).filter((s) => s.length > 0);
const longText = fc
  .array(fc.array(textChar, { minLength: 20, maxLength: 160 }).map((cs) => cs.join('').trim()), { minLength: 1, maxLength: 4 })
  .map((ps) => ps.filter((p) => p.length > 0).join('\n'))
  .filter((s) => s.length > 0);
const indicatorValue = fc.oneof(
  fc.tuple(fc.constantFrom('≥', '=', '≤', '<'), fc.integer({ min: 0, max: 10000 }), fc.constantFrom('%', '次', '家', '人', '年')).map(
    ([c, n, u]) => `${c}${n}.00(${u})`,
  ),
  shortText,
);
const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null, freq: 3 });
const amount = optional(fc.integer({ min: 0, max: 5_000_000_000 }).map((fen) => fen / 100));

/** Indicators grouped as a form groups them: per level-1 in tree order, per level-2, 0–6 rows each. */
function indicatorsOf(profile: Profile): fc.Arbitrary<Indicator[]> {
  const groups = profile.indicators.tree.flatMap((l1) => l1.children.map((l2) => ({ level1: l1.name, level2: l2.name })));
  return fc
    .tuple(...groups.map(() => fc.array(fc.tuple(shortText, indicatorValue), { maxLength: 6 })))
    .map((perGroup) => perGroup.flatMap((rows, g) => rows.map(([name, value]) => ({ ...(groups[g] as { level1: string; level2: string }), name, value }))));
}

function formOf(profile: Profile): fc.Arbitrary<Form> {
  return fc
    .record({
      year: fc.integer({ min: 2019, max: 2030 }),
      texts: fc.array(optional(shortText), { minLength: profile.header.length, maxLength: profile.header.length }),
      long: fc.array(optional(longText), { minLength: profile.header.length, maxLength: profile.header.length }),
      ticks: fc.array(fc.nat(), { minLength: profile.header.length, maxLength: profile.header.length }),
      amounts: fc.array(amount, { minLength: profile.funding.fields.length, maxLength: profile.funding.fields.length }),
      goals: fc.array(optional(longText), { minLength: profile.goals.length, maxLength: profile.goals.length }),
      subItems: fc.array(fc.record({ name: shortText, amount }), { maxLength: profile.funding.subItems ? 5 : 0 }),
      indicators: indicatorsOf(profile),
    })
    .map((r) => {
      const fields: Form['fields'] = {};
      const checks: Form['checks'] = {};
      profile.header.forEach((h, i) => {
        if (h.kind === 'checkbox') {
          const tick = h.options[(r.ticks[i] ?? 0) % h.options.length] ?? null;
          fields[h.key] = tick;
          checks[h.key] = { options: [...h.options], ticked: tick ? [tick] : [] };
        } else fields[h.key] = h.kind === 'longtext' ? (r.long[i] ?? null) : (r.texts[i] ?? null);
      });
      const funding: Form['funding'] = {};
      profile.funding.fields.forEach((f, i) => (funding[f.key] = r.amounts[i] ?? null));
      const goals: Form['goals'] = {};
      profile.goals.forEach((g, i) => (goals[g.key] = r.goals[i] ?? null));
      return {
        profile: profile.id,
        year: r.year,
        title: null,
        fields,
        checks,
        funding,
        amountScale: 1,
        subItems: r.subItems,
        goals,
        indicators: r.indicators,
      };
    });
}

describe.each(PROFILES.map((p) => [p.id, p] as const))('random %s forms', (_, profile) => {
  it('read back as written: any indicator counts per group, long texts, empty optional fields', async () => {
    await fc.assert(
      fc.asyncProperty(formOf(profile), async (form) => {
        expect(await readBack(form, profile)).toEqual([standardForm(form, profile)]);
      }),
      { numRuns: 60 },
    );
  });
});

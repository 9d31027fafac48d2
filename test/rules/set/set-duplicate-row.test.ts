import type { Finding } from '../../../src/model/finding';
import type { Form, ReadProject } from '../../../src/model/form';
import { profileById } from '../../../src/profiles';
import { toFinding } from '../../../src/rules/context';
import { setDuplicateRow } from '../../../src/rules/set/set-duplicate-row';
import type { Locale } from '../../../src/rules/types';
import { cleanForm2019, cleanForm2024, placed } from '../../helpers/forms';

/** Runs the set rule over projects, each on its own sheet; findings per project. */
function runSet(forms: Form[], locale: Locale = 'zh-CN'): Finding[][] {
  const projects: ReadProject[] = forms.map((f, i) => {
    const p = placed(f);
    const sheet = `项目${i + 1}`;
    const move = <T extends { sheet: string }>(c: T): T => ({ ...c, sheet });
    return { form: p.form, cells: { ...p.cells, sheet, indicators: p.cells.indicators.map((c) => ({ level1: move(c.level1), level2: move(c.level2), name: move(c.name), value: move(c.value) })) } };
  });
  const out: Finding[][] = projects.map(() => []);
  setDuplicateRow.checkSet({
    projects,
    locale,
    profileOf: (p) => {
      const profile = profileById(p.form.profile);
      if (!profile) throw new Error('profile');
      return profile;
    },
    report: (project, input) => out[projects.indexOf(project)]?.push(toFinding(setDuplicateRow.meta, input, project.form, project.cells, locale)),
  });
  return out;
}

function named(name: string, change: (f: Form) => void = () => undefined): Form {
  const f = cleanForm2024();
  f.fields['name'] = name;
  change(f);
  return f;
}

/** A project sharing nothing with the clean form's rows except what `keep` says. */
function distinct(name: string, keep: number[]): Form {
  return named(name, (f) => {
    f.indicators = f.indicators.map((ind, i) => (keep.includes(i) ? ind : { ...ind, name: `${name}${ind.name}` }));
  });
}

describe('SET-DUPLICATE-ROW', () => {
  const cases: { name: string; forms: () => Form[]; expected: string[][] }[] = [
    { name: 'one project alone', forms: () => [named('甲')], expected: [[]] },
    { name: 'two projects sharing nothing', forms: () => [named('甲'), distinct('乙', [])], expected: [[], []] },
    {
      name: 'rows copied into the second project are reported there, with the first beside them',
      forms: () => [named('甲'), distinct('乙', [0, 6])],
      expected: [[], ['C51 服务企业数 ← 项目1!C51', 'C57 服务企业满意度 ← 项目1!C57']],
    },
    {
      name: 'spacing and full-width brackets do not hide a copy',
      forms: () => [
        named('甲'),
        named('乙', (f) => {
          f.indicators = [{ level1: '满意度指标', level2: '服务对象\n满意度指标', name: '服务企业满意度', value: '≥ 90.00（%）' }];
        }),
      ],
      expected: [[], ['C51 服务企业满意度 ← 项目1!C57']],
    },
    {
      name: 'a different value is a different row',
      forms: () => [named('甲'), named('乙', (f) => void (f.indicators = [{ level1: '满意度指标', level2: '服务对象满意度指标', name: '服务企业满意度', value: '≥95.00(%)' }]))],
      expected: [[], []],
    },
    {
      name: 'a row repeated inside one project is not a copy across projects',
      forms: () => [named('甲', (f) => void f.indicators.push({ ...(f.indicators[0] as Form['indicators'][number]) }))],
      expected: [[]],
    },
    {
      name: 'the third project points at the first occurrence',
      forms: () => [distinct('甲', [2]), distinct('乙', [2]), distinct('丙', [2])],
      expected: [[], ['C53 平台可用率 ← 项目1!C53'], ['C53 平台可用率 ← 项目1!C53']],
    },
    { name: 'different generations share no rows', forms: () => [named('甲'), cleanForm2019()], expected: [[], []] },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const found = runSet(c.forms());
    expect(found.map((fs) => fs.map((f) => `${f.location.cell ?? ''} ${f.indicator?.name ?? ''} ← ${f.related?.map((r) => `${r.sheet}!${r.cell ?? ''}`).join(',') ?? ''}`))).toEqual(c.expected);
    for (const f of found.flat()) expect(f.severity).toBe('info');
  });

  it('names the first project in both languages', () => {
    const forms = [named('甲项目'), distinct('乙', [0])];
    const zh = runSet(forms)[1]?.[0]?.message ?? '';
    const en = runSet(forms, 'en')[1]?.[0]?.message ?? '';
    expect(zh).toContain('与项目「甲项目」中的一行完全相同');
    expect(en).toContain('project "甲项目"');
    expect(setDuplicateRow.meta.docs.en.length).toBeGreaterThan(0);
  });
});

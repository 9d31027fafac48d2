import type { Form } from '../../../src/model/form';
import { docPlaceholder } from '../../../src/rules/document/doc-placeholder';
import { findPlaceholders } from '../../../src/rules/document/placeholders';
import { profileById } from '../../../src/profiles';
import { placed } from '../../helpers/forms';
import { runRule, testRule } from '../../helpers/rule-tester';
import { form2019, form2024 } from '../funding/edit';

const setIndicator = (i: number, part: 'name' | 'value', v: string) => (f: Form) => {
  const ind = f.indicators[i];
  if (ind) ind[part] = v;
};

testRule(docPlaceholder, {
  valid: [
    { name: 'clean 2024 form', form: form2024() },
    { name: 'clean 2019 form', form: form2019() },
    { name: 'a multiplication', form: form2024(setIndicator(0, 'name', '展位面积3*6米')) },
    { name: 'a footnote mark at the start', form: form2024((f) => void (f.goals['annual'] = '*注：2024年完成平台运维，服务企业不少于300家次，组织培训3-5次。')) },
    { name: 'a footnote mark at the end of a name', form: form2024(setIndicator(2, 'name', '平台可用率*')) },
    { name: 'XX inside a Latin word', form: form2024((f) => void (f.fields['name'] = 'XXL型号服务器运维')) },
    { name: 'a single × as a product', form: form2024(setIndicator(0, 'name', '服务企业数（家×次）')) },
    { name: 'amount cells are left to FUND-NUMBER', form: form2024((f) => void (f.funding['other'] = '**')) },
  ],
  invalid: [
    {
      name: 'stars in an indicator name',
      form: form2024(setIndicator(0, 'name', '购置**数量')),
      errors: [{ severity: 'error', cell: 'C51', message: ['三级指标（第 1 行）', '「**」', '购置**数量'], indicator: '购置**数量' }],
    },
    {
      name: 'a deadline with its month and day left as stars',
      form: form2024(setIndicator(3, 'value', '**月**日前完成')),
      errors: [{ cell: 'D54', message: ['「**」'] }],
    },
    {
      name: 'single stars standing for a month and a day',
      form: form2024(setIndicator(3, 'value', '*月*日前完成')),
      errors: [{ cell: 'D54', message: ['「*」'] }],
    },
    {
      name: 'XX for a unit name',
      form: form2024((f) => void (f.fields['unit'] = 'XX区科技创业中心')),
      errors: [{ cell: 'B7', message: ['「实施单位」', '「XX」'] }],
    },
    {
      name: '×× in a goal',
      form: form2024((f) => void (f.goals['overall'] = '建成稳定运行的科技服务平台，全年服务企业不少于××家次。')),
      errors: [{ cell: 'B30', message: ['「××」'] }],
    },
    {
      name: 'a masked phone number',
      form: form2019((f) => void (f.fields['phone'] = '5838****')),
      errors: [{ cell: 'B10', message: ['联系电话', '「****」'] }],
    },
    {
      name: 'an ellipsis for a whole value',
      form: form2024(setIndicator(2, 'value', '≥…(%)')),
      errors: [{ severity: 'error', cell: 'D53', message: ['「…」'] }],
    },
    {
      name: 'an ellipsis inside prose: only a question',
      form: form2024((f) => void (f.goals['annual'] = '2024年完成平台运维，服务企业不少于300家次，组织培训3-5次，开展政策宣讲、技术对接……')),
      errors: [{ severity: 'info', cell: 'B31', message: ['省略号「……」'] }],
    },
    {
      name: 'level-2 written on each row: each row is reported',
      form: form2024((f) => {
        f.indicators[0] = { ...(f.indicators[0] as Form['indicators'][number]), level2: 'XX指标' };
        f.indicators[1] = { ...(f.indicators[1] as Form['indicators'][number]), level2: 'XX指标' };
      }),
      errors: [{ cell: 'B51', message: ['二级指标（第 1 行）'] }, { cell: 'B52' }],
    },
    {
      name: 'one finding per cell, naming every kind of leftover in it',
      form: form2024(setIndicator(0, 'name', 'XX服务**数')),
      errors: [{ cell: 'C51', message: ['「XX」「**」'] }],
    },
  ],
});

describe('DOC-PLACEHOLDER on a merged level-2 cell', () => {
  it('reports the cell once, though two rows stand behind it', () => {
    const form = form2024((f) => {
      for (const i of [0, 1]) {
        const ind = f.indicators[i];
        if (ind) ind.level2 = 'XX指标';
      }
    });
    const project = placed(form);
    const first = project.cells.indicators[0];
    const second = project.cells.indicators[1];
    if (!first || !second) throw new Error('placed() gave no indicator cells');
    second.level2 = first.level2;
    expect(runRule(docPlaceholder, project).map((f) => f.location.cell)).toEqual(['B51']);
  });
});

describe('DOC-PLACEHOLDER in English', () => {
  it('keeps the form\'s labels as printed and says the rest in English', () => {
    const project = placed(
      form2024((f) => {
        setIndicator(0, 'name', '购置**数量')(f);
        setIndicator(1, 'value', '≥**(次)')(f);
      }),
    );
    expect(runRule(docPlaceholder, project, 'en').map((f) => f.message)).toEqual([
      expect.stringMatching(/^"三级指标 \(row 1 of the table\)" .*"\*\*"/),
      expect.stringMatching(/^"value of indicator "组织培训次数"" .*"\*\*"/),
    ]);
  });
});

describe('findPlaceholders', () => {
  const tokens = profileById('sh-2024')?.vocab['placeholders'] ?? [];
  it.each([
    ['购置**数量', false, ['**']],
    ['**月**日前', false, ['**', '**']],
    ['3*5', false, []],
    ['(a+b)*2', false, []],
    ['*注：以上为估算', false, []],
    ['*数量指标', false, []],
    ['*月*日前', false, ['*', '*']],
    ['*次', false, ['*']],
    ['*', false, ['*']],
    ['第*期', false, ['*']],
    ['xx公司', false, ['xx']],
    ['XXX', false, ['XXX']],
    ['MAXX', false, []],
    ['…', true, ['…']],
    ['等...', false, ['...']],
    ['包括研讨、对接、宣传推广等……', true, ['……']],
    ['＊＊', false, ['＊＊']],
  ])('%s', (text, prose, expected) => {
    expect(findPlaceholders(text, tokens, prose).map((h) => h.fragment)).toEqual(expected);
  });

  it('marks an ellipsis in prose as soft, alone or in a short value as hard', () => {
    expect(findPlaceholders('包括研讨、对接、宣传推广等……', tokens, true)[0]?.soft).toBe(true);
    expect(findPlaceholders('……', tokens, true)[0]?.soft).toBe(false);
    expect(findPlaceholders('≥…(%)', tokens, false)[0]?.soft).toBe(false);
  });
});

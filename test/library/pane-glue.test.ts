import { importUnitLibraryFile } from '../../src/library/import-file';
import { emptyUnitLibrary, serialiseUnitLibrary } from '../../src/library/io';
import type { LibraryEntry } from '../../src/library/schema';
import { libraryToXlsx } from '../../src/library/xlsx';
import { profileById } from '../../src/profiles';
import { insertOutcomeOf, placeholderSelection } from '../../src/taskpane/library/outcome';
import { prepareLibraryPane } from '../../src/taskpane/library/prepare';
import { cleanForm2024 } from '../helpers/forms';

const own: LibraryEntry = {
  id: 'u-1',
  profile: 'sh-2024',
  level1: '产出指标',
  level2: '时效指标',
  name: '简报报送及时率',
  unit: '%',
  comparator: '=',
  value: '100',
  kinds: ['通用'],
  explanation: '反映简报按期报送的比例。',
  source: 'JiXiao 用户导入（本单位指标库）',
};

describe('importUnitLibraryFile', () => {
  it('reads .json and .xlsx alike', async () => {
    const json = new TextEncoder().encode(serialiseUnitLibrary({ ...emptyUnitLibrary('甲'), entries: [own] }));
    const a = await importUnitLibraryFile('mine.JSON', json, '乙');
    expect(a.library?.name).toBe('甲');
    expect(a.entries.map((e) => e.name)).toEqual(['简报报送及时率']);
    const b = await importUnitLibraryFile('mine.xlsx', await libraryToXlsx([own]), '乙');
    expect(b.library?.name).toBe('乙');
    expect(b.entries.map((e) => [e.name, e.comparator, e.value])).toEqual([['简报报送及时率', '=', '100']]);
  });

  it('refuses other file types with a message', async () => {
    const r = await importUnitLibraryFile('mine.csv', new Uint8Array(), '乙');
    expect(r.library).toBeNull();
    expect(r.problems[0]?.zh).toContain('不支持的文件类型');
  });
});

describe('insertOutcomeOf', () => {
  const refused = [{ entryId: 'b-1', name: 'x', code: 'duplicate' as const, zh: '重复', en: 'duplicate' }];
  const form = { profile: 'sh-2024', year: null, title: null, fields: {}, checks: {}, funding: {}, amountScale: 1, subItems: [], goals: {}, indicators: [] };
  it.each([
    ['a written insert', { plan: {} as never, select: [{ sheet: 's', row: 1, col: 1 }] }, { inserted: 2, placeholders: 1, refused: [{ zh: '重复', en: 'duplicate' }] }],
    ['a refused plan', { plan: null, select: [], error: { zh: '表格无法重建', en: 'cannot rebuild' } }, { inserted: 0, placeholders: 0, refused: [{ zh: '重复', en: 'duplicate' }], error: { zh: '表格无法重建', en: 'cannot rebuild' } }],
  ])('%s', (_what, part, expected) => {
    const result = {
      form,
      inserted: [
        { entryId: 'a', index: 0, placeholders: ['value' as const], newGroup: false },
        { entryId: 'b', index: 1, placeholders: [], newGroup: false },
      ],
      refused,
    };
    expect(insertOutcomeOf({ result, ...part })).toEqual(expected);
  });
});

describe('prepareLibraryPane', () => {
  it('indexes built-in and unit entries, suggests for the form and starts from the guessed kind', () => {
    const p = profileById('sh-2024');
    if (!p) throw new Error('profile missing');
    const form = { ...cleanForm2024(), fields: { ...cleanForm2024().fields, name: '业务培训经费' } };
    const data = prepareLibraryPane(p, form, [[own]]);
    expect(data.index.entries.some((e) => e.entry.id === 'u-1' && e.origin === 'unit')).toBe(true);
    expect(data.initialKinds).toEqual(['培训']);
    expect(data.suggestions?.groups.map((g) => g.level2)).toEqual(['经济成本指标']);
    const browse = prepareLibraryPane(p, null);
    expect(browse.suggestions).toBeNull();
    expect(browse.initialKinds).toEqual([]);
  });
});

describe('placeholderSelection', () => {
  const form = { profile: 'sh-2024', year: null, title: null, fields: {}, checks: {}, funding: {}, amountScale: 1, subItems: [], goals: {}, indicators: [] };
  const result = { form, inserted: [], refused: [] };
  it('makes the first ** cell active and the others related', () => {
    const sel = placeholderSelection({
      result,
      plan: {} as never,
      select: [
        { sheet: '申报表', row: 20, col: 4 },
        { sheet: '申报表', row: 20, col: 5 },
      ],
    });
    expect(sel).toEqual({
      first: { sheet: '申报表', cell: 'D20', row: 20, col: 4 },
      related: [{ sheet: '申报表', cell: 'E20', row: 20, col: 5, role: 'placeholder' }],
    });
  });

  it('selects nothing when no plan was written or nothing holds **', () => {
    expect(placeholderSelection({ result, plan: null, select: [{ sheet: 's', row: 1, col: 1 }] })).toBeNull();
    expect(placeholderSelection({ result, plan: {} as never, select: [] })).toBeNull();
  });
});

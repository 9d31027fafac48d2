import { emptyUnitLibrary, UNIT_LIBRARY_SETTING_KEY } from '../../src/library/io';
import type { LibraryEntry, UnitLibrary } from '../../src/library/schema';
import { mergeUnitLibraries, unitLibraryStore, type LibraryBag } from '../../src/library/store';

function bag(initial: Record<string, unknown> = {}): LibraryBag & { data: Record<string, unknown>; saves: number } {
  const b = {
    data: { ...initial },
    saves: 0,
    get: (name: string) => b.data[name],
    set: (name: string, value: unknown) => {
      b.data[name] = value;
    },
    save: async () => {
      b.saves++;
    },
  };
  return b;
}

const entry = (name: string, value = '90'): LibraryEntry => ({
  id: `u-${name.length}${value}`,
  profile: 'sh-2024',
  level1: '满意度指标',
  level2: '服务对象满意度指标',
  name,
  unit: '%',
  comparator: '≥',
  value,
  kinds: ['通用'],
  explanation: '反映服务对象的满意程度。',
  source: 'JiXiao 用户导入（本单位指标库）',
});

const lib = (name: string, entries: LibraryEntry[]): UnitLibrary => ({ ...emptyUnitLibrary(name), entries });

describe('unitLibraryStore', () => {
  it('saves the library as text in the bag and loads it back', async () => {
    const b = bag();
    const store = unitLibraryStore(b);
    await store.save(lib('甲', [entry('食堂满意度')]));
    expect(typeof b.data[UNIT_LIBRARY_SETTING_KEY]).toBe('string');
    expect(b.saves).toBe(1);
    expect(await store.load()).toEqual({ library: lib('甲', [entry('食堂满意度')]), problems: [] });
  });

  it.each([
    ['nothing stored', undefined, 0],
    ['damaged text', '{"format":', 1],
    ['a foreign object', { hello: 1 }, 1],
  ])('opens with an empty library when there is %s', async (_what, raw, problems) => {
    const store = unitLibraryStore(bag(raw === undefined ? {} : { [UNIT_LIBRARY_SETTING_KEY]: raw }), '某单位');
    const loaded = await store.load();
    expect(loaded.library).toEqual(emptyUnitLibrary('某单位'));
    expect(loaded.problems).toHaveLength(problems);
  });
});

describe('mergeUnitLibraries', () => {
  it('adds new entries and lets an imported entry replace one of the same name', () => {
    const merged = mergeUnitLibraries(lib('甲', [entry('食堂满意度', '90'), entry('保洁满意度')]), lib('乙', [entry('食堂 满意度', '95'), entry('绿化满意度')]));
    expect(merged.name).toBe('甲');
    expect(merged.entries.map((e) => [e.name, e.value])).toEqual([
      ['食堂 满意度', '95'],
      ['保洁满意度', '90'],
      ['绿化满意度', '90'],
    ]);
  });
});

import { builtInLibrary, builtInRaw } from '../../src/library/builtin';
import { placementIn, roleOfEntry } from '../../src/library/placement';
import { pinyinIndex } from '../../src/library/pinyin';
import { LibraryEntrySchema, PROJECT_KINDS } from '../../src/library/schema';
import { normaliseLabel } from '../../src/parse/text';
import { profileById } from '../../src/profiles';
import type { Profile } from '../../src/profiles/schema';

function profile(id: string): Profile {
  const p = profileById(id);
  if (!p) throw new Error(`profile ${id} missing`);
  return p;
}

const lib = builtInLibrary();
const sh2024 = profile('sh-2024');
const sh2019 = profile('sh-2019');

describe('built-in library data', () => {
  it('holds at least 250 entries that each pass the schema', () => {
    const raw = builtInRaw();
    expect(raw.length).toBeGreaterThanOrEqual(250);
    const bad = raw.filter((r) => !LibraryEntrySchema.safeParse(r).success);
    expect(bad).toEqual([]);
  });

  it('has no duplicate ids or names', () => {
    const ids = new Set(lib.map((e) => e.id));
    const names = new Set(lib.map((e) => normaliseLabel(e.name)));
    expect(ids.size).toBe(lib.length);
    expect(names.size).toBe(lib.length);
  });

  it("places every entry in its own profile's tree", () => {
    const misplaced = lib.filter((e) => roleOfEntry(e) === null).map((e) => `${e.id} ${e.level1}/${e.level2}`);
    expect(misplaced).toEqual([]);
  });

  it('maps every entry into sh-2019 with the same role (all of sh-2024 roles exist there)', () => {
    const wrong = lib.filter((e) => placementIn(e, sh2019)?.role !== roleOfEntry(e)).map((e) => e.name);
    expect(wrong).toEqual([]);
  });

  it('maps every entry into sh-2024 except 投入和管理目标 (management), with 影响力目标 going to 可持续影响指标', () => {
    for (const e of lib) {
      const role = roleOfEntry(e);
      const p = placementIn(e, sh2024);
      if (role === 'management') expect(p).toBeNull();
      else if (role === 'influence') expect(p).toEqual({ level1: '效益指标', level2: '可持续影响指标', role: 'sustainable' });
      else expect(p?.role).toBe(role);
    }
  });

  it.each([
    ['sh-2024', sh2024],
    ['sh-2019', sh2019],
  ] as const)('covers every level-2 of %s with at least two entries', (_id, p) => {
    const counts = new Map<string, number>();
    for (const e of lib) {
      const at = placementIn(e, p);
      if (at) counts.set(`${at.level1}/${at.level2}`, (counts.get(`${at.level1}/${at.level2}`) ?? 0) + 1);
    }
    const thin = p.indicators.tree.flatMap((l1) => l1.children.map((l2) => `${l1.name}/${l2.name}`)).filter((k) => (counts.get(k) ?? 0) < 2);
    expect(thin).toEqual([]);
  });

  it.each(['会议', '培训', '设备购置', '信息化运维', '房屋维修', '科技服务', '课题研究', '平台建设', '通用'])(
    'offers at least 15 entries for the project kind %s',
    (kind) => {
      expect(lib.filter((e) => e.kinds.some((k) => k === kind)).length).toBeGreaterThanOrEqual(15);
    },
  );

  it('uses only known project kinds', () => {
    const kinds = new Set(lib.flatMap((e) => e.kinds));
    for (const k of kinds) expect(PROJECT_KINDS).toContain(k);
  });

  it('gives every entry a real source: a public address, or JiXiao 编写 naming the guidance followed', () => {
    const unsourced = lib.filter((e) => !/^https?:\/\//.test(e.source) && !/^JiXiao 编写（依据 .+）$/.test(e.source));
    expect(unsourced.map((e) => e.id)).toEqual([]);
    // Our additions are our own wording: they say so and name what they follow.
    const added = lib.filter((e) => !e.id.startsWith('b-c'));
    expect(added.filter((e) => !e.source.startsWith('JiXiao 编写（依据 ')).map((e) => e.id)).toEqual([]);
  });

  it('keeps the sources of the 165 candidates', () => {
    const candidates = lib.filter((e) => e.id.startsWith('b-c'));
    expect(candidates.length).toBeGreaterThanOrEqual(160);
    for (const e of candidates) expect(e.source).toMatch(/^https?:\/\//);
  });

  it('writes a typical value that agrees with the unit: percentages within 0–100', () => {
    const bad = lib.filter((e) => e.unit === '%' && /^\d/.test(e.value) && (Number(e.value) < 0 || Number(e.value) > 100));
    expect(bad).toEqual([]);
  });

  it('has a precomputed pinyin reading for every built-in name (rerun scripts/build-library-index.ts after editing the data)', () => {
    const words = pinyinIndex().words;
    const missing = lib.filter((e) => words[e.name] === undefined).map((e) => e.name);
    expect(missing).toEqual([]);
    expect(Object.keys(words).length).toBe(lib.length);
  });
});

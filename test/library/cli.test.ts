import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { builtInLibrary } from '../../src/library/builtin';
import { emptyUnitLibrary, entriesToRows, serialiseUnitLibrary } from '../../src/library/io';
import type { LibraryEntry } from '../../src/library/schema';
import { libraryToXlsx } from '../../src/library/xlsx';
import { canteenEntry as own } from '../helpers/unit-entry';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(...argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    color: false,
  });
  return { code, out, err };
}


let dir: string;
const at = (name: string): string => join(dir, name);

beforeAll(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'jixiao-library-'));
  await fs.writeFile(at('unit.json'), serialiseUnitLibrary({ ...emptyUnitLibrary('某中心'), entries: [own] }));
  await fs.writeFile(at('broken.json'), '{not json');
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('jixiao library search', () => {
  it('lists matching indicators with their group, formatted value and explanation', async () => {
    const r = await run('library', 'search', '满意度', '--limit', '5');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n').filter((l) => l.startsWith('满意度指标／服务对象满意度指标'));
    expect(lines).toHaveLength(5);
    expect(r.out).toContain('≥90.00(%)');
  });

  it('answers pinyin initials, a kind filter and the sh-2019 profile', async () => {
    const r = await run('library', 'search', 'myd', '--kind', '培训', '--profile', 'sh-2019', '--format', 'json');
    expect(r.code).toBe(0);
    const hits = JSON.parse(r.out) as { name: string; kinds: string[]; placement: { level1: string; level2: string } }[];
    expect(hits.length).toBeGreaterThan(2);
    expect(hits.every((h) => h.name.includes('满意度') && (h.kinds.includes('培训') || h.kinds.includes('通用')))).toBe(true);
    expect(hits[0]?.placement).toEqual({ level1: '效果目标', level2: '满意度目标' });
    expect(hits[0]?.kinds).toContain('培训');
  });

  it("merges a unit's library given with --library", async () => {
    const r = await run('library', 'search', 'stjc', '--library', at('unit.json'), '--format', 'json');
    const hits = JSON.parse(r.out) as { id: string; origin: string }[];
    expect(hits.map((h) => [h.id, h.origin])).toEqual([['u-canteen', 'unit']]);
  });

  it.each([
    [['library', 'search', '满意', '--kind', '火箭'], '未知项目类型：火箭'],
    [['library', 'search', '满意', '--profile', 'bj-2020'], '未知表样：bj-2020'],
    [['library', 'search', '满意', '--limit', '0'], '--limit 需要正整数'],
    [['library', 'search', '满意', '--library', 'missing-file.json'], '无法读取 missing-file.json'],
    [['library', 'frobnicate'], '用法'],
  ])('%j exits 2 with a message', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it('says when nothing matches', async () => {
    const r = await run('library', 'search', '火星探测');
    expect(r.code).toBe(0);
    expect(r.out).toContain('没有找到匹配的指标');
  });
});

describe('jixiao library export / import', () => {
  it('exports the whole library as JSON that parses back', async () => {
    const r = await run('library', 'export');
    expect(r.code).toBe(0);
    const lib = JSON.parse(r.out) as { format: string; entries: LibraryEntry[] };
    expect(lib.format).toBe('jixiao-library');
    expect(lib.entries).toHaveLength(builtInLibrary().length);
  });

  it('exports the unit library alone with --unit-only, and .xlsx to a file', async () => {
    const r = await run('library', 'export', '--library', at('unit.json'), '--unit-only');
    expect((JSON.parse(r.out) as { entries: LibraryEntry[] }).entries).toEqual([own]);
    const x = await run('library', 'export', '--format', 'xlsx', '--out', at('all.xlsx'));
    expect(x.code).toBe(0);
    expect((await fs.stat(at('all.xlsx'))).size).toBeGreaterThan(10000);
    const noOut = await run('library', 'export', '--format', 'xlsx');
    expect(noOut.code).toBe(2);
  });

  it('imports an .xlsx, reports the bad rows and writes the good ones with --out', async () => {
    const rows = entriesToRows([own]);
    const entries = [own, { ...own, id: 'u-x', name: '错放指标', level2: '数量指标', level1: '满意度指标' }];
    const xlsx = await libraryToXlsx(entries);
    await fs.writeFile(at('mine.xlsx'), xlsx);
    const r = await run('library', 'import', at('mine.xlsx'), '--out', at('mine.json'), '--name', '某中心');
    expect(r.code).toBe(1);
    expect(r.out).toContain('有效 1 条，问题 1 处');
    expect(r.out).toContain('第 3 行（错放指标）');
    const saved = JSON.parse(await fs.readFile(at('mine.json'), 'utf8')) as { name: string; entries: LibraryEntry[] };
    expect(saved.name).toBe('某中心');
    expect(saved.entries.map((e) => e.name)).toEqual([rows[1]?.[2]]);
  });

  it('refuses a library file that is not JSON', async () => {
    const r = await run('library', 'import', at('broken.json'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('不是有效的 JSON');
  });
});

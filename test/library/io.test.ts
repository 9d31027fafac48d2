import { builtInLibrary } from '../../src/library/builtin';
import {
  emptyUnitLibrary,
  entriesToRows,
  parseUnitLibrary,
  rowsToEntries,
  serialiseUnitLibrary,
  splitValue,
  unitEntryId,
  XLSX_COLUMNS,
} from '../../src/library/io';
import type { LibraryEntry, UnitLibrary } from '../../src/library/schema';
import { libraryFromXlsx, libraryToXlsx } from '../../src/library/xlsx';
import type { CellValue } from '../../src/model/snapshot';
import { canteenEntry } from '../helpers/unit-entry';

const own: LibraryEntry = { ...canteenEntry, id: 'u-1' };

const library: UnitLibrary = { ...emptyUnitLibrary('某某中心指标库'), entries: [own] };

describe('unit library JSON (workbook settings and --library files)', () => {
  it('round-trips through serialise/parse', () => {
    const back = parseUnitLibrary(serialiseUnitLibrary(library));
    expect(back.problems).toEqual([]);
    expect(back.library).toEqual(library);
  });

  it.each([
    ['not JSON', '{oops', '不是有效的 JSON'],
    ['another format', JSON.stringify({ format: 'other', entries: [] }), '不是 JiXiao 指标库文件'],
    ['no entries array', JSON.stringify({ format: 'jixiao-library', version: 1, name: 'x' }), '不是 JiXiao 指标库文件'],
  ])('refuses %s with a message', (_what, text, zh) => {
    const r = parseUnitLibrary(text);
    expect(r.library).toBeNull();
    expect(r.problems[0]?.zh).toContain(zh);
    expect(r.problems[0]?.en.length).toBeGreaterThan(5);
  });

  it('reports each bad entry by row, in both languages, and keeps the good ones', () => {
    const text = JSON.stringify({
      ...library,
      entries: [
        own,
        { ...own, id: 'u-2', name: '会议满意度', comparator: '约' },
        { ...own, id: 'u-3', name: '错位指标', level1: '产出指标', level2: '满意度指标' },
        { ...own, id: 'u-4', name: ' 食堂就餐满意度 ' },
        { ...own, id: 'u-5', name: '不适用项目', kinds: ['火箭发射'] },
      ],
    });
    const r = parseUnitLibrary(text);
    expect(r.entries.map((e) => e.id)).toEqual(['u-1']);
    expect(r.problems.map((p) => p.row)).toEqual([2, 3, 4, 5]);
    expect(r.problems[0]?.zh).toBe('第 2 行（会议满意度）：比较符不是允许的取值');
    expect(r.problems[0]?.en).toContain('comparator');
    expect(r.problems[1]?.zh).toContain('“产出指标／满意度指标”不是sh-2024表样中的指标分类');
    expect(r.problems[2]?.zh).toContain('与第 1 行重名');
    expect(r.problems[3]?.zh).toContain('适用项目不是允许的取值');
  });
});

describe('splitValue', () => {
  it.each([
    ['≥90.00(%)', '%', '≥', '90'],
    ['≥90%', '%', '≥', '90'],
    ['＝100.00（%）', '%', '=', '100'],
    ['不低于85', '%', '≥', '85'],
    ['<=2', '小时', '≤', '2'],
    ['**月**日前', '日期', '', '**月**日前'],
    ['及时', '', '', '及时'],
    ['', '次', '', ''],
  ])('%s (unit %s) → %s %s', (text, unit, comparator, value) => {
    expect(splitValue(text, unit)).toEqual({ comparator, value });
  });
});

describe('spreadsheet form (columns 一级指标 … 说明)', () => {
  it('writes the header the issue names, then one row per entry', () => {
    const rows = entriesToRows([own]);
    expect(rows[0]?.slice(0, 7)).toEqual(['一级指标', '二级指标', '三级指标', '单位', '指标值', '适用项目', '说明']);
    expect(rows[1]).toEqual(['满意度指标', '服务对象满意度指标', '食堂就餐满意度', '%', '≥95', '物业运维', own.explanation, own.source]);
  });

  it('reads rows back into the same entries, any column order, blank rows skipped', () => {
    const rows = entriesToRows(builtInLibrary().slice(0, 40));
    const back = rowsToEntries(rows);
    expect(back.problems).toEqual([]);
    expect(back.entries.map((e) => [e.level1, e.level2, e.name, e.unit, e.comparator, e.value, e.kinds, e.explanation])).toEqual(
      builtInLibrary()
        .slice(0, 40)
        .map((e) => [e.level1, e.level2, e.name, e.unit, e.comparator, e.value, e.kinds, e.explanation]),
    );
    const header = [...XLSX_COLUMNS].slice(0, 7).reverse();
    const reversed: CellValue[][] = [['某单位指标库'], header, [], ['说明文字', '通用', '≥**(次)', '次', '组织活动次数', '数量指标', '产出指标']];
    const r = rowsToEntries(reversed);
    expect(r.problems).toEqual([]);
    expect(r.entries[0]).toMatchObject({ name: '组织活动次数', comparator: '≥', value: '**', unit: '次', kinds: ['通用'], profile: 'sh-2024', id: unitEntryId('组织活动次数') });
  });

  it('places a 2019 category in the sh-2019 profile', () => {
    const r = rowsToEntries([[...XLSX_COLUMNS].slice(0, 7), ['影响力目标', '信息共享', '简报报送次数', '次', '≥12', '通用', '']]);
    expect(r.entries[0]).toMatchObject({ profile: 'sh-2019', explanation: '反映简报报送次数的完成情况。' });
  });

  it('names each bad row as Excel numbers it', () => {
    const rows: CellValue[][] = [
      [...XLSX_COLUMNS].slice(0, 7),
      ['产出指标', '数量指标', '好指标', '次', '≥2', '会议', '反映会议组织的次数。'],
      ['产出指标', '效果指标', '放错类', '次', '≥2', '会议', ''],
      ['产出指标', '数量指标', '怪类型', '次', '≥2', '航天', ''],
      ['产出指标', '数量指标', '', '次', '≥2', '会议', ''],
    ];
    const r = rowsToEntries(rows);
    expect(r.entries.map((e) => e.name)).toEqual(['好指标']);
    expect(r.problems.map((p) => p.row)).toEqual([3, 4, 5]);
    expect(r.problems[0]?.zh).toContain('第 3 行（放错类）');
    expect(r.problems[1]?.zh).toContain('适用项目“航天”');
    expect(r.problems[2]?.zh).toContain('三级指标为空或太短');
  });

  it('says which columns are missing', () => {
    expect(rowsToEntries([['三级指标', '单位']]).problems[0]?.zh).toContain('表头缺少列：一级指标、二级指标、指标值、适用项目、说明');
    expect(rowsToEntries([['a', 'b']]).problems[0]?.zh).toContain('找不到表头');
  });

  it('round-trips the whole built-in library through an .xlsx file', async () => {
    const data = await libraryToXlsx(builtInLibrary());
    const back = await libraryFromXlsx(data);
    expect(back.problems).toEqual([]);
    expect(back.entries.map((e) => e.name)).toEqual(builtInLibrary().map((e) => e.name));
    expect(back.entries.map((e) => e.source)).toEqual(builtInLibrary().map((e) => e.source));
  });

  it('reports an unreadable .xlsx as one problem', async () => {
    const r = await libraryFromXlsx(new TextEncoder().encode('not a zip'));
    expect(r.entries).toEqual([]);
    expect(r.problems[0]?.zh).toContain('无法读取 .xlsx 文件');
  });
});

/** @jest-environment jsdom */
import { deserialize, serialize } from 'node:v8';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { MemoryHost } from '../../src/hosts/memory';
import { builtInLibrary } from '../../src/library/builtin';
import { emptyUnitLibrary, parseUnitLibrary, serialiseUnitLibrary, UNIT_LIBRARY_SETTING_KEY } from '../../src/library/io';
import type { LibraryEntry, UnitLibrary } from '../../src/library/schema';
import { libraryFromXlsx } from '../../src/library/xlsx';
import { demoSnapshot } from '../../src/preview/demo';
import type { SettingsBag } from '../../src/settings/schema';
import { memorySettingsBag, memorySettingsStore } from '../../src/settings/stores';
import { App } from '../../src/taskpane/components/App';
import { PaneContext, type PaneServices } from '../../src/taskpane/context';
import { productPipeline } from '../../src/taskpane/pipeline';
import { canteenEntry as canteen } from '../helpers/unit-entry';

// jsdom lacks what browsers have: structuredClone (memory host), TextEncoder/Decoder, ResizeObserver (Fluent).
if (typeof globalThis.structuredClone !== 'function') globalThis.structuredClone = <T,>(v: T): T => deserialize(serialize(v)) as T;
if (typeof globalThis.TextEncoder !== 'function') Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });
if (typeof globalThis.ResizeObserver !== 'function')
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };

const builtinTwin = builtInLibrary()[0];
if (!builtinTwin) throw new Error('built-in library empty');
/** A unit entry with a built-in's name: the unit's version must be the one found. */
const ownVersion: LibraryEntry = { ...builtinTwin, id: 'u-own-version', explanation: '本单位口径：按年度考核办法计算。', source: 'JiXiao 用户导入（本单位指标库）' };

const goodLibrary: UnitLibrary = { ...emptyUnitLibrary('某某中心指标库'), entries: [canteen, ownVersion] };

async function mount(opts: { bag?: SettingsBag; locale?: 'zh-CN' | 'en' } = {}) {
  const bag = opts.bag ?? memorySettingsBag();
  const services: PaneServices = {
    host: MemoryHost.fromSnapshot(await demoSnapshot()),
    pipeline: productPipeline,
    settings: memorySettingsStore({ locale: opts.locale ?? 'zh-CN', profile: 'auto' }, bag),
    settingsPlace: 'workbook',
  };
  const view = render(
    <PaneContext.Provider value={services}>
      <App />
    </PaneContext.Provider>,
  );
  const tabName = opts.locale === 'en' ? /Library/ : '指标库';
  await waitFor(() => screen.getByRole('tab', { name: tabName }));
  fireEvent.click(screen.getByRole('tab', { name: tabName }));
  await screen.findByTestId('unit-count', {}, { timeout: 10000 });
  return { bag, view };
}

function pick(name: string, content: string | Uint8Array): void {
  const file = new File([content as BlobPart], name);
  fireEvent.change(screen.getByTestId('library-import'), { target: { files: [file] } });
}

const messages = (): string[] => screen.queryAllByTestId('library-message').map((m) => m.textContent ?? '');

function search(text: string): HTMLElement[] {
  fireEvent.change(screen.getByRole('searchbox'), { target: { value: text } });
  return screen.queryAllByTestId('library-row');
}

function stored(bag: SettingsBag): UnitLibrary | null {
  const raw = bag.get(UNIT_LIBRARY_SETTING_KEY);
  return typeof raw === 'string' ? parseUnitLibrary(raw).library : null;
}

describe('指标库 tab: the unit library', () => {
  it('imports a good JSON file, stores it in the settings bag and finds its entries first', async () => {
    const { bag } = await mount();
    expect(screen.getByTestId('unit-count').textContent).toBe('本单位指标库：0 条');
    pick('中心指标库.json', serialiseUnitLibrary(goodLibrary));
    await waitFor(() => expect(screen.getByTestId('unit-count').textContent).toBe('本单位指标库：2 条'));
    expect(messages()).toEqual(['已导入 2 条本单位指标；本单位指标库共 2 条，已保存在工作簿中。']);
    expect(stored(bag)?.entries.map((e) => e.name)).toEqual(['食堂就餐满意度', builtinTwin.name]);

    const hits = search('食堂就餐');
    expect(hits.map((r) => within(r).getByRole('checkbox').getAttribute('aria-label'))[0]).toBe('食堂就餐满意度');
    expect(within(hits[0] as HTMLElement).getByText('本单位')).toBeTruthy();

    // Equal names: one row, the unit's wording.
    const twins = search(builtinTwin.name).filter((r) => within(r).getByRole('checkbox').getAttribute('aria-label') === builtinTwin.name);
    expect(twins).toHaveLength(1);
    expect(within(twins[0] as HTMLElement).getByText(ownVersion.explanation)).toBeTruthy();
  });

  it('keeps the library with the settings: a pane opened later on the same bag has it', async () => {
    const bag = memorySettingsBag({ [UNIT_LIBRARY_SETTING_KEY]: serialiseUnitLibrary(goodLibrary) });
    await mount({ bag });
    await waitFor(() => expect(screen.getByTestId('unit-count').textContent).toBe('本单位指标库：2 条'));
    expect(search('食堂就餐')).toHaveLength(1);
  });

  const badRows = {
    format: 'jixiao-library',
    version: 1,
    name: '有错的库',
    entries: [
      canteen,
      { ...canteen, id: 'u-b', name: '会场布置合格率', level2: '不存在的分类' },
      { ...canteen, id: 'u-c' },
      { ...canteen, id: 'u-d', name: '', explanation: '短' },
    ],
  };

  it.each([
    ['zh-CN', '已导入 1 条本单位指标，3 行未导入（见下）；本单位指标库共 1 条，已保存在工作簿中。', ['第 2 行（会场布置合格率）：', '第 3 行（食堂就餐满意度）：与第 1 行重名', '第 4 行：']],
    ['en', '1 unit indicators imported, 3 rows left out (below); the unit library has 1, saved in the workbook.', ['row 2 (会场布置合格率): ', 'row 3 (食堂就餐满意度): same name as row 1', 'row 4: ']],
  ] as const)('shows one message per bad row of a JSON file (%s) and keeps the good rows', async (locale, head, rows) => {
    const { bag } = await mount({ locale });
    pick('bad.json', JSON.stringify(badRows));
    await waitFor(() => expect(messages()).toHaveLength(4));
    const [first, ...rest] = messages();
    expect(first).toBe(head);
    rest.forEach((m, i) => expect(m.startsWith(rows[i] ?? '?')).toBe(true));
    expect(stored(bag)?.entries.map((e) => e.name)).toEqual(['食堂就餐满意度']);
  });

  it('reads an .xlsx with the standard columns, naming its bad rows as Excel numbers them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('指标库');
    ws.addRow(['一级指标', '二级指标', '三级指标', '单位', '指标值', '适用项目', '说明']);
    ws.addRow(['满意度指标', '服务对象满意度指标', '食堂就餐满意度', '%', '≥95%', '物业运维', '反映职工对食堂的满意程度。']);
    ws.addRow(['产出指标', '数量指标', '培训人次', '人次', '≥200', '讲座', '反映培训覆盖的人次。']);
    ws.addRow(['产出指标', '没有这一类', '设备完好率', '%', '≥98', '设备购置', '反映设备完好的比例。']);
    const data = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const { bag } = await mount();
    pick('库.xlsx', data);
    await waitFor(() => expect(messages()).toHaveLength(3), { timeout: 10000 });
    expect(messages()[0]).toMatch(/^已导入 1 条本单位指标，2 行未导入/);
    expect(messages()[1]).toMatch(/^第 3 行（培训人次）：适用项目“讲座”/);
    expect(messages()[2]).toMatch(/^第 4 行（设备完好率）：“产出指标／没有这一类”不是已知表样的指标分类/);
    expect(stored(bag)?.entries.map((e) => [e.name, e.comparator, e.value])).toEqual([['食堂就餐满意度', '≥', '95']]);
  });

  it.each([
    ['not JSON', 'x.json', '{oops', '不是有效的 JSON'],
    ['another file type', 'x.csv', 'a,b', '不支持的文件类型'],
  ])('imports nothing from %s and says why', async (_what, name, content, why) => {
    const { bag } = await mount();
    pick(name, content);
    await waitFor(() => expect(messages()).toHaveLength(2));
    expect(messages()[0]).toBe('没有导入任何指标。');
    expect(messages()[1]).toContain(why);
    expect(bag.get(UNIT_LIBRARY_SETTING_KEY)).toBeUndefined();
    expect(screen.getByTestId('unit-count').textContent).toBe('本单位指标库：0 条');
  });

  it('a later import adds to the library; an entry of the same name is replaced', async () => {
    const { bag } = await mount({ bag: memorySettingsBag({ [UNIT_LIBRARY_SETTING_KEY]: serialiseUnitLibrary(goodLibrary) }) });
    await waitFor(() => expect(screen.getByTestId('unit-count').textContent).toBe('本单位指标库：2 条'));
    const newer = { ...canteen, value: '98' };
    const extra = { ...canteen, id: 'u-x', name: '会议室使用率', level1: '产出指标', level2: '质量指标', value: '80', explanation: '反映会议室的使用程度。' };
    pick('新.json', serialiseUnitLibrary({ ...emptyUnitLibrary('新'), entries: [newer, extra] }));
    await waitFor(() => expect(screen.getByTestId('unit-count').textContent).toBe('本单位指标库：3 条'));
    const lib = stored(bag);
    expect(lib?.name).toBe('某某中心指标库');
    expect(lib?.entries.map((e) => `${e.name}:${e.value}`)).toEqual(['食堂就餐满意度:98', `${builtinTwin.name}:${builtinTwin.value}`, '会议室使用率:80']);
  });

  it('says so when the library stored with the workbook is damaged, and still opens', async () => {
    await mount({ bag: memorySettingsBag({ [UNIT_LIBRARY_SETTING_KEY]: JSON.stringify(badRows) }) });
    await waitFor(() => expect(screen.getByTestId('unit-count').textContent).toBe('本单位指标库：1 条'));
    expect(messages().filter((m) => m.startsWith('工作簿中保存的本单位指标库有问题：第 '))).toHaveLength(3);
  });

  it('empties the library after asking, in the settings bag too', async () => {
    const { bag } = await mount({ bag: memorySettingsBag({ [UNIT_LIBRARY_SETTING_KEY]: serialiseUnitLibrary(goodLibrary) }) });
    await waitFor(() => expect(screen.getByTestId('unit-count').textContent).toBe('本单位指标库：2 条'));
    fireEvent.click(screen.getByTestId('library-clear'));
    expect(screen.getByText('清空全部 2 条本单位指标？此操作无法撤销。')).toBeTruthy();
    expect(stored(bag)?.entries).toHaveLength(2);
    fireEvent.click(screen.getByTestId('library-clear-confirm'));
    await waitFor(() => expect(screen.getByTestId('unit-count').textContent).toBe('本单位指标库：0 条'));
    expect(messages()).toEqual(['本单位指标库已清空。']);
    expect(stored(bag)).toEqual(emptyUnitLibrary('某某中心指标库'));
    expect(search('食堂就餐')).toHaveLength(0);
  });

  describe('export', () => {
    let saved: Blob[] = [];
    let names: string[] = [];
    beforeEach(() => {
      saved = [];
      names = [];
      Object.assign(URL, {
        createObjectURL: (b: Blob) => {
          saved.push(b);
          return `blob:${saved.length}`;
        },
        revokeObjectURL: () => undefined,
      });
      jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        names.push(this.download);
      });
    });
    afterEach(() => jest.restoreAllMocks());

    const bytes = async (b: Blob): Promise<Uint8Array> =>
      new Uint8Array(await new Promise<ArrayBuffer>((resolve) => {
        const r = new FileReader();
        r.onload = () => resolve(r.result as ArrayBuffer);
        r.readAsArrayBuffer(b);
      }));

    it('is offered only once there is something to export', async () => {
      await mount();
      expect((screen.getByTestId('library-export-json') as HTMLButtonElement).disabled).toBe(true);
    });

    it('saves the stored library as JSON that imports back to the same library', async () => {
      await mount({ bag: memorySettingsBag({ [UNIT_LIBRARY_SETTING_KEY]: serialiseUnitLibrary(goodLibrary) }) });
      await waitFor(() => expect((screen.getByTestId('library-export-json') as HTMLButtonElement).disabled).toBe(false));
      fireEvent.click(screen.getByTestId('library-export-json'));
      await waitFor(() => expect(names).toEqual(['某某中心指标库.json']));
      expect(messages()).toEqual(['已导出 2 条到 某某中心指标库.json。']);
      const back = parseUnitLibrary(new TextDecoder().decode(await bytes(saved[0] as Blob)));
      expect(back.problems).toEqual([]);
      expect(back.library).toEqual(goodLibrary);
    });

    it('saves the stored library as .xlsx with the import columns, read back to the same entries', async () => {
      await mount({ bag: memorySettingsBag({ [UNIT_LIBRARY_SETTING_KEY]: serialiseUnitLibrary(goodLibrary) }), locale: 'en' });
      await waitFor(() => expect((screen.getByTestId('library-export-xlsx') as HTMLButtonElement).disabled).toBe(false));
      fireEvent.click(screen.getByTestId('library-export-xlsx'));
      await waitFor(() => expect(names).toEqual(['某某中心指标库.xlsx']), { timeout: 10000 });
      expect(messages()).toEqual(['2 entries exported to 某某中心指标库.xlsx.']);
      const back = await libraryFromXlsx(await bytes(saved[0] as Blob));
      expect(back.problems).toEqual([]);
      expect(back.entries.map((e) => [e.level1, e.level2, e.name, e.unit, e.comparator, e.value, e.explanation])).toEqual(
        goodLibrary.entries.map((e) => [e.level1, e.level2, e.name, e.unit, e.comparator, e.value, e.explanation]),
      );
    });
  });
});

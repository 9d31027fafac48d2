/** @jest-environment jsdom */
import { deserialize, serialize } from 'node:v8';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryHost } from '../../src/hosts/memory';
import type { InteractiveHost } from '../../src/hosts/host';
import { HostError } from '../../src/hosts/excel/errors';
import type { Finding } from '../../src/model/finding';
import type { WorkbookSnapshot } from '../../src/model/snapshot';
import { demoSnapshot, DEMO_SHEET } from '../../src/preview/demo';
import { memorySettingsStore } from '../../src/settings/stores';
import type { SettingsStore } from '../../src/settings/schema';
import { App } from '../../src/taskpane/components/App';
import { PaneContext, type PaneServices } from '../../src/taskpane/context';
import type { Pipeline } from '../../src/taskpane/engine/pipeline';
import { productPipeline } from '../../src/taskpane/pipeline';

/** A tiny pipeline for pane behaviour: every "TODO" cell is a warning with a safe fix; "CLASH" cells get two fixes that disagree. */
const todoPipeline: Pipeline = {
  read: () => ({ projects: [], findings: [] }),
  validate: () => [],
  plan: () => {
    throw new Error('not used');
  },
};
function todoFindings(snapshot: WorkbookSnapshot): Finding[] {
  const out: Finding[] = [];
  for (const sheet of snapshot.sheets)
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = `${String.fromCharCode(65 + c)}${r + 1}`;
        const location = { sheet: sheet.name, cell, row: r + 1, col: c + 1 };
        if (v === 'TODO')
          out.push({ ruleId: 'DOC-PLACEHOLDER', severity: 'warning', message: `TODO at ${cell}`, location, fingerprint: cell, fix: { description: 'fill', safe: true, edits: [{ sheet: sheet.name, cell, value: 'done' }] } });
        if (v === 'CLASH')
          for (const value of ['a', 'b'])
            out.push({ ruleId: 'VAL-FORMAT', severity: 'info', message: `clash ${value}`, location, fingerprint: cell + value, fix: { description: value, safe: true, edits: [{ sheet: sheet.name, cell, value }] } });
      }),
    );
  return out;
}
const todo: Pipeline = { ...todoPipeline, read: (snapshot) => ({ projects: [], findings: todoFindings(snapshot) }) };

function mount(host: InteractiveHost, opts: { pipeline?: Pipeline; autorun?: boolean; settings?: SettingsStore } = {}) {
  const services: PaneServices = { host, pipeline: opts.pipeline ?? productPipeline, settings: opts.settings ?? memorySettingsStore(), settingsPlace: 'workbook' };
  return render(
    <PaneContext.Provider value={services}>
      <App autorun={opts.autorun ?? false} />
    </PaneContext.Provider>,
  );
}

async function demoHost(): Promise<MemoryHost> {
  return MemoryHost.fromSnapshot(await demoSnapshot());
}

// jsdom lacks structuredClone, which browsers (and the memory host) have.
if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = <T,>(v: T): T => deserialize(serialize(v)) as T;
}

// Nor ResizeObserver, which Fluent's MessageBar uses to lay itself out.
if (typeof globalThis.ResizeObserver !== 'function') {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

const rulesShown = (): string[] => screen.queryAllByTestId('finding').map((e) => e.getAttribute('data-rule') ?? '');

describe('task pane', () => {
  it('validates at once when opened from the ribbon (autorun), and the summary agrees with the pipeline', async () => {
    const host = await demoHost();
    const snapshot = await host.snapshot();
    const read = productPipeline.read(snapshot, { profile: 'auto', locale: 'zh-CN' });
    const expected = [...read.findings, ...productPipeline.validate(read.projects, { locale: 'zh-CN' }).flat()];
    mount(host, { autorun: true });
    await screen.findByTestId('summary');
    const count = (sev: string) => expected.filter((f) => f.severity === sev).length;
    expect(screen.getByTestId('count-error').textContent).toBe(`错误 ${count('error')}`);
    expect(screen.getByTestId('count-warning').textContent).toBe(`警告 ${count('warning')}`);
    expect(screen.getByTestId('profile').textContent).toBe('sh-2024');
    expect(rulesShown().sort()).toEqual(expected.map((f) => f.ruleId).sort());
    expect(host.highlights().length).toBeGreaterThan(0);
  });

  it('filters by severity and by rule', async () => {
    mount(await demoHost());
    fireEvent.click(screen.getByTestId('validate'));
    await screen.findByTestId('summary');
    expect(rulesShown()).toContain('FUND-SUM');
    fireEvent.click(screen.getByTestId('filter-error'));
    expect(rulesShown()).not.toContain('FUND-SUM');
    fireEvent.click(screen.getByTestId('filter-error'));
    fireEvent.change(screen.getByTestId('filter-rule'), { target: { value: 'FUND-SUM' } });
    expect(new Set(rulesShown())).toEqual(new Set(['FUND-SUM']));
  });

  it('selects the cell of a finding and its related cells in the host', async () => {
    const host = await demoHost();
    mount(host);
    fireEvent.click(screen.getByTestId('validate'));
    await screen.findByTestId('summary');
    const item = screen.getAllByTestId('finding').find((e) => e.getAttribute('data-rule') === 'FUND-SUM');
    if (!item) throw new Error('FUND-SUM not listed');
    fireEvent.click(within(item).getByRole('button', { name: /定位到 申报表!E\d+/ }));
    await waitFor(() => expect(host.selection?.location.cell).toBe(item.getAttribute('data-cell')));
    expect(host.selection?.related.length).toBeGreaterThan(0);
  });

  it('applies one fix: the cell changes and the finding is gone', async () => {
    const host = await demoHost();
    mount(host);
    fireEvent.click(screen.getByTestId('validate'));
    await screen.findByTestId('summary');
    const item = screen.getAllByTestId('finding').find((e) => e.getAttribute('data-rule') === 'FUND-SUM');
    if (!item) throw new Error('FUND-SUM not listed');
    fireEvent.click(within(item).getByTestId('fix'));
    await screen.findByTestId('notice');
    expect(rulesShown()).not.toContain('FUND-SUM');
    const cell = item.getAttribute('data-cell') ?? '';
    expect(host.sheet(DEMO_SHEET)?.get(Number(cell.slice(1)), 5)?.value).toBe(1150000);
  });

  it('applies all safe fixes in one batch and leaves disagreeing ones to the user', async () => {
    const host = MemoryHost.fromSnapshot({ sheets: [{ name: 'S', values: [['TODO', 'x', 'TODO'], ['CLASH', null, null]], formulas: [], numberFormats: [], merges: [] }] });
    mount(host, { pipeline: todo });
    fireEvent.click(screen.getByTestId('validate'));
    await screen.findByTestId('summary');
    const batchesBefore = host.stats.batches;
    fireEvent.click(screen.getByTestId('apply-safe'));
    const notice = await screen.findByTestId('notice');
    expect(notice.textContent).toMatch(/已应用 2 项修复。.*2 项修复改动同一单元格/);
    expect(host.stats.batches - batchesBefore).toBe(1);
    expect(host.sheet('S')?.get(1, 1)?.value).toBe('done');
    expect(host.sheet('S')?.get(1, 3)?.value).toBe('done');
    expect(host.sheet('S')?.get(2, 1)?.value).toBe('CLASH');
    expect(rulesShown()).toEqual(['VAL-FORMAT', 'VAL-FORMAT']);
  });

  it('shows a clear message when the sheet is protected, and keeps the findings', async () => {
    const host = MemoryHost.fromSnapshot({ sheets: [{ name: 'S', values: [['TODO']], formulas: [], numberFormats: [], merges: [] }] });
    const locked: InteractiveHost = {
      snapshot: () => host.snapshot(),
      apply: () => host.apply([]),
      applyEdits: () => Promise.reject(new HostError('protected', '工作表“S”受保护，无法写入。', 'Sheet "S" is protected.', 'S')),
      select: (l, r) => host.select(l, r),
      highlight: (l) => host.highlight(l),
      clearHighlights: () => host.clearHighlights(),
    };
    mount(locked, { pipeline: todo });
    fireEvent.click(screen.getByTestId('validate'));
    await screen.findByTestId('summary');
    fireEvent.click(screen.getByTestId('fix'));
    expect((await screen.findByTestId('error')).textContent).toMatch(/工作表“S”受保护/);
    expect(rulesShown()).toEqual(['DOC-PLACEHOLDER']);
  });

  it('shows progress while a long run is under way', async () => {
    const host = await demoHost();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: InteractiveHost = Object.assign(Object.create(host) as MemoryHost, { snapshot: async () => (await gate, host.snapshot()) });
    mount(slow);
    fireEvent.click(screen.getByTestId('validate'));
    const bar = await screen.findByTestId('progress');
    expect(bar.getAttribute('aria-label')).toBe('正在读取工作表…');
    expect(screen.getByTestId('validate')).toHaveProperty('disabled', true);
    await act(async () => release());
    await screen.findByTestId('summary');
    expect(screen.queryByTestId('progress')).toBeNull();
  });

  it('previews a write-back, asks, then writes the section', async () => {
    const host = await demoHost();
    mount(host);
    fireEvent.click(screen.getByTestId('validate'));
    await screen.findByTestId('summary');
    fireEvent.click(screen.getByRole('tab', { name: '写回' }));
    fireEvent.change(screen.getByTestId('write-section'), { target: { value: 'indicators' } });
    fireEvent.click(screen.getByTestId('write-preview'));
    expect(screen.getByTestId('write-summary').textContent).toMatch(/工作表“申报表”：绩效指标，插入 0 行，删除 0 行，改动 [1-9]\d* 个单元格。/);
    const mergesBefore = host.sheet(DEMO_SHEET)?.merges.length ?? 0;
    fireEvent.click(screen.getByTestId('write-open'));
    const dialog = await screen.findByRole('alertdialog');
    expect(host.sheet(DEMO_SHEET)?.merges.length).toBe(mergesBefore);
    fireEvent.click(within(dialog).getByTestId('write-confirm'));
    expect((await screen.findByTestId('notice')).textContent).toBe('已写入：绩效指标。');
    expect(host.sheet(DEMO_SHEET)?.merges.length).toBeGreaterThan(mergesBefore);
  });

  it('writes every section at once: one preview line and one batch per section', async () => {
    const host = await demoHost();
    mount(host);
    fireEvent.click(screen.getByTestId('validate'));
    await screen.findByTestId('summary');
    const snapshot = await host.snapshot();
    const read = productPipeline.read(snapshot, { profile: 'auto', locale: 'zh-CN' });
    const project = read.projects[0];
    if (!project) throw new Error('demo form not read');
    const plans = productPipeline.plan(project, 'all', snapshot);
    expect(plans.length).toBeGreaterThan(1);
    fireEvent.click(screen.getByRole('tab', { name: '写回' }));
    fireEvent.change(screen.getByTestId('write-section'), { target: { value: 'all' } });
    fireEvent.click(screen.getByTestId('write-preview'));
    expect(within(screen.getByTestId('write-summary')).getAllByText(/^工作表“申报表”：/)).toHaveLength(plans.length);
    const before = host.stats.batches;
    fireEvent.click(screen.getByTestId('write-open'));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByTestId('write-confirm'));
    expect((await screen.findByTestId('notice')).textContent).toBe('已写入：全部部分。');
    expect(host.stats.batches - before).toBe(plans.length);
  });

  it('saves settings into the store and switches the language', async () => {
    const store = memorySettingsStore();
    mount(await demoHost(), { settings: store });
    fireEvent.click(screen.getByRole('tab', { name: '设置' }));
    fireEvent.change(screen.getByTestId('settings-profile'), { target: { value: 'sh-2024' } });
    fireEvent.change(screen.getByTestId('settings-floor'), { target: { value: '120' } });
    expect(screen.getByTestId('settings-save')).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByTestId('settings-floor'), { target: { value: '95' } });
    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    fireEvent.click(screen.getByTestId('settings-save'));
    expect((await screen.findByTestId('notice')).textContent).toBe('Settings saved in the workbook.');
    await expect(store.load()).resolves.toEqual({ profile: 'sh-2024', satisfactionFloor: 95, locale: 'en' });
    fireEvent.click(screen.getByRole('tab', { name: 'Check' }));
    expect(screen.getByTestId('validate').textContent).toBe('Validate');
  });

  it('inserts indicators from the library into the form, then validates again', async () => {
    const host = await demoHost();
    mount(host);
    fireEvent.click(screen.getByTestId('validate'));
    await screen.findByTestId('summary');
    const rowsBefore = host.sheet(DEMO_SHEET)?.extent().bottom ?? 0;
    fireEvent.click(screen.getByRole('tab', { name: '指标库' }));
    const rows = await screen.findAllByTestId('library-row', {}, { timeout: 10000 });
    fireEvent.click(within(rows[0] as HTMLElement).getByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: /插入所选（1）/ }));
    await waitFor(() => expect(host.sheet(DEMO_SHEET)?.extent().bottom).toBe(rowsBefore + 1), { timeout: 10000 });
    fireEvent.click(screen.getByRole('tab', { name: '校验' }));
    expect(screen.getByTestId('project-count').textContent).toBe('1');
  });

  it('reads its settings from the store at start (they travel with the workbook)', async () => {
    mount(await demoHost(), { settings: memorySettingsStore({ locale: 'en', profile: 'auto' }) });
    await waitFor(() => expect(screen.getByTestId('validate').textContent).toBe('Validate'));
  });

  it('punctuates as each language writes: colons and brackets of English in English, full-width in Chinese', async () => {
    const view = mount(await demoHost(), { autorun: true, settings: memorySettingsStore({ locale: 'en', profile: 'auto' }) });
    await screen.findByTestId('summary');
    expect(screen.getByTestId('summary').textContent).toContain('Form profile: sh-2024 · Projects: 1');
    expect(screen.getByText(/^Funding \(1\)$/)).toBeTruthy();
    view.unmount();
    mount(await demoHost(), { autorun: true });
    await screen.findByTestId('summary');
    expect(screen.getByTestId('summary').textContent).toContain('表单版本：sh-2024 · 项目数：1');
    expect(screen.getByText(/^项目资金（1）$/)).toBeTruthy();
  });
});

/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { builtInLibrary } from '../../src/library/builtin';
import type { LibraryEntry } from '../../src/library/schema';
import { createSearchIndex } from '../../src/library/search';
import { suggestIndicators } from '../../src/library/suggest';
import { profileById } from '../../src/profiles';
import { LibraryPanel, type InsertOutcome, type LibraryPanelProps } from '../../src/taskpane/library/LibraryPanel';
import { cleanForm2024 } from '../helpers/forms';

const sh2024 = profileById('sh-2024');
if (!sh2024) throw new Error('profile missing');
const index = createSearchIndex([{ origin: 'builtin', entries: builtInLibrary() }], sh2024);

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own size to reflow.
class NoResize {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
beforeAll(() => {
  if (!('ResizeObserver' in window)) Object.defineProperty(window, 'ResizeObserver', { value: NoResize, configurable: true });
});

function show(props: Partial<LibraryPanelProps> = {}): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <LibraryPanel index={index} pageSize={10} {...props} />
    </FluentProvider>,
  );
}

function type(text: string): void {
  fireEvent.change(screen.getByRole('searchbox'), { target: { value: text } });
}

function rowNames(): string[] {
  return screen.queryAllByTestId('library-row').map((r) => within(r).getByRole('checkbox').getAttribute('aria-label') ?? '');
}

describe('LibraryPanel', () => {
  it('narrows the list as the user types pinyin initials', () => {
    show();
    expect(rowNames().length).toBe(10);
    type('myd');
    const names = rowNames();
    expect(names.length).toBeGreaterThan(5);
    expect(names.every((n) => n.includes('满意度'))).toBe(true);
    expect(screen.getByRole('status').textContent).toContain('找到');
  });

  it('shows each result with its group, unit and typical value', () => {
    show();
    type('劳务费支出标准');
    const row = screen.getAllByTestId('library-row')[0];
    if (!row) throw new Error('no row');
    expect(row.textContent).toContain('成本指标／经济成本指标');
    expect(row.textContent).toContain('元/人天');
    expect(row.textContent).toContain('参考值：≤**(元/人天)');
  });

  it('says so when nothing matches', () => {
    show();
    type('火星探测');
    expect(rowNames()).toEqual([]);
    expect(screen.getByRole('status').textContent).toContain('没有找到匹配的指标');
  });

  it('starts from the given kinds (the guess) and lists that kind first', () => {
    show({ initialKinds: ['会议'] });
    const first = builtInLibrary().find((e) => e.name === rowNames()[0]);
    expect(first?.kinds).toContain('会议');
  });

  it('inserts the ticked indicators through the callback and reports what happened', async () => {
    const calls: LibraryEntry[][] = [];
    const onInsert = (entries: LibraryEntry[]): InsertOutcome => {
      calls.push(entries);
      return { inserted: 1, placeholders: 1, refused: [{ zh: '“群众满意度”已在指标表中', en: 'already there' }] };
    };
    show({ onInsert });
    const button = screen.getByRole('button', { name: /插入所选/ });
    expect(button.hasAttribute('disabled') || button.getAttribute('aria-disabled') === 'true').toBe(true);
    type('群众满意度');
    fireEvent.click(screen.getByRole('checkbox', { name: '群众满意度' }));
    type('培训参加人数');
    fireEvent.click(screen.getByRole('checkbox', { name: '培训参加人数' }));
    expect(screen.getByRole('button', { name: '插入所选（2）' })).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '插入所选（2）' }));
    });
    expect(calls.map((c) => c.map((e) => e.name).sort())).toEqual([['培训参加人数', '群众满意度']]);
    expect(screen.getByText('已插入 1 条指标，请填写标有 ** 的内容。')).toBeTruthy();
    expect(screen.getByText('“群众满意度”已在指标表中')).toBeTruthy();
    expect(screen.getByRole('button', { name: '插入所选（0）' })).toBeTruthy();
  });

  it('browses without inserting when no form is open', () => {
    show();
    expect(screen.queryByRole('button', { name: /插入所选/ })).toBeNull();
    expect(screen.getByText(/未识别到申报表/)).toBeTruthy();
  });

  it('shows suggestions for the open form while nothing is typed', () => {
    const form = cleanForm2024();
    const suggestions = suggestIndicators(form, sh2024, index);
    show({ suggestions, onInsert: () => ({ inserted: 0, placeholders: 0, refused: [] }) });
    const region = screen.getByRole('region', { name: '建议补充' });
    expect(within(region).getByText('成本指标／经济成本指标没有指标')).toBeTruthy();
    type('m');
    expect(screen.queryByRole('region', { name: '建议补充' })).toBeNull();
  });

  it('speaks English when told', () => {
    show({ locale: 'en', onInsert: () => ({ inserted: 0, placeholders: 0, refused: [] }) });
    expect(screen.getByRole('button', { name: 'Insert selected (0)' })).toBeTruthy();
  });
});

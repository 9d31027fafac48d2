import { MARK_COLORS, MARKS_KEY } from '../../src/hosts/excel/marks';
import { ExcelHost } from '../../src/hosts/excel/host';
import { FakeWorkbookModel } from './fake-excel';

/**
 * The ribbon's function command through the real Office wiring (office.ts): Office and Excel globals
 * are given by the fake Excel, the way office.js would give them inside Excel.
 */
describe('ribbon command clearHighlights', () => {
  it('is registered on Office.onReady and clears the marks, then completes the event', async () => {
    const model = new FakeWorkbookModel();
    model.sheet('申报表').put('A1', [['x']]).cell(1, 1).fill = '#FF0000';
    const env = model.environment();
    await new ExcelHost(env).highlight([{ sheet: '申报表', cell: 'A1' }]);
    expect(model.sheet('申报表').get(1, 1)?.fill).toBe(MARK_COLORS.finding);

    const registered = new Map<string, (event: { completed(): void }) => Promise<void>>();
    const globals = globalThis as unknown as Record<string, unknown>;
    globals['Office'] = {
      onReady: (cb: () => void) => (cb(), Promise.resolve()),
      actions: { associate: (name: string, fn: (event: { completed(): void }) => Promise<void>) => void registered.set(name, fn) },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      context: {
        requirements: { isSetSupported: env.isSetSupported },
        document: {
          settings: {
            get: (k: string) => model.settings.get(k) ?? null,
            set: (k: string, v: unknown) => void model.settings.set(k, v),
            saveAsync: (cb: (r: { status: string }) => void) => cb({ status: 'succeeded' }),
          },
        },
      },
    };
    globals['Excel'] = { run: env.run };
    try {
      await import('../../src/commands/commands');
      const command = registered.get('clearHighlights');
      if (!command) throw new Error('clearHighlights not registered');
      const completed = jest.fn();
      await command({ completed });
      expect(completed).toHaveBeenCalledTimes(1);
      expect(model.sheet('申报表').get(1, 1)?.fill).toBe('#FF0000');
      expect(model.settings.get(MARKS_KEY)).toEqual([]);
    } finally {
      delete globals['Office'];
      delete globals['Excel'];
    }
  });
});

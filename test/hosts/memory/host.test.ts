import { MemoryHost, HIGHLIGHT_FILL, dumpSheet } from '../../../src/hosts/memory';
import type { WritePlan } from '../../../src/write/plan';
import { PlanError } from '../../../src/write/validate-plan';
import { sheet, workbook } from '../../helpers/sheet';

function plan(over: Partial<WritePlan>): WritePlan {
  return {
    sheet: 'S',
    section: 'form',
    createSheet: false,
    rowOps: [],
    unmerge: [],
    blocks: [],
    merges: [],
    columnWidths: {},
    rowHeights: {},
    page: null,
    bounds: { top: 1, left: 1, bottom: 20, right: 5 },
    ...over,
  };
}

function hostWith(): MemoryHost {
  return MemoryHost.fromSnapshot(
    workbook(
      sheet('S', [['项目名称', '旧名称'], ['金额', 100], ['备注', '保留']], { merges: ['B3:C3'], numberFormats: { B2: '#,##0.00' } }),
    ),
  );
}

describe('MemoryHost', () => {
  it('gives back the snapshot it was made from', async () => {
    const snap = await hostWith().snapshot();
    expect(snap.sheets[0]?.values).toEqual([
      ['项目名称', '旧名称', null],
      ['金额', 100, null],
      ['备注', '保留', null],
    ]);
    expect(snap.sheets[0]?.numberFormats[1]?.[1]).toBe('#,##0.00');
    expect(snap.sheets[0]?.merges).toEqual([{ top: 3, left: 2, bottom: 3, right: 3 }]);
  });

  it('keeps what the file\'s reader left unread far away, moving it with inserted rows', async () => {
    const far = { cells: 1, first: { row: 1048000, col: 5 }, usedRange: 'A1:E1048000' };
    const host = MemoryHost.fromSnapshot({ sheets: [{ ...sheet('S', [['项目名称', '旧名称']]), unread: far }] });
    expect((await host.snapshot()).sheets[0]?.unread).toEqual(far);
    await host.apply([plan({ rowOps: [{ kind: 'insert', at: 2, count: 3 }] })]);
    expect((await host.snapshot()).sheets[0]?.unread).toEqual({ ...far, first: { row: 1048003, col: 5 } });
    expect((await hostWith().snapshot()).sheets[0]?.unread).toBeUndefined();
  });

  it('does not mark a cell far beyond what it holds (content a file\'s reader left out), nor stretch the sheet to it', async () => {
    const host = hostWith();
    await host.highlight([
      { sheet: 'S', cell: 'B2', row: 2, col: 2 },
      { sheet: 'S', cell: 'E1048576', row: 1048576, col: 5 },
      { sheet: 'S', cell: 'D4', row: 4, col: 4 },
    ]);
    expect(host.highlights()).toEqual([
      { sheet: 'S', row: 2, col: 2 },
      { sheet: 'S', row: 4, col: 4 },
    ]);
    expect(host.sheet('S')?.extent()).toEqual({ bottom: 4, right: 4 });
  });

  it('applies a plan: values, styles, merges, sizes and page, one batch', async () => {
    const host = hostWith();
    await host.apply([
      plan({
        blocks: [{ top: 5, left: 1, values: [['a', 1.5]], styles: [[{ font: { name: '宋体', bold: true } }, { numberFormat: '#,##0.00' }]] }],
        merges: [{ top: 6, left: 1, bottom: 6, right: 2 }],
        columnWidths: { 1: 12 },
        rowHeights: { 5: 30 },
        page: { printArea: { top: 1, left: 1, bottom: 6, right: 2 }, orientation: 'portrait', paperSize: 'A4', fitToWidth: 1 },
      }),
    ]);
    const s = host.sheet('S');
    expect(s?.get(5, 1)?.style.font).toEqual({ name: '宋体', bold: true });
    expect(s?.get(5, 2)).toMatchObject({ value: 1.5, numberFormat: '#,##0.00' });
    expect(s?.merges).toContainEqual({ top: 6, left: 1, bottom: 6, right: 2 });
    expect(s?.columnWidths.get(1)).toBe(12);
    expect(s?.rowHeights.get(5)).toBe(30);
    expect(s?.page?.paperSize).toBe('A4');
    expect(host.stats.batches).toBe(1);
  });

  it('writes "=100.00(%)" as the text it is, never as a formula', async () => {
    const host = hostWith();
    await host.apply([plan({ blocks: [{ top: 4, left: 1, values: [['=100.00(%)']] }] })]);
    const snap = await host.snapshot();
    expect(snap.sheets[0]?.values[3]?.[0]).toBe('=100.00(%)');
    expect(snap.sheets[0]?.formulas[3]?.[0]).toBe('');
  });

  it('inserts and deletes rows with cells, heights and merges moving as in Excel', async () => {
    const host = hostWith();
    await host.apply([plan({ rowOps: [{ kind: 'insert', at: 2, count: 2 }] })]);
    let snap = await host.snapshot();
    expect(snap.sheets[0]?.values.map((r) => r[0])).toEqual(['项目名称', null, null, '金额', '备注']);
    expect(snap.sheets[0]?.merges).toEqual([{ top: 5, left: 2, bottom: 5, right: 3 }]);
    await host.apply([plan({ rowOps: [{ kind: 'delete', at: 2, count: 3 }] })]);
    snap = await host.snapshot();
    expect(snap.sheets[0]?.values.map((r) => r[0])).toEqual(['项目名称', '备注']);
    expect(snap.sheets[0]?.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 3 }]);
  });

  it.each<[string, Partial<WritePlan>, string]>([
    ['a block outside the bounds', { blocks: [{ top: 30, left: 1, values: [['x']] }] }, 'block-bounds'],
    ['a new merge over a merge the sheet keeps', { merges: [{ top: 3, left: 1, bottom: 3, right: 2 }] }, 'merge-clash'],
    ['a sheet that is not there', { sheet: 'Nope' }, 'sheet-missing'],
    ['creating a sheet that exists', { createSheet: true }, 'sheet-exists'],
  ])('refuses %s and writes nothing, not even the plans before it', async (_, bad, code) => {
    const host = hostWith();
    const before = dumpSheet(host.sheet('S') as NonNullable<ReturnType<MemoryHost['sheet']>>);
    const good = plan({ blocks: [{ top: 1, left: 2, values: [['新名称']] }] });
    const err = await host.apply([good, plan(bad)]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlanError);
    expect((err as PlanError).problems.map((p) => p.code)).toContain(code);
    expect(dumpSheet(host.sheet('S') as NonNullable<ReturnType<MemoryHost['sheet']>>)).toEqual(before);
    expect(host.stats.batches).toBe(0);
  });

  it('applies edits in one batch, and refuses a batch with a bad address before changing anything', async () => {
    const host = hostWith();
    await host.applyEdits([{ sheet: 'S', cell: 'B2', value: 200, numberFormat: '0.00' }]);
    expect(host.sheet('S')?.get(2, 2)).toMatchObject({ value: 200, numberFormat: '0.00' });
    await expect(host.applyEdits([{ sheet: 'S', cell: 'B1', value: 'x' }, { sheet: 'S', cell: 'not-a-cell', value: 1 }])).rejects.toThrow(PlanError);
    expect(host.sheet('S')?.get(1, 2)?.value).toBe('旧名称');
    await expect(host.applyEdits([{ sheet: 'T', cell: 'A1', value: 1 }])).rejects.toThrow('does not exist');
    expect(host.stats.batches).toBe(1);
  });

  it('highlights cells and clears them back to exactly what was there, edits made meanwhile kept', async () => {
    const host = hostWith();
    await host.apply([plan({ blocks: [{ top: 1, left: 1, values: [['项目名称']], styles: [[{ font: { name: '宋体' } }]] }] })]);
    const s = host.sheet('S');
    if (!s) throw new Error('no sheet');
    s.cell(2, 1).style = { fill: 'FF00FF00' };
    const before = dumpSheet(s);
    await host.highlight([{ sheet: 'S', cell: 'A1' }, { sheet: 'S', row: 2, col: 1 }, { sheet: 'S', cell: 'E9' }, { sheet: 'Nope', cell: 'A1' }]);
    expect(s.get(1, 1)?.style).toEqual({ font: { name: '宋体' }, fill: HIGHLIGHT_FILL });
    expect(s.get(2, 1)?.style.fill).toBe(HIGHLIGHT_FILL);
    expect(s.get(9, 5)?.style.fill).toBe(HIGHLIGHT_FILL);
    expect(host.highlights()).toHaveLength(3);
    // A second highlight replaces the first.
    await host.highlight([{ sheet: 'S', cell: 'B1' }]);
    expect(s.get(1, 1)?.style.fill).toBeUndefined();
    await host.clearHighlights();
    expect(dumpSheet(s)).toEqual(before);
    await host.highlight([{ sheet: 'S', cell: 'B2' }]);
    await host.applyEdits([{ sheet: 'S', cell: 'B2', value: 300 }]);
    await host.clearHighlights();
    expect(s.get(2, 2)).toMatchObject({ value: 300, style: {} });
  });

  it('remembers the selection and its related cells', async () => {
    const host = hostWith();
    await host.select({ sheet: 'S', cell: 'B2' }, [{ sheet: 'S', cell: 'B3' }]);
    expect(host.selection).toEqual({ location: { sheet: 'S', cell: 'B2' }, related: [{ sheet: 'S', cell: 'B3' }] });
  });
});

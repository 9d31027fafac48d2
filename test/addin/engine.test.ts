import type { Finding } from '../../src/model/finding';
import { parseSettings, DEFAULT_PANE_SETTINGS } from '../../src/settings/schema';
import { localSettingsStore, workbookSettingsStore } from '../../src/settings/stores';
import { safeFixBatch } from '../../src/taskpane/engine/fixes';
import { filterFindings, groupFindings, sectionOf } from '../../src/taskpane/engine/groups';
import { summarisePlan } from '../../src/taskpane/engine/plan-summary';
import { errorText } from '../../src/taskpane/errors';
import { HostError } from '../../src/hosts/excel/errors';
import { PlanError } from '../../src/write/validate-plan';
import { displayValue } from '../../src/preview/format';
import type { WritePlan } from '../../src/write/plan';

function finding(over: Partial<Finding>): Finding {
  return { ruleId: 'FUND-SUM', severity: 'error', message: 'm', location: { sheet: 'S', cell: 'A1', row: 1, col: 1 }, fingerprint: 'f', ...over };
}
const edit = (cell: string, value: string | number) => ({ sheet: 'S', cell, value });

describe('safeFixBatch', () => {
  it.each([
    {
      name: 'only safe fixes go in',
      findings: [finding({ fix: { description: 'd', safe: true, edits: [edit('A1', 1)] } }), finding({ fix: { description: 'd', safe: false, edits: [edit('A2', 2)] } })],
      edits: ['A1'],
      conflicts: 0,
    },
    {
      name: 'two fixes agreeing on a cell write it once',
      findings: [finding({ fix: { description: 'd', safe: true, edits: [edit('B1', 'x')] } }), finding({ fix: { description: 'e', safe: true, edits: [edit('b1', 'x')] } })],
      edits: ['B1'],
      conflicts: 0,
    },
    {
      name: 'two fixes disagreeing on a cell are both left out',
      findings: [
        finding({ fix: { description: 'd', safe: true, edits: [edit('C1', 'x'), edit('C2', 'y')] } }),
        finding({ fix: { description: 'e', safe: true, edits: [edit('C1', 'z')] } }),
        finding({ fix: { description: 'f', safe: true, edits: [edit('C3', 'ok')] } }),
      ],
      edits: ['C3'],
      conflicts: 2,
    },
    { name: 'no fixes', findings: [finding({})], edits: [], conflicts: 0 },
  ])('$name', ({ findings, edits, conflicts }) => {
    const batch = safeFixBatch(findings);
    expect(batch.edits.map((e) => e.cell)).toEqual(edits);
    expect(batch.conflicts).toHaveLength(conflicts);
  });
});

describe('grouping and filtering', () => {
  it.each([
    ['DOC-PLACEHOLDER', 'sectionDocument'],
    ['HDR-DATE', 'sectionHeader'],
    ['FUND-SUM', 'sectionFunding'],
    ['IND-EMPTY', 'sectionIndicators'],
    ['VAL-UNIT', 'sectionIndicators'],
    ['PLACE-TIME', 'sectionIndicators'],
    ['GOAL-YEAR', 'sectionGoals'],
    ['SET-DUPLICATE-ROW', 'sectionSet'],
    ['XYZ', 'sectionOther'],
  ])('%s belongs to %s', (id, section) => expect(sectionOf(id)).toBe(section));

  it('groups errors first, sections in reading order, rows in sheet order', () => {
    const fs = [
      finding({ ruleId: 'VAL-FORMAT', severity: 'info', location: { sheet: 'S', row: 30 } }),
      finding({ ruleId: 'IND-EMPTY', severity: 'error', location: { sheet: 'S', row: 25 } }),
      finding({ ruleId: 'IND-DUPLICATE', severity: 'error', location: { sheet: 'S', row: 20 } }),
      finding({ ruleId: 'HDR-DATE', severity: 'error', location: { sheet: 'S', row: 3 } }),
    ];
    const groups = groupFindings(fs);
    expect(groups.map((g) => g.severity)).toEqual(['error', 'info']);
    expect(groups[0]?.sections.map((s) => [s.section, s.findings.map((f) => f.location.row)])).toEqual([
      ['sectionHeader', [3]],
      ['sectionIndicators', [20, 25]],
    ]);
    expect(filterFindings(fs, { severities: new Set(['info']), rule: null })).toHaveLength(1);
    expect(filterFindings(fs, { severities: new Set(['error', 'info']), rule: 'IND-EMPTY' })).toHaveLength(1);
  });
});

describe('summarisePlan', () => {
  const base: WritePlan = {
    sheet: 'S',
    section: 'indicators',
    createSheet: false,
    rowOps: [],
    unmerge: [],
    blocks: [],
    merges: [],
    columnWidths: {},
    rowHeights: {},
    page: null,
    bounds: { top: 1, left: 1, bottom: 10, right: 4 },
  };
  const snapshot = { sheets: [{ name: 'S', values: [['a', 'b'], ['c', 'd'], ['e', null]], formulas: [], numberFormats: [], merges: [] }] };
  it.each([
    { name: 'same values change nothing', plan: { ...base, blocks: [{ top: 1, left: 1, values: [['a', 'b']] }] }, inserted: 0, changed: 0 },
    { name: 'blank and null are the same', plan: { ...base, blocks: [{ top: 3, left: 2, values: [['']] }] }, inserted: 0, changed: 0 },
    { name: 'different values count', plan: { ...base, blocks: [{ top: 1, left: 1, values: [['a', 'B'], ['C', 'd']] }] }, inserted: 0, changed: 2 },
    {
      name: 'rows inserted shift the comparison',
      plan: { ...base, rowOps: [{ kind: 'insert' as const, at: 2, count: 1 }], blocks: [{ top: 2, left: 1, values: [['new']] }, { top: 3, left: 1, values: [['c']] }] },
      inserted: 1,
      changed: 1,
    },
  ])('$name', ({ plan, inserted, changed }) => {
    const s = summarisePlan(plan, snapshot);
    expect([s.rowsInserted, s.cellsChanged]).toEqual([inserted, changed]);
  });
});

describe('settings', () => {
  it.each([
    [null, DEFAULT_PANE_SETTINGS],
    ['nonsense', DEFAULT_PANE_SETTINGS],
    [{ profile: 'sh-2019', locale: 'en', satisfactionFloor: 85 }, { profile: 'sh-2019', locale: 'en', satisfactionFloor: 85 }],
    [{ profile: 'sh-1999', locale: 'fr', satisfactionFloor: 150 }, { profile: 'auto', locale: 'zh-CN' }],
  ])('%j parses to %j', (raw, expected) => {
    expect(parseSettings(raw)).toEqual(expected);
  });

  it('travel with the workbook: saved into its settings bag and read back', async () => {
    const bag = new Map<string, unknown>();
    let saves = 0;
    const store = workbookSettingsStore({ get: (k) => bag.get(k), set: (k, v) => void bag.set(k, v), save: async () => void saves++ });
    await store.save({ profile: 'sh-2024', locale: 'en', satisfactionFloor: 92 });
    expect(saves).toBe(1);
    await expect(store.load()).resolves.toEqual({ profile: 'sh-2024', locale: 'en', satisfactionFloor: 92 });
  });

  it('survive a browser without storage: kept for the session', async () => {
    const broken = {
      getItem: (): string | null => {
        throw new Error('denied');
      },
      setItem: (): void => {
        throw new Error('denied');
      },
    };
    const store = localSettingsStore(broken);
    await expect(store.load()).resolves.toEqual(DEFAULT_PANE_SETTINGS);
    await store.save({ profile: 'sh-2019', locale: 'zh-CN' });
    await expect(store.load()).resolves.toEqual({ profile: 'sh-2019', locale: 'zh-CN' });
  });
});

describe('errorText', () => {
  it.each([
    [new HostError('protected', '中文', 'English'), 'zh-CN', '中文'],
    [new HostError('protected', '中文', 'English'), 'en', 'English'],
    [new PlanError('S', [{ code: 'x', zh: '不行', en: 'no' }]), 'en', 'write plan for sheet "S" refused: no'],
    [new Error('plain'), 'en', 'plain'],
    ['text', 'zh-CN', 'text'],
  ] as const)('%s in %s', (err, locale, text) => expect(errorText(err, locale)).toBe(text));
});

describe('displayValue', () => {
  it.each([
    [1150000, '#,##0.00', '1,150,000.00'],
    [0, '#,##0.00', '0.00'],
    [45292, 'yyyy"年"m"月"d"日"', '2024年1月1日'],
    [45292, 'yyyy-mm-dd', '2024-01-01'],
    [12.5, 'General', '12.5'],
    ['≥5场', 'General', '≥5场'],
    [{ error: '#REF!' }, 'General', '#REF!'],
    [null, 'General', ''],
  ] as const)('%j as %s', (v, fmt, text) => expect(displayValue(v, fmt)).toBe(text));
});

describe('queuedHost', () => {
  it('runs host calls one at a time, in order, and goes on after a failure', async () => {
    const { queuedHost } = await import('../../src/taskpane/queued-host');
    const log: string[] = [];
    let active = 0;
    const step = (name: string, ms: number, fail = false) => async () => {
      active++;
      if (active > 1) log.push('OVERLAP');
      log.push(`start ${name}`);
      await new Promise((r) => setTimeout(r, ms));
      log.push(`end ${name}`);
      active--;
      if (fail) throw new Error(name);
    };
    const host = {
      snapshot: async () => (await step('snapshot', 5)(), { sheets: [] }),
      apply: step('apply', 1, true),
      applyEdits: step('edits', 1),
      select: step('select', 1),
      highlight: step('highlight', 10),
      clearHighlights: step('clear', 1),
    };
    const q = queuedHost(host);
    const done = Promise.allSettled([q.highlight([]), q.apply([]), q.clearHighlights(), q.snapshot()]);
    const results = await done;
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(log).toEqual(['start highlight', 'end highlight', 'start apply', 'end apply', 'start clear', 'end clear', 'start snapshot', 'end snapshot']);
  });
});

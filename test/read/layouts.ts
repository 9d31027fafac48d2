import type { Form, Indicator } from '../../src/model/form';
import type { CellValue } from '../../src/model/snapshot';
import type { Block } from '../helpers/sheet';

/** How the level-1 / level-2 columns are filled, as seen in real forms. */
export type LevelMode = 'merged' | 'repeated' | 'first';

export interface Layout2024Options {
  levels?: LevelMode;
  /** Rewrites every printed label (spaces, colons, line breaks). */
  label?: (text: string) => string;
  unit?: '元' | '万元';
  valueHeader?: string;
  /** 指标解释 | 评分标准 columns after the value. */
  extraColumns?: boolean;
  /** Comparator | number | unit in three columns under one merged value header. */
  splitValue?: boolean;
  /** A long-term value column (项目指标值) left of the annual one. */
  longTerm?: boolean;
  title?: string | null;
  unitLabel?: string;
}

const same = (s: string): string => s;

function row(...cells: CellValue[]): CellValue[] {
  return cells;
}

/** Rows of an indicator table body with the level columns filled as the mode says. */
function indicatorRows(
  indicators: readonly Indicator[],
  top: number,
  levelCols: { l1: string; l2: string },
  cells: (ind: Indicator) => CellValue[],
  mode: LevelMode,
  leading: CellValue[] = [],
): { rows: CellValue[][]; merges: string[] } {
  const rows: CellValue[][] = [];
  const merges: string[] = [];
  let start1 = 0;
  let start2 = 0;
  indicators.forEach((ind, i) => {
    const prev = indicators[i - 1];
    const new1 = !prev || prev.level1 !== ind.level1;
    const new2 = new1 || !prev || prev.level2 !== ind.level2;
    if (new1) start1 = i;
    if (new2) start2 = i;
    const show1 = mode === 'repeated' || new1;
    const show2 = mode === 'repeated' || new2;
    rows.push([...leading, show1 ? ind.level1 : null, show2 ? ind.level2 : null, ...cells(ind)]);
    const next = indicators[i + 1];
    if (mode === 'merged') {
      if (!next || next.level1 !== ind.level1) {
        if (i > start1) merges.push(`${levelCols.l1}${top + start1}:${levelCols.l1}${top + i}`);
      }
      if (!next || next.level1 !== ind.level1 || next.level2 !== ind.level2) {
        if (i > start2) merges.push(`${levelCols.l2}${top + start2}:${levelCols.l2}${top + i}`);
      }
    }
  });
  return { rows, merges };
}

/** `≥90.00(%)` -> ['≥', '90.00', '%'] for the split-column layout. */
export function splitTarget(v: CellValue): CellValue[] {
  const m = typeof v === 'string' ? /^([≥≤<>=]?)([\d.]+)\((.*)\)$/.exec(v) : null;
  if (!m) return [v, null, null];
  return [m[1] || null, Number(m[2]), m[3] ?? null];
}

/**
 * The sh-2024 form as printed (columns A–E): title, header pairs, the two-column funding block with
 * 其中：财政资金 over two rows, goals side by side with their texts below, then the indicator table.
 * Rows are returned with the row numbers of each part so tests can assert cells.
 */
export function layout2024(form: Form, options: Layout2024Options = {}): Block & { at: Record<string, number> } {
  const L = options.label ?? same;
  const f = form.fields;
  const m = form.funding;
  const v = (k: string): CellValue => f[k] ?? null;
  const fund = (k: string): CellValue => m[k] ?? null;
  const unitLabel = options.unitLabel ?? (options.unit === '万元' ? '项目资金（万元）' : '项目资金（元）');
  const rows: CellValue[][] = [
    row(options.title === undefined ? form.title : options.title),
    row(null, null, null, null, options.unit === '万元' ? '单位：万元' : null),
    row(L('项目名称'), v('name')),
    row(L('项目性质'), v('nature'), null, L('项目类别'), v('category')),
    row(L('主管部门'), v('competentDept'), null, L('实施单位'), v('unit')),
    row(L('计划开始日期'), v('start'), null, L('计划完成日期'), v('end')),
    row(L(unitLabel), L('项目资金总额'), fund('projectTotal'), L('年度资金申请总额'), fund('totalRequested')),
    row(null, L('其中：财政资金'), fund('projectFiscal'), L('其中：当年财政拨款'), fund('currentAppropriation')),
    row(null, null, null, L('上年结转资金'), fund('carryover')),
    row(null, L('其他资金'), fund('projectOther'), L('其他资金'), fund('other')),
    row(L('项目绩效目标'), L('项目总目标（2024年-2026年）'), null, L('年度总体目标')),
    row(null, form.goals['overall'] ?? null, null, form.goals['annual'] ?? null),
  ];
  const merges = ['A1:E1', 'B3:E3', 'B4:C4', 'B5:C5', 'B6:C6', 'A7:A10', 'B8:B9', 'C8:C9', 'A11:A12', 'B11:C11', 'B12:C12', 'D11:E11', 'D12:E12'];
  const headerRow = rows.length + 1;
  const valueHeader = L(options.valueHeader ?? '年度(/项目)指标值');
  const header = row(L('绩效指标'), L('一级指标'), L('二级指标'), L('三级指标'));
  if (options.longTerm) header.push(L('项目指标值'));
  header.push(valueHeader);
  if (options.splitValue) {
    header.push(null, null);
    const c = options.longTerm ? 6 : 5;
    const col = String.fromCharCode(64 + c);
    const end = String.fromCharCode(64 + c + 2);
    merges.push(`${col}${headerRow}:${end}${headerRow}`);
  }
  if (options.extraColumns) header.push(L('指标解释'), L('评分标准'));
  rows.push(header);
  const body = indicatorRows(
    form.indicators,
    headerRow + 1,
    { l1: 'B', l2: 'C' },
    (ind) => [
      ind.name,
      ...(options.longTerm ? ['长期：' + String(ind.value)] : []),
      ...(options.splitValue ? splitTarget(ind.value) : [ind.value]),
      ...(options.extraColumns ? ['解释文字', '评分标准文字'] : []),
    ],
    options.levels ?? 'merged',
    [null],
  );
  rows.push(...body.rows);
  merges.push(...body.merges);
  if (form.indicators.length > 0) merges.push(`A${headerRow}:A${headerRow + form.indicators.length}`);
  return { rows, merges, at: { title: 1, name: 3, funding: 7, goals: 11, header: headerRow, firstIndicator: headerRow + 1 } };
}

export interface Layout2019Options {
  levels?: LevelMode;
  /** 'one-cell': all boxes in one cell; 'per-cell': one option per cell; 'mark-cells': the box in its own cell before the option. */
  boxes?: 'one-cell' | 'per-cell' | 'mark-cells';
  tick?: string;
  untick?: string;
  /** The 分解目标内容 / 绩效指标 / 指标目标值 header variant. */
  decomposedHeader?: boolean;
}

function boxRow(options: readonly string[], ticked: readonly string[], o: Layout2019Options): CellValue[] {
  const tick = o.tick ?? '☑';
  const untick = o.untick ?? '□';
  const mark = (opt: string): string => (ticked.includes(opt) ? tick : untick);
  switch (o.boxes ?? 'one-cell') {
    case 'one-cell':
      return [options.map((opt) => `${mark(opt)}${opt}`).join('  ')];
    case 'per-cell':
      return options.map((opt) => `${mark(opt)} ${opt}`);
    case 'mark-cells':
      return options.flatMap((opt) => [mark(opt), opt]);
  }
}

/** The sh-2019 form as printed (columns A–F, box rows may run further right). */
export function layout2019(form: Form, options: Layout2019Options = {}): Block & { at: Record<string, number> } {
  const f = form.fields;
  const v = (k: string): CellValue => f[k] ?? null;
  const nature = form.checks['nature'] ?? { options: [], ticked: [] };
  const category = form.checks['category'] ?? { options: [], ticked: [] };
  const rows: CellValue[][] = [
    row(form.title),
    row('项目名称', v('name')),
    row('项目单位', v('unit'), null, '主管部门', v('competentDept')),
    row('资金用途/项目类型', ...boxRow(nature.options, nature.ticked, options)),
    row(null, ...boxRow(category.options, category.ticked, options)),
    row('项目负责人', v('leader'), '联系人', v('contact'), '联系电话', v('phone')),
    row('开始时间', v('start'), null, '结束时间', v('end')),
    row('项目概况', '概况文字'),
    row('立项依据', '依据文字'),
    row('项目设立的必要性', '必要性文字'),
    row('保证项目实施的制度、措施', '措施文字'),
    row('项目实施计划', '计划文字'),
    row('项目总预算（元）', form.funding['totalBudget'] ?? null, null, '项目当年预算（元）', form.funding['yearBudget'] ?? null),
    row('项目当年投入资金构成', '子项目名称', null, '预算金额（元）'),
  ];
  const merges = ['A1:F1', 'B2:F2', 'A4:A5', 'B8:F8', 'B9:F9', 'B10:F10', 'B11:F11', 'B12:F12'];
  const subTop = rows.length;
  for (const s of form.subItems) rows.push(row(null, s.name, null, s.amount));
  merges.push(`A${subTop}:A${rows.length}`);
  rows.push(row('同名项目上年预算额（元）', form.funding['lastYearBudget'] ?? null, null, '同名项目上年预算执行数（元）', form.funding['lastYearExecuted'] ?? null));
  rows.push(row('项目总目标', form.goals['overall'] ?? null));
  merges.push(`B${rows.length}:F${rows.length}`);
  rows.push(row('年度绩效目标', form.goals['annual'] ?? null));
  merges.push(`B${rows.length}:F${rows.length}`);
  const headerRow = rows.length + 1;
  if (options.decomposedHeader) {
    rows.push(row('分解目标内容', null, '绩效指标', '指标目标值'));
    merges.push(`A${headerRow}:B${headerRow}`);
  } else rows.push(row('一级指标', '二级指标', '三级指标', '指标目标值'));
  const body = indicatorRows(form.indicators, headerRow + 1, { l1: 'A', l2: 'B' }, (ind) => [ind.name, ind.value], options.levels ?? 'merged');
  rows.push(...body.rows);
  merges.push(...body.merges);
  return { rows, merges, at: { title: 1, boxes: 4, subItems: subTop + 1, header: headerRow, firstIndicator: headerRow + 1 } };
}

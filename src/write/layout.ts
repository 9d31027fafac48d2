import type { CheckboxRow, Form } from '../model/form';
import type { CellValue } from '../model/snapshot';
import type { Profile } from '../profiles';
import type { FundingField, HeaderField } from '../profiles/schema';
import { Canvas } from './canvas';
import type { CellStyle } from './plan';
import { ROW_HEIGHT, STYLES } from './styles';

/** The sections of the standard form, top to bottom. */
export const FORM_SECTIONS = ['header', 'funding', 'goals', 'indicators'] as const;
export type FormSection = (typeof FORM_SECTIONS)[number];

/**
 * How a generation's form is laid out, beyond its labels (which come from the profile). Five
 * columns: A holds the section labels and header labels, B–E the values; the indicator table is
 * B 一级指标 | C 二级指标 | D 三级指标 | E 指标值.
 */
export interface LayoutSpec {
  widths: readonly number[];
  /** Header field keys, one or two per row; a checkbox or long text field takes a row of its own. */
  headerRows: readonly (readonly string[])[];
  /** Funding rows: pairs of funding keys, or the sub-item table. 'twoColumn' draws the sh-2024 block. */
  funding: 'twoColumn' | readonly (readonly string[] | 'subItems')[];
  goals: 'sideBySide' | 'stacked';
  /** Label of column A beside the indicator table. */
  indicatorLabel: string;
}

const SPECS: Record<string, LayoutSpec> = {
  'sh-2024': {
    widths: [12, 16, 18, 30, 24],
    headerRows: [['name'], ['nature', 'category'], ['competentDept', 'unit'], ['start', 'end'], ['leader', 'contact'], ['phone']],
    funding: 'twoColumn',
    goals: 'sideBySide',
    indicatorLabel: '绩效指标',
  },
  'sh-2019': {
    // 2019 values are often sentences: a wider value column.
    widths: [22, 14, 14, 24, 36],
    headerRows: [
      ['name'],
      ['unit', 'competentDept'],
      ['nature'],
      ['category'],
      ['leader', 'contact'],
      ['phone'],
      ['start', 'end'],
      ['overview'],
      ['basis'],
      ['necessity'],
      ['measures'],
      ['plan'],
    ],
    funding: [['totalBudget', 'yearBudget'], 'subItems', ['lastYearBudget', 'lastYearExecuted']],
    goals: 'stacked',
    // Not 绩效指标: sh-2019 accepts that as a heading of the 三级指标 column.
    indicatorLabel: '绩效目标',
  },
};

/** A profile without a spec of its own gets one field per row, its funding fields in pairs, goals stacked. */
export function layoutSpecOf(profile: Profile): LayoutSpec {
  const own = SPECS[profile.id];
  if (own) return own;
  const pairs: string[][] = [];
  const keys = profile.funding.fields.map((f) => f.key);
  for (let i = 0; i < keys.length; i += 2) pairs.push(keys.slice(i, i + 2));
  return {
    widths: [16, 16, 18, 30, 24],
    headerRows: profile.header.map((h) => [h.key]),
    funding: profile.funding.subItems ? [...pairs, 'subItems'] : pairs,
    goals: 'stacked',
    indicatorLabel: '绩效指标',
  };
}

export interface Band {
  top: number;
  bottom: number;
}

export interface StandardLayout {
  canvas: Canvas;
  bands: Record<FormSection, Band>;
  /** Where each indicator sits (canvas rows), in the form's order. */
  indicatorRows: number[];
}

/** The form's year: its own, or its start date's. */
export function yearOf(form: Form): number | null {
  if (form.year !== null) return form.year;
  const start = form.fields['start'];
  const m = typeof start === 'string' ? /^(\d{4})/.exec(start) : null;
  return m ? Number(m[1]) : null;
}

export function standardTitle(form: Form, profile: Profile): string {
  const base = profile.detect.titles[0] ?? profile.name;
  const year = yearOf(form);
  return year === null ? base : `${base}（${year}年度）`;
}

function valueStyle(kind: HeaderField['kind'], value: CellValue): CellStyle {
  if (kind === 'date' && typeof value === 'number') return STYLES.date;
  if (kind === 'longtext') return STYLES.longText;
  return STYLES.text;
}

/** A checkbox row as the standard form prints it: every option, ticked ones that are not options kept too. */
export function checkboxRow(form: Form, field: HeaderField): CheckboxRow {
  const row = form.checks[field.key];
  const fallback = form.fields[field.key];
  const ticked = row ? row.ticked : typeof fallback === 'string' && fallback !== '' ? [fallback] : [];
  const options = row && row.options.length > 0 ? [...row.options] : [...field.options];
  for (const t of ticked) if (!options.includes(t)) options.push(t);
  return { options, ticked: options.filter((o) => ticked.includes(o)) };
}

/** The printed text of a checkbox row: ☑ before ticked options, □ before the others. */
export function checkboxText(form: Form, field: HeaderField): string {
  const { options, ticked } = checkboxRow(form, field);
  return options.map((o) => `${ticked.includes(o) ? '☑' : '□'}${o}`).join('  ');
}

/** The label printed for a funding field: the template's 其中：… spelling where the profile knows it. */
function fundingLabel(field: FundingField): string {
  return field.synonyms.find((s) => s.startsWith('其中：')) ?? field.label;
}

/** The standard block is in 元: numbers of a form kept in 万元 are converted, text stays as written. */
function scaled(form: Form, v: CellValue): CellValue {
  return typeof v === 'number' && form.amountScale !== 1 ? Math.round(v * form.amountScale * 100) / 100 : v;
}

function amountOf(form: Form, key: string): CellValue {
  return scaled(form, form.funding[key] ?? null);
}

function drawHeader(c: Canvas, form: Form, profile: Profile, spec: LayoutSpec): void {
  c.box(c.row, 1, c.row, c.cols, standardTitle(form, profile), STYLES.title);
  c.height(c.row, 36);
  c.row++;
  const fieldOf = (key: string): HeaderField | undefined => profile.header.find((h) => h.key === key);
  for (const keys of spec.headerRows) {
    const fields = keys.map(fieldOf).filter((f): f is HeaderField => f !== undefined);
    const [first, second] = fields;
    if (!first) continue;
    const r = c.row++;
    c.height(r, ROW_HEIGHT);
    c.box(r, 1, r, 1, first.label, STYLES.label);
    if (second) {
      c.box(r, 2, r, 3, form.fields[first.key] ?? null, valueStyle(first.kind, form.fields[first.key] ?? null));
      c.box(r, 4, r, 4, second.label, STYLES.label);
      c.box(r, 5, r, 5, form.fields[second.key] ?? null, valueStyle(second.kind, form.fields[second.key] ?? null));
    } else if (first.kind === 'checkbox') {
      c.box(r, 2, r, c.cols, checkboxText(form, first), STYLES.text);
    } else {
      const v = form.fields[first.key] ?? null;
      c.box(r, 2, r, c.cols, v, valueStyle(first.kind, v));
      if (first.kind === 'longtext') c.height(r, 40);
    }
  }
}

function drawTwoColumnFunding(c: Canvas, form: Form, profile: Profile): void {
  const left = profile.funding.fields.filter((f) => f.side === 'left');
  const right = profile.funding.fields.filter((f) => f.side !== 'left');
  const rows = Math.max(left.length, right.length, 1);
  const top = c.row;
  c.box(top, 1, top + rows - 1, 1, profile.funding.block[0] ?? '项目资金', STYLES.label);
  // The template gives the second left field (其中：财政资金) the rows the left column is short of.
  const spans = left.map((_, i) => (i === 1 ? 1 + rows - left.length : 1));
  let r = top;
  left.forEach((f, i) => {
    const bottom = r + (spans[i] ?? 1) - 1;
    c.box(r, 2, bottom, 2, fundingLabel(f), STYLES.label);
    c.box(r, 3, bottom, 3, amountOf(form, f.key), STYLES.amount);
    r = bottom + 1;
  });
  right.forEach((f, i) => {
    c.box(top + i, 4, top + i, 4, fundingLabel(f), STYLES.label);
    c.box(top + i, 5, top + i, 5, amountOf(form, f.key), STYLES.amount);
  });
  for (let i = 0; i < rows; i++) c.height(top + i, ROW_HEIGHT);
  c.row = top + rows;
}

function drawTableFunding(c: Canvas, form: Form, profile: Profile, rows: readonly (readonly string[] | 'subItems')[]): void {
  const fieldOf = (key: string): FundingField | undefined => profile.funding.fields.find((f) => f.key === key);
  for (const row of rows) {
    if (row === 'subItems') {
      const sub = profile.funding.subItems;
      if (!sub) continue;
      const items = form.subItems.length > 0 ? form.subItems : [{ name: null, amount: null }];
      const top = c.row;
      c.box(top, 1, top + items.length, 1, sub.label[0] ?? '', STYLES.label);
      c.box(top, 2, top, 4, sub.nameColumn[0] ?? '', STYLES.label);
      c.box(top, 5, top, 5, sub.amountColumn[0] ?? '', STYLES.label);
      items.forEach((item, i) => {
        c.box(top + 1 + i, 2, top + 1 + i, 4, item.name, STYLES.text);
        c.box(top + 1 + i, 5, top + 1 + i, 5, scaled(form, item.amount), STYLES.amount);
      });
      c.row = top + 1 + items.length;
      continue;
    }
    const [a, b] = row.map(fieldOf);
    if (!a) continue;
    const r = c.row++;
    c.box(r, 1, r, 1, a.label, STYLES.label);
    if (b) {
      c.box(r, 2, r, 3, amountOf(form, a.key), STYLES.amount);
      c.box(r, 4, r, 4, b.label, STYLES.label);
      c.box(r, 5, r, 5, amountOf(form, b.key), STYLES.amount);
    } else {
      c.box(r, 2, r, c.cols, amountOf(form, a.key), STYLES.amount);
    }
    c.height(r, 28);
  }
}

function drawGoals(c: Canvas, form: Form, profile: Profile, spec: LayoutSpec): void {
  const [overall, annual] = profile.goals;
  if (spec.goals === 'sideBySide' && overall && annual) {
    const top = c.row;
    c.box(top, 1, top + 1, 1, '项目绩效目标', STYLES.label);
    c.box(top, 2, top, 3, overall.label, STYLES.label);
    c.box(top, 4, top, 5, annual.label, STYLES.label);
    c.box(top + 1, 2, top + 1, 3, form.goals[overall.key] ?? null, STYLES.longText);
    c.box(top + 1, 4, top + 1, 5, form.goals[annual.key] ?? null, STYLES.longText);
    c.height(top, ROW_HEIGHT);
    c.height(top + 1, 60);
    c.row = top + 2;
    return;
  }
  for (const goal of profile.goals) {
    const r = c.row++;
    c.box(r, 1, r, 1, goal.label, STYLES.label);
    c.box(r, 2, r, c.cols, form.goals[goal.key] ?? null, STYLES.longText);
    c.height(r, 48);
  }
}

/** Runs of equal, non-blank values: [start, end] index pairs. */
export function runsOf(values: readonly string[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = 0;
  for (let i = 1; i <= values.length; i++) {
    if (i < values.length && values[i] === values[start] && values[i] !== '') continue;
    runs.push([start, i - 1]);
    start = i;
  }
  return runs;
}

function drawIndicators(c: Canvas, form: Form, profile: Profile, spec: LayoutSpec): number[] {
  const head = c.row;
  const cols = profile.indicators.columns;
  const n = form.indicators.length;
  c.box(head, 1, head + n, 1, spec.indicatorLabel, STYLES.label);
  c.box(head, 2, head, 2, cols.level1[0] ?? '一级指标', STYLES.label);
  c.box(head, 3, head, 3, cols.level2[0] ?? '二级指标', STYLES.label);
  c.box(head, 4, head, 4, cols.name[0] ?? '三级指标', STYLES.label);
  c.box(head, 5, head, 5, cols.value[0] ?? '指标值', STYLES.label);
  c.height(head, 30);
  const first = head + 1;
  const rows = form.indicators.map((_, i) => first + i);
  // Each row's own cells first, so that rows are tall enough before level boxes span them.
  form.indicators.forEach((ind, i) => {
    c.box(first + i, 4, first + i, 4, ind.name, STYLES.text);
    c.box(first + i, 5, first + i, 5, ind.value, STYLES.text);
    c.height(first + i, ROW_HEIGHT);
  });
  const level1 = form.indicators.map((i) => i.level1);
  for (const [a, b] of runsOf(level1)) {
    c.box(first + a, 2, first + b, 2, level1[a] ?? '', STYLES.centred);
    const level2 = form.indicators.slice(a, b + 1).map((i) => i.level2);
    for (const [x, y] of runsOf(level2)) c.box(first + a + x, 3, first + a + y, 3, level2[x] ?? '', STYLES.centred);
  }
  c.row = first + n;
  return rows;
}

/** The whole standard form drawn on a canvas, with each section's rows. */
export function standardLayout(form: Form, profile: Profile): StandardLayout {
  const spec = layoutSpecOf(profile);
  const c = new Canvas(spec.widths);
  const band = (draw: () => void): Band => {
    const top = c.row;
    draw();
    return { top, bottom: c.row - 1 };
  };
  const header = band(() => drawHeader(c, form, profile, spec));
  const funding = band(() =>
    spec.funding === 'twoColumn' ? drawTwoColumnFunding(c, form, profile) : drawTableFunding(c, form, profile, spec.funding),
  );
  const goals = band(() => drawGoals(c, form, profile, spec));
  let indicatorRows: number[] = [];
  const indicators = band(() => {
    indicatorRows = drawIndicators(c, form, profile, spec);
  });
  return { canvas: c, bands: { header, funding, goals, indicators }, indicatorRows };
}

/**
 * The form as the standard layout states it: the standard title, every header field of the
 * profile (null when blank), every checkbox row with all its options printed, amounts in 元.
 * Reading back a rendered form gives exactly this.
 */
export function standardForm(form: Form, profile: Profile): Form {
  const fields: Form['fields'] = {};
  const checks: Form['checks'] = {};
  for (const h of profile.header) {
    fields[h.key] = form.fields[h.key] ?? null;
    if (h.kind === 'checkbox') checks[h.key] = checkboxRow(form, h);
  }
  const funding: Form['funding'] = {};
  for (const f of profile.funding.fields) funding[f.key] = amountOf(form, f.key);
  const goals: Form['goals'] = {};
  for (const g of profile.goals) goals[g.key] = form.goals[g.key] ?? null;
  return {
    profile: profile.id,
    year: yearOf(form),
    title: standardTitle(form, profile),
    fields,
    checks,
    funding,
    amountScale: 1,
    subItems: form.subItems.map((s) => ({ name: s.name, amount: scaled(form, s.amount) })),
    goals,
    indicators: form.indicators.map((i) => ({ ...i })),
  };
}

import type { CellRange, CellValue } from './snapshot';

/**
 * The form model: one project's 申报表 as written, independent of where it sits on a sheet.
 * Values are kept as written (text stays text) so that rules can judge the writing itself;
 * parsing belongs to src/parse.
 */
export interface Indicator {
  level1: string;
  level2: string;
  name: string;
  value: CellValue;
}

export interface SubItem {
  name: CellValue;
  amount: CellValue;
}

/** A row of ☑/□ boxes (sh-2019 资金用途/项目类型): every option printed, and which carry a tick. */
export interface CheckboxRow {
  options: string[];
  ticked: string[];
}

export interface Form {
  /** Profile id, e.g. 'sh-2024'. */
  profile: string;
  /** The form's year as told by its title ("（2024年度）"), or by its dates when the title has none. */
  year: number | null;
  title: string | null;
  /** Header fields and free texts by the profile's field key (name, nature, category, unit, start, end, …). */
  fields: Record<string, CellValue>;
  /** Checkbox rows by the profile's field key (sh-2019 only). */
  checks: Record<string, CheckboxRow>;
  /** Amounts by the profile's funding key, as written, in the form's declared unit. */
  funding: Record<string, CellValue>;
  /** Multiplier from the declared amount unit to 元: 1 for 元, 10000 for 万元. */
  amountScale: number;
  /** sh-2019 项目当年投入资金构成. */
  subItems: SubItem[];
  /** Goal texts by the profile's goal key: overall (项目总目标), annual (年度总体目标 / 年度绩效目标). */
  goals: Record<string, CellValue>;
  indicators: Indicator[];
}

export interface CellRef {
  sheet: string;
  /** 1-based */
  row: number;
  /** 1-based */
  col: number;
}

export interface IndicatorCells {
  level1: CellRef;
  level2: CellRef;
  name: CellRef;
  value: CellRef;
}

export interface IndicatorTableCells {
  /** Row of the 一级指标 | 二级指标 | 三级指标 | 指标值 header (1-based). */
  headerRow: number;
  /** First and last data rows (inclusive); firstRow > lastRow when the table has no rows. */
  firstRow: number;
  lastRow: number;
  cols: { level1: number; level2: number; name: number; value: number };
}

/** Where every field and indicator of a form sits. Keys mirror the Form's. */
export interface CellMap {
  sheet: string;
  title?: CellRef;
  fields: Record<string, CellRef>;
  checks: Record<string, CellRef>;
  funding: Record<string, CellRef>;
  /** The cell that declares 单位：万元, when there is one. */
  amountUnit?: CellRef;
  subItems: { name: CellRef; amount: CellRef }[];
  goals: Record<string, CellRef>;
  indicators: IndicatorCells[];
  indicatorTable?: IndicatorTableCells;
  /** The rectangle the form occupies (several forms may be stacked on one sheet). */
  extent: CellRange;
}

export interface ReadProject {
  form: Form;
  cells: CellMap;
}

export function emptyForm(profile: string): Form {
  return {
    profile,
    year: null,
    title: null,
    fields: {},
    checks: {},
    funding: {},
    amountScale: 1,
    subItems: [],
    goals: {},
    indicators: [],
  };
}

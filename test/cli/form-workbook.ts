import ExcelJS from 'exceljs';
import type { Form } from '../../src/model/form';
import type { CellValue } from '../../src/model/snapshot';

/**
 * Lays a sh-2024 form out on a worksheet the way the printed 申报表 does: title, header label/value
 * pairs, the two-column funding block with its merged 财政资金 cells, the goals, and the indicator
 * table with level-1/level-2 merged down over their rows. Used by the CLI tests and the benchmark.
 */
const AMOUNT_FORMAT = '#,##0.00';

function excelValue(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === 'object') return { error: v.error as ExcelJS.CellErrorValue['error'] };
  return v;
}

/** ISO dates become real date cells, as in forms typed into Excel. */
function dateOrText(v: CellValue): ExcelJS.CellValue {
  if (typeof v === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  }
  return excelValue(v);
}

function put(ws: ExcelJS.Worksheet, a1: string, v: ExcelJS.CellValue, numFmt?: string): void {
  const cell = ws.getCell(a1);
  cell.value = v;
  if (numFmt) cell.numFmt = numFmt;
}

function amount(ws: ExcelJS.Worksheet, a1: string, v: CellValue | undefined): void {
  put(ws, a1, excelValue(v ?? null), typeof v === 'number' ? AMOUNT_FORMAT : undefined);
}

/** Rows i..j-1 of `keys` that share the same key, as [start, end) spans. */
function spans(keys: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 1; i <= keys.length; i++) {
    if (i === keys.length || keys[i] !== keys[start]) {
      out.push([start, i]);
      start = i;
    }
  }
  return out;
}

export function addFormSheet(wb: ExcelJS.Workbook, form: Form, sheetName = '申报表'): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheetName);
  const f = (key: string): CellValue => form.fields[key] ?? null;
  ws.columns = [{ width: 14 }, { width: 20 }, { width: 24 }, { width: 22 }, { width: 24 }];

  put(ws, 'A1', form.title ?? `财政项目支出绩效目标申报表（${form.year ?? 2024}年度）`);
  ws.mergeCells('A1:E1');

  put(ws, 'A3', '项目名称');
  put(ws, 'B3', excelValue(f('name')));
  ws.mergeCells('B3:E3');
  const pairs: [string, string, string, string][] = [
    ['项目性质', 'nature', '项目类别', 'category'],
    ['主管部门', 'competentDept', '实施单位', 'unit'],
    ['计划开始日期', 'start', '计划完成日期', 'end'],
  ];
  pairs.forEach(([leftLabel, leftKey, rightLabel, rightKey], i) => {
    const row = 4 + i;
    put(ws, `A${row}`, leftLabel);
    put(ws, `B${row}`, dateOrText(f(leftKey)), leftKey === 'start' ? 'yyyy-mm-dd' : undefined);
    ws.mergeCells(`B${row}:C${row}`);
    put(ws, `D${row}`, rightLabel);
    put(ws, `E${row}`, dateOrText(f(rightKey)), rightKey === 'end' ? 'yyyy-mm-dd' : undefined);
  });

  const money = form.funding;
  put(ws, 'A7', '项目资金（元）');
  ws.mergeCells('A7:A10');
  put(ws, 'B7', '项目资金总额');
  amount(ws, 'C7', money['projectTotal']);
  put(ws, 'D7', '年度资金申请总额');
  amount(ws, 'E7', money['totalRequested']);
  put(ws, 'B8', '其中：财政资金');
  ws.mergeCells('B8:B9');
  amount(ws, 'C8', money['projectFiscal']);
  ws.mergeCells('C8:C9');
  put(ws, 'D8', '其中：当年财政拨款');
  amount(ws, 'E8', money['currentAppropriation']);
  put(ws, 'D9', '上年结转资金');
  amount(ws, 'E9', money['carryover']);
  put(ws, 'B10', '其他资金');
  amount(ws, 'C10', money['projectOther']);
  put(ws, 'D10', '其他资金');
  amount(ws, 'E10', money['other']);

  put(ws, 'A11', '项目绩效目标');
  ws.mergeCells('A11:A12');
  put(ws, 'B11', '项目总目标');
  put(ws, 'C11', excelValue(form.goals['overall'] ?? null));
  ws.mergeCells('C11:E11');
  put(ws, 'B12', '年度总体目标');
  put(ws, 'C12', excelValue(form.goals['annual'] ?? null));
  ws.mergeCells('C12:E12');

  const header = 13;
  put(ws, `A${header}`, '一级指标');
  put(ws, `B${header}`, '二级指标');
  put(ws, `C${header}`, '三级指标');
  ws.mergeCells(`C${header}:D${header}`);
  put(ws, `E${header}`, '年度(/项目)指标值');
  const first = header + 1;
  form.indicators.forEach((ind, i) => {
    const row = first + i;
    put(ws, `C${row}`, ind.name);
    ws.mergeCells(`C${row}:D${row}`);
    put(ws, `E${row}`, excelValue(ind.value));
  });
  const level1 = form.indicators.map((i) => i.level1);
  const level2 = form.indicators.map((i) => `${i.level1}\u0000${i.level2}`);
  for (const [s, e] of spans(level1)) {
    put(ws, `A${first + s}`, form.indicators[s]?.level1 ?? '');
    if (e - s > 1) ws.mergeCells(`A${first + s}:A${first + e - 1}`);
  }
  for (const [s, e] of spans(level2)) {
    put(ws, `B${first + s}`, form.indicators[s]?.level2 ?? '');
    if (e - s > 1) ws.mergeCells(`B${first + s}:B${first + e - 1}`);
  }
  return ws;
}

export async function formWorkbookBytes(forms: readonly Form[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  forms.forEach((form, i) => addFormSheet(wb, form, forms.length === 1 ? '申报表' : `项目${i + 1}`));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

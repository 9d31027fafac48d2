import type { CellRange, CellValue } from '../model/snapshot';
import type { CellStyle } from './plan';
import { LINE_HEIGHT, ROW_HEIGHT } from './styles';

/** Display width of text in column-width units: CJK and full-width characters take about two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    w += code >= 0x1100 && (code <= 0x115f || code >= 0x2e80) ? 2.1 : 1;
  }
  return w;
}

/** Lines a wrapped text needs in a cell `width` characters wide (explicit line breaks count). */
export function linesFor(text: string, width: number): number {
  const usable = Math.max(1, width - 1.5);
  let lines = 0;
  for (const para of text.split(/\r?\n/)) lines += Math.max(1, Math.ceil(displayWidth(para) / usable));
  return lines;
}

interface Cell {
  value: CellValue;
  style: CellStyle | null;
}

/**
 * A sheet being drawn, row by row, before it becomes plans: cells, merged boxes and row heights.
 * Rows are 1-based and relative to the canvas; plans place the canvas where it belongs.
 */
export class Canvas {
  private readonly cells = new Map<number, Map<number, Cell>>();
  readonly merges: CellRange[] = [];
  readonly heights = new Map<number, number>();
  /** Next free row. */
  row = 1;

  constructor(readonly widths: readonly number[]) {}

  get cols(): number {
    return this.widths.length;
  }

  put(row: number, col: number, value: CellValue, style: CellStyle | null): void {
    let line = this.cells.get(row);
    if (!line) this.cells.set(row, (line = new Map()));
    line.set(col, { value, style });
  }

  /** A merged box (or one cell): value top-left, style on every cell so borders draw all round. */
  box(top: number, left: number, bottom: number, right: number, value: CellValue, style: CellStyle): void {
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) this.put(r, c, r === top && c === left ? value : null, style);
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
    if (style.alignment?.wrapText && typeof value === 'string' && value !== '') this.fit(top, bottom, left, right, value);
  }

  /** Makes the rows of a box tall enough for its wrapped text. */
  private fit(top: number, bottom: number, left: number, right: number, text: string): void {
    let width = 0;
    for (let c = left; c <= right; c++) width += this.widths[c - 1] ?? 10;
    const need = Math.max(ROW_HEIGHT, linesFor(text, width) * LINE_HEIGHT + 4);
    let have = 0;
    for (let r = top; r <= bottom; r++) have += this.heights.get(r) ?? ROW_HEIGHT;
    if (need <= have) return;
    const extra = (need - have) / (bottom - top + 1);
    for (let r = top; r <= bottom; r++) this.heights.set(r, round((this.heights.get(r) ?? ROW_HEIGHT) + extra));
  }

  height(row: number, points: number): void {
    this.heights.set(row, Math.max(points, this.heights.get(row) ?? 0));
  }

  /** The rows top..bottom as a dense block (absent cells are written empty, with no style). */
  block(top: number, bottom: number): { values: CellValue[][]; styles: (CellStyle | null)[][] } {
    const values: CellValue[][] = [];
    const styles: (CellStyle | null)[][] = [];
    for (let r = top; r <= bottom; r++) {
      const line = this.cells.get(r);
      const vs: CellValue[] = [];
      const ss: (CellStyle | null)[] = [];
      for (let c = 1; c <= this.cols; c++) {
        const cell = line?.get(c);
        vs.push(cell ? cell.value : null);
        ss.push(cell ? cell.style : null);
      }
      values.push(vs);
      styles.push(ss);
    }
    return { values, styles };
  }
}

function round(n: number): number {
  return Math.round(n * 4) / 4;
}

import type { CellRef, CheckboxRow } from '../model/form';
import type { HeaderField } from '../profiles/schema';
import type { Scope } from './scope';
import { refAt } from './scope';

const TICKED = new Set(['☑', '☒', '✓', '✔', '√', '■', '▣', '⊠', '●', '✅']);
const UNTICKED = new Set(['□', '☐', '◻', '▢', '○', '⬜']);
const MARK = /[☑☒✓✔√■▣⊠●✅□☐◻▢○⬜]/;
/** Keeps cell boundaries apart in a row's joined text, so an option never spans two cells. */
const SEP = '\u0001';

interface MarkRow {
  row: number;
  text: string;
  /** Column of the cell each character of text came from. */
  colAt: number[];
}

/** Rows that print boxes, joined cell by cell with spaces removed (options are matched without spaces). */
export function markRows(scope: Scope): MarkRow[] {
  const out: MarkRow[] = [];
  const { grid } = scope;
  for (let r = scope.top; r <= scope.bottom; r++) {
    const width = grid.rowLength(r);
    let text = '';
    const colAt: number[] = [];
    let marked = false;
    for (let c = 1; c <= width; c++) {
      const v = grid.raw(r, c);
      if (typeof v !== 'string' || v.length === 0 || grid.isContinuation(r, c)) continue;
      if (!marked && MARK.test(v)) marked = true;
      const t = v.normalize('NFKC').replace(/[\s\u3000]+/g, '');
      text += t + SEP;
      for (let i = 0; i <= t.length; i++) colAt.push(c);
    }
    if (marked) out.push({ row: r, text, colAt });
  }
  return out;
}

export interface ReadCheckbox {
  row: CheckboxRow;
  /** The first printed option's cell. */
  cell: CellRef;
  /** The single ticked option, or null when none or several are ticked. */
  value: string | null;
}

/**
 * A row of ☑/□ boxes for one field, found by its option names (the label may name two rows at once,
 * 资金用途/项目类型). An option counts as ticked when the nearest mark before it is a tick.
 */
export function readCheckbox(scope: Scope, rows: readonly MarkRow[], field: HeaderField): ReadCheckbox | null {
  let best: { row: MarkRow; found: { option: string; at: number }[] } | null = null;
  for (const row of rows) {
    const found: { option: string; at: number }[] = [];
    for (const option of field.options) {
      const at = row.text.indexOf(option.normalize('NFKC').replace(/[\s\u3000]+/g, ''));
      if (at >= 0) found.push({ option, at });
    }
    if (found.length > 0 && (!best || found.length > best.found.length)) best = { row, found };
  }
  if (!best) return null;
  const { row, found } = best;
  found.sort((a, b) => a.at - b.at);
  const ticked: string[] = [];
  for (const f of found) {
    const mark = markBefore(row.text, f.at);
    if (mark !== null && TICKED.has(mark)) ticked.push(f.option);
  }
  const first = found[0];
  const col = first ? (row.colAt[first.at] ?? 1) : 1;
  return {
    row: { options: found.map((f) => f.option), ticked },
    cell: refAt(scope, row.row, col),
    value: ticked.length === 1 ? (ticked[0] ?? null) : null,
  };
}

/** The mark right before an option, looking past cell boundaries (the box may sit in its own cell). */
function markBefore(text: string, at: number): string | null {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i] ?? '';
    if (ch === SEP) continue;
    return TICKED.has(ch) || UNTICKED.has(ch) ? ch : null;
  }
  return null;
}

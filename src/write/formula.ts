import { rowAfter, rowsAfter } from './geometry';
import type { RowOp } from './plan';

/**
 * A1 references in a formula (optionally sheet-qualified, optionally a range). Not preceded by a
 * name character (so LOG10 is not A-something), not followed by "(" (a function call) or a name character.
 */
const REF =
  /(?<![A-Za-z0-9_.$\u4e00-\u9fff])((?:'(?:[^']|'')+'|[A-Za-z0-9_.\u4e00-\u9fff]+)!)?(\$?[A-Za-z]{1,3})(\$?)(\d+)(?::(\$?[A-Za-z]{1,3})(\$?)(\d+))?(?![A-Za-z0-9_(\u4e00-\u9fff])/g;

function sheetOf(prefix: string | undefined, formulaSheet: string): string {
  if (!prefix) return formulaSheet;
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** Applies `fn` to the parts of a formula outside string literals. */
function outsideStrings(formula: string, fn: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : fn(part)))
    .join('');
}

/**
 * A formula after rows are inserted into or deleted from `opSheet`, as Excel rewrites it:
 * references below the rows move, ranges stretch or shrink, references to deleted cells become #REF!.
 * `formulaSheet` is the sheet the formula lives on (unqualified references point there).
 */
export function shiftFormula(formula: string, op: RowOp, opSheet: string, formulaSheet: string): string {
  return outsideStrings(formula, (code) =>
    code.replace(REF, (whole, prefix: string | undefined, col1: string, abs1: string, row1: string, col2?: string, abs2?: string, row2?: string) => {
      if (sheetOf(prefix, formulaSheet) !== opSheet) return whole;
      const head = prefix ?? '';
      if (col2 === undefined || row2 === undefined) {
        const r = rowAfter(Number(row1), op);
        return r === null ? `${head}#REF!` : `${head}${col1}${abs1}${r}`;
      }
      const rows = rowsAfter(Number(row1), Number(row2), op);
      return rows === null ? `${head}#REF!` : `${head}${col1}${abs1}${rows.top}:${col2}${abs2 ?? ''}${rows.bottom}`;
    }),
  );
}

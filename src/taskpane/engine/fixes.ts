import type { CellEdit, Finding } from '../../model/finding';

export interface SafeFixBatch {
  edits: CellEdit[];
  /** Findings whose fixes go in. */
  applied: Finding[];
  /** Findings left out because another fix already writes one of their cells differently. */
  conflicts: Finding[];
}

const keyOf = (e: CellEdit): string => `${e.sheet}\u0000${e.cell.toUpperCase()}`;

/** Every safe fix in one batch; two fixes that disagree about a cell are both left to the user. */
export function safeFixBatch(findings: readonly Finding[]): SafeFixBatch {
  const safe = findings.filter((f) => f.fix?.safe && f.fix.edits.length > 0);
  const byCell = new Map<string, Set<string>>();
  for (const f of safe)
    for (const e of f.fix?.edits ?? []) {
      const k = keyOf(e);
      const values = byCell.get(k) ?? new Set<string>();
      values.add(JSON.stringify([e.value, e.numberFormat ?? null]));
      byCell.set(k, values);
    }
  const clash = (f: Finding): boolean => (f.fix?.edits ?? []).some((e) => (byCell.get(keyOf(e))?.size ?? 0) > 1);
  const applied = safe.filter((f) => !clash(f));
  const seen = new Set<string>();
  const edits: CellEdit[] = [];
  for (const f of applied)
    for (const e of f.fix?.edits ?? []) {
      if (seen.has(keyOf(e))) continue;
      seen.add(keyOf(e));
      edits.push(e);
    }
  return { edits, applied, conflicts: safe.filter(clash) };
}

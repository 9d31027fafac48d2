import type { CellValue } from './snapshot';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function severityRank(s: Severity): number {
  return s === 'error' ? 0 : s === 'warning' ? 1 : 2;
}

export interface Location {
  sheet: string;
  /** A1 address, absent when the form came from a file without cells (form.json). */
  cell?: string;
  row?: number;
  col?: number;
}

export interface RelatedLocation extends Location {
  /** What the cell is to the finding: 'addend', 'total', 'goal', 'duplicate', 'label', … */
  role: string;
}

export interface CellEdit {
  sheet: string;
  cell: string;
  value: CellValue;
  /** Number format to set with the value, e.g. '#,##0.00' when a text amount becomes a number. */
  numberFormat?: string;
}

export interface Fix {
  description: string;
  edits: CellEdit[];
  /** Safe fixes are applied by "apply all safe fixes" and `jixiao fix` without asking. */
  safe: boolean;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  location: Location;
  related?: RelatedLocation[];
  indicator?: { level1: string; level2: string; name: string };
  expected?: CellValue;
  actual?: CellValue;
  fix?: Fix;
  /** Stable across runs and row moves: rule, sheet, project and subject (field key or indicator), not the address. */
  fingerprint: string;
}

export interface ProjectReport {
  name: string;
  profile: string | null;
  sheet: string;
  findings: Finding[];
}

export interface FileReport {
  path: string;
  projects: ProjectReport[];
  error?: string;
}

export interface Report {
  files: FileReport[];
  stats: Record<Severity, number>;
}

/** FNV-1a, 32 bit, hex: short, stable, no dependency. */
export function fingerprintOf(parts: readonly string[]): string {
  let h = 0x811c9dc5;
  const s = parts.join('\u0000');
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

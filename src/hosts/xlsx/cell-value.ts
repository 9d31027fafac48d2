import type { CellValue as ExcelValue, RichText } from 'exceljs';
import type { CellValue } from '../../model/snapshot';

const MS_PER_DAY = 24 * 60 * 60 * 1000;
/** Serial of 1970-01-01 in the 1900 date system (which counts the fictitious 1900-02-29). */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * exceljs hands dates back as JS Dates built from the serial with this same formula (as if UTC),
 * so inverting it gives the serial Excel stored, whatever the workbook's date system.
 */
export function dateToSerial(d: Date): number {
  return UNIX_EPOCH_SERIAL + d.getTime() / MS_PER_DAY;
}

function richTextOf(runs: readonly RichText[]): string {
  let s = '';
  for (const run of runs) s += run.text ?? '';
  return s;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** Hyperlink text may itself be rich text in files written by Excel. */
function textOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (isRecord(v) && Array.isArray(v['richText'])) return richTextOf(v['richText'] as RichText[]);
  if (v === null || v === undefined) return '';
  return String(v);
}

/** A formula's cached result, or a plain value, as the snapshot keeps it. */
function scalarOf(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateToSerial(v);
  if (isRecord(v)) {
    if (typeof v['error'] === 'string') return { error: v['error'] };
    if (Array.isArray(v['richText'])) return richTextOf(v['richText'] as RichText[]);
    if ('hyperlink' in v) return textOf(v['text']);
  }
  return null;
}

/** What the cell shows, in the snapshot's terms: text, number, boolean, error, or null when empty. */
export function snapshotValue(v: ExcelValue): CellValue {
  if (isRecord(v) && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) {
    return scalarOf(v['result']);
  }
  return scalarOf(v);
}

import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { XlsxOpenError } from './errors';

/** Compound File Binary (OLE) signature: encrypted .xlsx files and legacy .xls files both start with it. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A zip's local file header: every .xlsx starts with one. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  if (bytes.length < signature.length) return false;
  return signature.every((b, i) => bytes[i] === b);
}

function errnoOf(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

export async function readFileBytes(path: string): Promise<Buffer> {
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) throw new XlsxOpenError('not-a-file');
    return await fs.readFile(path);
  } catch (err) {
    if (err instanceof XlsxOpenError) throw err;
    const code = errnoOf(err);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new XlsxOpenError('not-found', path);
    throw new XlsxOpenError('unreadable', code ?? String(err));
  }
}

/** Tells what kind of bytes these are before exceljs sees them, so that its cryptic zip errors never reach the user. */
export function sniff(bytes: Uint8Array): XlsxOpenError | null {
  if (bytes.length === 0) return new XlsxOpenError('empty');
  if (startsWith(bytes, CFB_SIGNATURE)) return new XlsxOpenError('encrypted');
  if (!startsWith(bytes, ZIP_SIGNATURE)) return new XlsxOpenError('not-xlsx');
  return null;
}

function firstLine(err: unknown): string {
  const s = err instanceof Error ? err.message : String(err);
  return s.split('\n')[0] ?? s;
}

export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  /**
   * True when the workbook loaded only with its drawings (charts, shapes, pictures) left out:
   * its cells are all there, but saving it would lose those drawings.
   */
  withoutDrawings: boolean;
}

type LoadData = Parameters<ExcelJS.Xlsx['load']>[0];

async function load(bytes: Buffer, withoutDrawings: boolean): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  if (withoutDrawings) {
    // exceljs 4.4 fails on drawings it cannot parse (charts' user shapes and the like: exceljs issue
    // #2591) even when the cells are fine. Skipping the drawing parts, and the sheets' links to them,
    // still gives every cell. _processDrawingEntry is exceljs's own per-part reader, replaced on this
    // one instance only.
    Object.assign(workbook.xlsx, { _processDrawingEntry: async (): Promise<void> => undefined });
    await workbook.xlsx.load(bytes as unknown as LoadData, { ignoreNodes: ['drawing', 'picture'] });
  } else {
    await workbook.xlsx.load(bytes as unknown as LoadData);
  }
  return workbook;
}

/** Loads a workbook from bytes; every failure is an XlsxOpenError. */
export async function loadWorkbook(bytes: Buffer): Promise<LoadedWorkbook> {
  const bad = sniff(bytes);
  if (bad) throw bad;
  let loaded: LoadedWorkbook;
  try {
    loaded = { workbook: await load(bytes, false), withoutDrawings: false };
  } catch (first) {
    try {
      loaded = { workbook: await load(bytes, true), withoutDrawings: true };
    } catch {
      throw new XlsxOpenError('corrupt', firstLine(first));
    }
  }
  // A zip that is a .docx or any other package loads as a workbook with no sheets.
  if (loaded.workbook.worksheets.length === 0) throw new XlsxOpenError('no-sheets');
  return loaded;
}

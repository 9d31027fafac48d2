import { emptyUnitLibrary, parseUnitLibrary, serialiseUnitLibrary, type ImportResult } from '../../library/io';
import type { UnitLibrary } from '../../library/schema';

export type UnitLibraryFormat = 'json' | 'xlsx';

/** What the pane needs of a picked file: a DOM File (name and contents). */
export type PickedFile = Blob & { readonly name: string };

/** The file's bytes; FileReader where Blob.arrayBuffer is missing (older Office webviews). */
export async function bytesOf(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return new Uint8Array(await file.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (reader.result instanceof ArrayBuffer ? resolve(new Uint8Array(reader.result)) : reject(new Error('FileReader gave no bytes')));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * A unit library from a picked .json or .xlsx, with one message per bad row. exceljs is fetched only
 * for an .xlsx (its own chunk), so a JSON import costs nothing more than the library tab itself.
 */
export async function readUnitLibraryFile(file: PickedFile, libraryName: string): Promise<ImportResult> {
  if (/\.xlsx$/i.test(file.name)) {
    const { importUnitLibraryFile } = await import(/* webpackChunkName: "xlsx" */ '../../library/import-file');
    return importUnitLibraryFile(file.name, await bytesOf(file), libraryName);
  }
  if (/\.json$/i.test(file.name)) return parseUnitLibrary(new TextDecoder().decode(await bytesOf(file)));
  return {
    library: null,
    entries: [],
    problems: [{ row: 0, name: '', zh: `不支持的文件类型：${file.name}（请用 .json 或 .xlsx）`, en: `unsupported file type: ${file.name} (use .json or .xlsx)` }],
  };
}

export interface ExportedFile {
  fileName: string;
  mime: string;
  data: Uint8Array;
}

function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\s]+/g, '_').replace(/^_+|_+$/g, '');
  return cleaned === '' ? emptyUnitLibrary('本单位指标库').name : cleaned;
}

/** The library as a file to save: the stored JSON, or the spreadsheet form with the import's columns. */
export async function unitLibraryFile(library: UnitLibrary, format: UnitLibraryFormat): Promise<ExportedFile> {
  const base = safeFileName(library.name);
  if (format === 'json')
    return { fileName: `${base}.json`, mime: 'application/json', data: new TextEncoder().encode(serialiseUnitLibrary(library)) };
  const { libraryToXlsx } = await import(/* webpackChunkName: "xlsx" */ '../../library/xlsx');
  return {
    fileName: `${base}.xlsx`,
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    data: await libraryToXlsx(library.entries),
  };
}

/** Hands a file to the browser's download (the preview, Excel on the web). */
export function downloadFile(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([file.data as BlobPart], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

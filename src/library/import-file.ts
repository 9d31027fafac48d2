import { emptyUnitLibrary, parseUnitLibrary, type ImportResult } from './io';
import { libraryFromXlsx } from './xlsx';

/**
 * A unit library from a file the user picked (.json or .xlsx), with one message per bad row.
 * The caller stores `library` (serialiseUnitLibrary) in the workbook's or the user's settings.
 */
export async function importUnitLibraryFile(fileName: string, data: Uint8Array, libraryName: string): Promise<ImportResult> {
  if (/\.xlsx$/i.test(fileName)) {
    const { entries, problems } = await libraryFromXlsx(data);
    return { library: { ...emptyUnitLibrary(libraryName), entries }, entries, problems };
  }
  if (/\.json$/i.test(fileName)) return parseUnitLibrary(new TextDecoder().decode(data));
  return {
    library: null,
    entries: [],
    problems: [{ row: 0, name: '', zh: `不支持的文件类型：${fileName}（请用 .json 或 .xlsx）`, en: `unsupported file type: ${fileName} (use .json or .xlsx)` }],
  };
}

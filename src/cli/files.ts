import { promises as fs } from 'node:fs';
import { join, normalize } from 'node:path';

/** Excel's lock file beside an open workbook (~$申报表.xlsx): never a workbook itself. */
function isLockFile(name: string): boolean {
  return name.startsWith('~$');
}

function isWorkbookName(name: string): boolean {
  return name.toLowerCase().endsWith('.xlsx') && !isLockFile(name);
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    const path = join(dir, e.name);
    // Symbolic links to folders are not followed, so a link loop cannot hang the run.
    if (e.isDirectory()) await walk(path, out);
    else if ((e.isFile() || e.isSymbolicLink()) && isWorkbookName(e.name)) out.push(path);
  }
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The files to check: files as given (whatever their extension, so a wrong file is reported, not
 * skipped), folders walked for .xlsx. Sorted and without repeats, so runs compare line by line.
 * A path that does not exist stays in the list: opening it gives the user the reason.
 */
export async function collectInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = (await fs.stat(input)).isDirectory();
    } catch {
      isDir = false;
    }
    if (isDir) {
      const found: string[] = [];
      try {
        await walk(input, found);
      } catch {
        // An unreadable folder is reported like a file that cannot be read.
        out.push(input);
        continue;
      }
      out.push(...found);
    } else out.push(input);
  }
  // normalize: ./a.xlsx and a.xlsx are one file, checked once.
  return [...new Set(out.map(normalize))].sort(byCodePoint);
}

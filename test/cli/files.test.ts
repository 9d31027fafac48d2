import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectInputs } from '../../src/cli/files';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'jixiao-files-'));
  const files = ['b.xlsx', 'a.xlsx', '~$a.xlsx', 'notes.txt', 'old.xls', 'sub/c.XLSX', 'sub/deeper/d.xlsx', 'sub/~$d.xlsx'];
  for (const f of files) {
    await fs.mkdir(join(dir, f, '..'), { recursive: true });
    await fs.writeFile(join(dir, f), '');
  }
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('collectInputs', () => {
  it('walks folders for .xlsx, skipping lock files and other files, in sorted order', async () => {
    expect(await collectInputs([dir])).toEqual(
      ['a.xlsx', 'b.xlsx', 'sub/c.XLSX', 'sub/deeper/d.xlsx'].map((f) => join(dir, f)),
    );
  });

  it('keeps files given by name whatever their extension, and missing paths, so they are reported', async () => {
    const inputs = [join(dir, 'notes.txt'), join(dir, 'missing.xlsx'), join(dir, 'a.xlsx')];
    expect(await collectInputs(inputs)).toEqual([...inputs].sort());
  });

  it('lists a file once when named and found in a folder', async () => {
    expect(await collectInputs([join(dir, 'sub'), join(dir, 'sub', 'c.XLSX')])).toEqual(
      [join(dir, 'sub', 'c.XLSX'), join(dir, 'sub', 'deeper', 'd.xlsx')],
    );
  });

  it('lists a file once however its path is spelled', async () => {
    expect(await collectInputs([join(dir, 'a.xlsx'), `${dir}/./sub/../a.xlsx`])).toEqual([join(dir, 'a.xlsx')]);
  });

  it('gives nothing for a folder without workbooks', async () => {
    const empty = join(dir, 'empty');
    await fs.mkdir(empty, { recursive: true });
    expect(await collectInputs([empty])).toEqual([]);
  });
});

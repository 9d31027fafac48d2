import { chooseMode, hasExcel, macWefDir, register, unregister, WEF_KEY, type CommandResult, type SideloadDeps } from '../../src/preview/sideload';

/** A machine in memory: a registry (key → value), files, and the commands that read and write them. */
function machine(platform: string, opts: { excel?: boolean; regWriteFails?: boolean; regLies?: boolean; fileLies?: boolean } = {}) {
  const registry = new Map<string, string>();
  const files = new Map<string, string>([['/repo/manifest.xml', '<OfficeApp/>']]);
  const calls: string[] = [];
  const deps: SideloadDeps = {
    platform,
    home: '/home/u',
    run: (command, args): CommandResult => {
      calls.push([command, ...args].join(' '));
      if (command === 'reg' && args[0] === 'query' && String(args[1]).includes('excel.exe')) return { code: opts.excel ? 0 : 1, stdout: '', stderr: '' };
      if (command === 'reg' && args[0] === 'add') {
        if (opts.regWriteFails) return { code: 1, stdout: '', stderr: 'Access is denied.' };
        if (!opts.regLies) registry.set(String(args[3]), String(args[7]));
        return { code: 0, stdout: '', stderr: '' };
      }
      if (command === 'reg' && args[0] === 'query') {
        const v = registry.get(String(args[3]));
        return v ? { code: 0, stdout: `${WEF_KEY}\n    ${args[3]}    REG_SZ    ${v}\n`, stderr: '' } : { code: 1, stdout: '', stderr: 'not found' };
      }
      if (command === 'reg' && args[0] === 'delete') return { code: registry.delete(String(args[3])) ? 0 : 1, stdout: '', stderr: '' };
      return { code: 0, stdout: '', stderr: '' };
    },
    exists: (p) => files.has(p) || (opts.excel === true && p === '/Applications/Microsoft Excel.app'),
    readText: (p) => files.get(p) ?? null,
    writeText: (p, t) => void files.set(p, opts.fileLies ? '' : t),
    remove: (p) => void files.delete(p),
    mkdirp: () => undefined,
  };
  return { deps, registry, files, calls };
}

describe('chooseMode', () => {
  it.each([
    { args: [], excel: true, mode: 'excel' },
    { args: [], excel: false, mode: 'preview' },
    { args: ['--preview'], excel: true, mode: 'preview' },
    { args: ['--excel'], excel: true, mode: 'excel' },
  ])('$args with Excel=$excel → $mode', ({ args, excel, mode }) => expect(chooseMode(args, excel)).toBe(mode));

  it('refuses --excel without Excel', () => {
    expect(chooseMode(['--excel'], false)).toMatchObject({ ok: false });
  });
});

describe('sideloading', () => {
  it.each([
    ['win32', true, true],
    ['win32', false, false],
    ['darwin', true, true],
    ['linux', true, false],
  ])('%s with Excel installed=%s: detected %s', (platform, excel, found) => {
    expect(hasExcel(machine(platform, { excel }).deps)).toBe(found);
  });

  it('Windows: registers the manifest under WEF\\Developer and reads it back', () => {
    const m = machine('win32', { excel: true });
    expect(register(m.deps, '/repo/manifest.xml', 'abc').ok).toBe(true);
    expect(m.registry.get('abc')).toBe('/repo/manifest.xml');
    expect(unregister(m.deps, 'abc').ok).toBe(true);
    expect(m.registry.has('abc')).toBe(false);
  });

  it.each([
    { name: 'the registry write fails', opts: { regWriteFails: true }, text: /Access is denied/ },
    { name: 'the registry claims success but holds nothing', opts: { regLies: true }, text: /not in the registry/ },
  ])('Windows: never reports success when $name', ({ opts, text }) => {
    const outcome = register(machine('win32', { excel: true, ...opts }).deps, '/repo/manifest.xml', 'abc');
    expect(outcome.ok).toBe(false);
    expect(outcome.en).toMatch(text);
  });

  it('macOS: copies the manifest into the wef folder, and fails when the copy is not the manifest', () => {
    const m = machine('darwin', { excel: true });
    expect(register(m.deps, '/repo/manifest.xml', 'abc').ok).toBe(true);
    expect(m.files.get(`${macWefDir('/home/u')}/abc.manifest.xml`)).toBe('<OfficeApp/>');
    expect(register(machine('darwin', { excel: true, fileLies: true }).deps, '/repo/manifest.xml', 'abc').ok).toBe(false);
  });

  it('Linux has nothing to sideload into', () => {
    expect(register(machine('linux').deps, '/repo/manifest.xml', 'abc').ok).toBe(false);
  });
});

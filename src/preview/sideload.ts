/**
 * Sideloading the add-in into Excel desktop, as the Office template's `npm start` does (Windows: the
 * WEF\Developer registry key; macOS: the wef folder), but checked: every step is read back, and
 * success is reported only when the registration is really there.
 */
import { join } from 'node:path';

export type Platform = 'win32' | 'darwin' | 'linux' | string;

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface SideloadDeps {
  platform: Platform;
  home: string;
  run(command: string, args: readonly string[]): CommandResult;
  exists(path: string): boolean;
  readText(path: string): string | null;
  writeText(path: string, text: string): void;
  remove(path: string): void;
  mkdirp(path: string): void;
}

export interface Outcome {
  ok: boolean;
  zh: string;
  en: string;
}

const ok = (zh: string, en: string): Outcome => ({ ok: true, zh, en });
const fail = (zh: string, en: string): Outcome => ({ ok: false, zh, en });

export const WEF_KEY = 'HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer';
export const MAC_EXCEL = '/Applications/Microsoft Excel.app';

export function macWefDir(home: string): string {
  return join(home, 'Library/Containers/com.microsoft.Excel/Data/Documents/wef');
}

/** Whether Excel desktop is installed on this machine. */
export function hasExcel(deps: SideloadDeps): boolean {
  if (deps.platform === 'win32') {
    const r = deps.run('reg', ['query', 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe']);
    return r.code === 0;
  }
  if (deps.platform === 'darwin') return deps.exists(MAC_EXCEL);
  return false;
}

export type Mode = 'excel' | 'preview';

/** --preview and --excel force a mode; otherwise Excel when it is installed. */
export function chooseMode(args: readonly string[], excelInstalled: boolean): Mode | Outcome {
  if (args.includes('--preview')) return 'preview';
  if (args.includes('--excel')) {
    return excelInstalled ? 'excel' : fail('未找到 Excel 桌面版，无法旁加载。去掉 --excel 可在浏览器中预览。', 'Excel desktop not found, cannot sideload. Drop --excel to use the browser preview.');
  }
  return excelInstalled ? 'excel' : 'preview';
}

/** Registers the manifest and reads the registration back. */
export function register(deps: SideloadDeps, manifestPath: string, addinId: string): Outcome {
  if (deps.platform === 'win32') {
    const add = deps.run('reg', ['add', WEF_KEY, '/v', addinId, '/t', 'REG_SZ', '/d', manifestPath, '/f']);
    if (add.code !== 0) return fail(`写入注册表失败：${add.stderr.trim()}`, `Could not write the registry: ${add.stderr.trim()}`);
    const back = deps.run('reg', ['query', WEF_KEY, '/v', addinId]);
    if (back.code !== 0 || !back.stdout.includes(manifestPath)) {
      return fail('注册表中没有找到刚写入的加载项清单，旁加载未生效。', 'The manifest registration is not in the registry after writing it; sideloading did not take.');
    }
    return ok(`已在注册表中登记清单：${manifestPath}`, `Manifest registered in the registry: ${manifestPath}`);
  }
  if (deps.platform === 'darwin') {
    const dir = macWefDir(deps.home);
    const target = join(dir, `${addinId}.manifest.xml`);
    const text = deps.readText(manifestPath);
    if (text === null) return fail(`读不到清单文件 ${manifestPath}`, `Cannot read the manifest ${manifestPath}`);
    try {
      deps.mkdirp(dir);
      deps.writeText(target, text);
    } catch (err) {
      return fail(`无法写入 ${target}：${String(err)}`, `Cannot write ${target}: ${String(err)}`);
    }
    if (deps.readText(target) !== text) return fail(`${target} 的内容与清单不一致，旁加载未生效。`, `${target} does not hold the manifest; sideloading did not take.`);
    return ok(`已复制清单到 ${target}`, `Manifest copied to ${target}`);
  }
  return fail('此系统没有 Excel 桌面版可旁加载。', 'This system has no Excel desktop to sideload into.');
}

export function unregister(deps: SideloadDeps, addinId: string): Outcome {
  if (deps.platform === 'win32') {
    const r = deps.run('reg', ['delete', WEF_KEY, '/v', addinId, '/f']);
    return r.code === 0 ? ok('已取消旁加载。', 'Sideloading removed.') : fail(`取消旁加载失败：${r.stderr.trim()}`, `Could not remove sideloading: ${r.stderr.trim()}`);
  }
  if (deps.platform === 'darwin') {
    const target = join(macWefDir(deps.home), `${addinId}.manifest.xml`);
    if (deps.exists(target)) deps.remove(target);
    return deps.exists(target) ? fail(`无法删除 ${target}`, `Cannot remove ${target}`) : ok('已取消旁加载。', 'Sideloading removed.');
  }
  return ok('没有需要取消的旁加载。', 'Nothing was sideloaded.');
}

export function launchExcel(deps: SideloadDeps): Outcome {
  const r = deps.platform === 'win32' ? deps.run('cmd', ['/c', 'start', '', 'excel']) : deps.run('open', ['-a', 'Microsoft Excel']);
  return r.code === 0 ? ok('已启动 Excel。', 'Excel started.') : fail(`无法启动 Excel：${r.stderr.trim()}`, `Could not start Excel: ${r.stderr.trim()}`);
}

/**
 * `npm start`: with Excel desktop, serves the add-in over https on localhost:3000 and sideloads it;
 * without, serves the browser preview on http://127.0.0.1:3000. `npm stop` removes the sideloading.
 * Exits non-zero, saying why, whenever a step fails: it never reports a sideload that did not happen.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:https';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';
import { chooseMode, hasExcel, launchExcel, register, unregister, type Outcome, type SideloadDeps } from './sideload';

const ROOT = resolve(__dirname, '..', '..');
const MANIFEST = join(ROOT, 'manifest.xml');
const PORT = 3000;

const deps: SideloadDeps = {
  platform: process.platform,
  home: homedir(),
  run: (command, args) => {
    const r = spawnSync(command, [...args], { encoding: 'utf8', windowsHide: true });
    return { code: r.status ?? 1, stdout: r.stdout ?? '', stderr: r.stderr ?? (r.error ? String(r.error) : '') };
  },
  exists: existsSync,
  readText: (p) => (existsSync(p) ? readFileSync(p, 'utf8') : null),
  writeText: (p, t) => writeFileSync(p, t, 'utf8'),
  remove: (p) => rmSync(p, { force: true }),
  mkdirp: (p) => void mkdirSync(p, { recursive: true }),
};

function say(o: Outcome): void {
  (o.ok ? console.log : console.error)(`${o.ok ? '✓' : '✗'} ${o.zh}\n  ${o.en}`);
}

function die(o: Outcome): never {
  say(o);
  process.exit(1);
}

function addinId(): string {
  const m = /<Id>([^<]+)<\/Id>/.exec(readFileSync(MANIFEST, 'utf8'));
  if (!m?.[1]) die({ ok: false, zh: 'manifest.xml 中没有 <Id>', en: 'manifest.xml has no <Id>' });
  return m[1].trim();
}

/** The certificates office-addin-dev-certs installs (the template's); made on request when missing. */
function devCerts(): { key: string; cert: string; ca: string } {
  const dir = join(homedir(), '.office-addin-dev-certs');
  const files = { key: join(dir, 'localhost.key'), cert: join(dir, 'localhost.crt'), ca: join(dir, 'ca.crt') };
  if (!Object.values(files).every(existsSync)) {
    console.log('… 安装本机 HTTPS 开发证书（office-addin-dev-certs） / installing localhost dev certificates');
    const r = spawnSync('npx', ['--yes', 'office-addin-dev-certs', 'install'], { stdio: 'inherit', shell: process.platform === 'win32' });
    if (r.status !== 0 || !Object.values(files).every(existsSync)) {
      die({ ok: false, zh: '无法安装 HTTPS 开发证书，Excel 无法加载任务窗格。', en: 'Could not install the HTTPS dev certificates; Excel could not load the pane.' });
    }
  }
  return { key: readFileSync(files.key, 'utf8'), cert: readFileSync(files.cert, 'utf8'), ca: readFileSync(files.ca, 'utf8') };
}

function fetchStatus(url: string, ca: string): Promise<number> {
  return new Promise((resolvePromise) => {
    get(url, { ca }, (res) => {
      res.resume();
      resolvePromise(res.statusCode ?? 0);
    }).on('error', () => resolvePromise(0));
  });
}

async function serve(https: { key: string; cert: string } | null): Promise<WebpackDevServer> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configOf = require(join(ROOT, 'webpack.config.js')) as (env: Record<string, unknown>, argv: Record<string, unknown>) => webpack.Configuration;
  const config = configOf({ https: Boolean(https) }, { mode: 'development' });
  const compiler = webpack(config);
  const server = new WebpackDevServer(
    { ...config.devServer, server: https ? { type: 'https', options: https } : 'http', devMiddleware: { writeToDisk: false } },
    compiler,
  );
  await server.start();
  return server;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--stop')) {
    const o = unregister(deps, addinId());
    return o.ok ? say(o) : die(o);
  }
  const mode = chooseMode(args, hasExcel(deps));
  if (typeof mode !== 'string') die(mode);
  if (mode === 'preview') {
    await serve(null);
    console.log(`\n✓ 浏览器预览：http://127.0.0.1:${PORT}/index.html\n  Browser preview (no Excel on this machine): http://127.0.0.1:${PORT}/index.html\n`);
    return;
  }
  const certs = devCerts();
  const server = await serve(certs);
  const status = await fetchStatus(`https://localhost:${PORT}/taskpane.html`, certs.ca);
  if (status !== 200) {
    await server.stop();
    die({ ok: false, zh: `任务窗格页面无法访问（HTTP ${status}）。`, en: `The task pane page is not being served (HTTP ${status}).` });
  }
  const reg = register(deps, MANIFEST, addinId());
  if (!reg.ok) {
    await server.stop();
    die(reg);
  }
  say(reg);
  const launched = launchExcel(deps);
  if (!launched.ok) {
    await server.stop();
    die(launched);
  }
  say(launched);
  console.log('在 Excel 中打开“绩效校验”选项卡。停止：Ctrl+C；取消旁加载：npm stop\n  Open the 绩效校验 tab in Excel. Stop with Ctrl+C; remove sideloading with npm stop.');
}

main().catch((err: unknown) => die({ ok: false, zh: `启动失败：${String(err)}`, en: `Start failed: ${String(err)}` }));

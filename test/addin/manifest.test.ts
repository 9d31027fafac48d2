/** @jest-environment jsdom */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
// office-addin-manifest's XML parser itself: its package entry also loads the unified-manifest
// tooling, which is ESM-only and not needed to read an add-in-only manifest.
import { ManifestHandlerXml } from 'office-addin-manifest/lib/manifestHandler/manifestHandlerXml';
import { checkManifest, type ManifestFacts } from './manifest-check';

// The parser module requires uuid (ESM-only, which Jest on Node 20 cannot require) for modifyManifest's
// new GUIDs; reading a manifest never calls it.
jest.mock('../../node_modules/office-addin-manifest/node_modules/uuid/dist-node/index.js', () => ({ v4: () => '00000000-0000-4000-8000-000000000000' }));

const ROOT = join(__dirname, '..', '..');
const MANIFEST = join(ROOT, 'manifest.xml');
const xml = readFileSync(MANIFEST, 'utf8');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(join(ROOT, 'webpack.config.js')) as { pages: string[] };

function registeredFunctions(): string[] {
  const src = readFileSync(join(ROOT, 'src/commands/commands.ts'), 'utf8');
  return [...src.matchAll(/Office\.actions\.associate\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
}

const realFacts: ManifestFacts = {
  readAsset: (path) => {
    const file = join(ROOT, path);
    return existsSync(file) ? new Uint8Array(readFileSync(file)) : null;
  },
  pages: webpackConfig.pages,
  functions: registeredFunctions(),
};

describe('manifest.xml', () => {
  it('is read by office-addin-manifest as an Excel task pane add-in with document read/write permission', async () => {
    const info = await new ManifestHandlerXml(MANIFEST).parseManifest();
    expect(info.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.defaultLocale).toBe('zh-CN');
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.defaultSettings?.sourceLocation).toBe('https://localhost:3000/taskpane.html');
  });

  it('passes every offline rule', () => {
    expect(checkManifest(xml, realFacts)).toEqual([]);
  });

  it('has the two ribbon commands on a 绩效校验 tab', () => {
    expect(xml).toMatch(/<bt:String id="Tab.Label" DefaultValue="绩效校验">/);
    expect(xml).toMatch(/<Control xsi:type="Button" id="JiXiao.Validate">/);
    expect(xml).toMatch(/<bt:Url id="Taskpane.Validate.Url" DefaultValue="[^"]+\?run=validate"\/>/);
  });
});

describe('offline manifest rules catch broken manifests', () => {
  const cases: { name: string; edit: (x: string) => string; facts?: Partial<ManifestFacts>; problem: RegExp }[] = [
    { name: 'not XML', edit: (x) => x.replace('</OfficeApp>', ''), problem: /well-formed/ },
    { name: 'id not a GUID', edit: (x) => x.replace(/<Id>[^<]+<\/Id>/, '<Id>jixiao</Id>'), problem: /Id is not a GUID/ },
    {
      name: 'permission wider than ReadWriteDocument',
      edit: (x) => x.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadWriteMailbox</Permissions>'),
      problem: /Permissions must be/,
    },
    { name: 'http URL', edit: (x) => x.replace('https://localhost:3000/commands.html', 'http://localhost:3000/commands.html'), problem: /Commands.Url: URL is not https/ },
    { name: 'foreign domain', edit: (x) => x.replace('https://localhost:3000/help.html"/>\n      </bt:Urls>', 'https://example.org/help.html"/>\n      </bt:Urls>'), problem: /Help.Url: https:\/\/example.org is not in AppDomains/ },
    { name: 'dangling resid', edit: (x) => x.replace('<Label resid="Validate.Label"/>', '<Label resid="Validate.Lable"/>'), problem: /unknown resource Validate.Lable/ },
    { name: 'resid of the wrong kind', edit: (x) => x.replace('<Label resid="OpenPane.Label"/>', '<Label resid="OpenPane.Tooltip"/>'), problem: /Label refers to OpenPane.Tooltip, a LongStrings resource/ },
    { name: 'duplicate resource id', edit: (x) => x.replace('<bt:Url id="Help.Url"', '<bt:Url id="Commands.Url"'), problem: /resource id used twice: Commands.Url/ },
    { name: 'duplicate control id', edit: (x) => x.replace('id="JiXiao.OpenPane"', 'id="JiXiao.Validate"'), problem: /control id used twice: JiXiao.Validate/ },
    { name: 'icon missing', edit: (x) => x, facts: { readAsset: () => null }, problem: /icon file missing: assets\/icon-16.png/ },
    { name: 'icon of the wrong size', edit: (x) => x.replace('assets/icon-80.png', 'assets/icon-64.png'), problem: /Icon.80x80: image is 64×64, control asks for 80/ },
    { name: 'page not built', edit: (x) => x, facts: { pages: ['taskpane.html'] }, problem: /Commands.Url: page not built: commands.html/ },
    { name: 'function not registered', edit: (x) => x, facts: { functions: [] }, problem: /ExecuteFunction clearHighlights is not registered/ },
    { name: 'no requirement set', edit: (x) => x.replace(/<Set Name="ExcelApi"[^>]*\/>/, ''), problem: /no ExcelApi MinVersion/ },
    { name: 'string without English', edit: (x) => x.replace('<bt:Override Locale="en-US" Value="Validate"/>', ''), problem: /Validate.Label: no en-US override/ },
  ];
  it.each(cases)('$name', ({ edit, facts, problem }) => {
    const problems = checkManifest(edit(xml), { ...realFacts, ...facts });
    expect(problems.join('\n')).toMatch(problem);
  });
});

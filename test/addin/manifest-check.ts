/**
 * Offline checks of manifest.xml: the rules that can be stated without Microsoft's online validator.
 * Takes the XML text and a function telling whether a file exists (so that tests can break either).
 */
const NS_BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadWriteDocument'];

export interface ManifestFacts {
  /** Reads a file of the build by its path relative to the site root (e.g. 'assets/icon-16.png'); null when absent. */
  readAsset(path: string): Uint8Array | null;
  /** Pages the build emits (taskpane.html, …). */
  pages: readonly string[];
  /** Function names the commands file registers with Office.actions.associate. */
  functions: readonly string[];
}

function byLocal(root: Element | Document, name: string): Element[] {
  return Array.from(root.getElementsByTagName('*')).filter((e) => e.localName === name);
}

function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || sig.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export function checkManifest(xml: string, facts: ManifestFacts): string[] {
  const problems: string[] = [];
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) return ['manifest is not well-formed XML'];
  const root = doc.documentElement;
  const text = (name: string): string | null => {
    const el = Array.from(root.children).find((c) => c.localName === name);
    return el ? (el.textContent ?? '').trim() : null;
  };

  const id = text('Id');
  if (!id || !GUID.test(id)) problems.push(`Id is not a GUID: ${id ?? '(none)'}`);
  const version = text('Version');
  if (!version || !/^\d+(\.\d+){0,3}$/.test(version)) problems.push(`Version is not n.n.n.n: ${version ?? '(none)'}`);
  const permissions = text('Permissions');
  if (!permissions || !PERMISSIONS.includes(permissions)) {
    problems.push(`Permissions must be one of ${PERMISSIONS.join(', ')}, got ${permissions ?? '(none)'}`);
  }

  const hosts = byLocal(root, 'Host').filter((h) => h.parentElement === byLocal(root, 'Hosts')[0]);
  if (!hosts.some((h) => h.getAttribute('Name') === 'Workbook')) problems.push('Hosts does not name Workbook');
  const excelSet = byLocal(root, 'Set').find((s) => s.getAttribute('Name') === 'ExcelApi');
  if (!excelSet || !/^1\.\d+$/.test(excelSet.getAttribute('MinVersion') ?? '')) {
    problems.push('Requirements state no ExcelApi MinVersion');
  }

  // Every URL: https, and inside an AppDomain (or the origin of the default source location).
  const domains = byLocal(root, 'AppDomain').map((d) => (d.textContent ?? '').trim());
  const urls: { where: string; url: string }[] = [];
  for (const el of Array.from(root.getElementsByTagName('*'))) {
    const v = el.getAttribute('DefaultValue');
    if (v && /^[a-z]+:\/\//i.test(v)) urls.push({ where: el.getAttribute('id') ?? el.localName, url: v });
  }
  for (const { where, url } of urls) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${where}: not a URL: ${url}`);
      continue;
    }
    if (parsed.protocol !== 'https:') problems.push(`${where}: URL is not https: ${url}`);
    if (!domains.includes(parsed.origin)) problems.push(`${where}: ${parsed.origin} is not in AppDomains`);
    const path = parsed.pathname.replace(/^\//, '');
    if (/\.png$/i.test(path)) {
      const bytes = facts.readAsset(path);
      if (!bytes) problems.push(`${where}: icon file missing: ${path}`);
      else if (!pngSize(bytes)) problems.push(`${where}: not a PNG: ${path}`);
    } else if (/\.html$/i.test(path) && !facts.pages.includes(path)) {
      problems.push(`${where}: page not built: ${path}`);
    }
  }

  // Image resources: the size the control asks for is the size of the file.
  const resources = new Map<string, { kind: string; el: Element }>();
  for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings']) {
    for (const group of Array.from(root.getElementsByTagNameNS(NS_BT, kind))) {
      for (const el of Array.from(group.children)) {
        const rid = el.getAttribute('id') ?? '';
        if (resources.has(rid)) problems.push(`resource id used twice: ${rid}`);
        if (rid.length === 0 || rid.length > 32) problems.push(`resource id must be 1–32 characters: "${rid}"`);
        resources.set(rid, { kind, el });
        if (kind === 'ShortStrings' || kind === 'LongStrings') {
          const max = kind === 'ShortStrings' ? 125 : 250;
          const values = [el.getAttribute('DefaultValue') ?? '', ...byLocal(el, 'Override').map((o) => o.getAttribute('Value') ?? '')];
          if (values.some((v) => v.length === 0 || v.length > max)) problems.push(`${rid}: strings must be 1–${max} characters`);
          if (!byLocal(el, 'Override').some((o) => o.getAttribute('Locale') === 'en-US')) problems.push(`${rid}: no en-US override`);
        }
      }
    }
  }

  // resid references resolve, to a resource of the kind the element needs.
  const needs: Record<string, string> = {
    Image: 'Images',
    SourceLocation: 'Urls',
    FunctionFile: 'Urls',
    LearnMoreUrl: 'Urls',
    Label: 'ShortStrings',
    Title: 'ShortStrings',
    Description: 'LongStrings',
  };
  for (const el of Array.from(root.getElementsByTagName('*'))) {
    const rid = el.getAttribute('resid');
    if (rid === null) continue;
    const res = resources.get(rid);
    if (!res) {
      problems.push(`${el.localName} refers to unknown resource ${rid}`);
      continue;
    }
    const want = needs[el.localName];
    if (want && res.kind !== want) problems.push(`${el.localName} refers to ${rid}, a ${res.kind} resource, not ${want}`);
    if (el.localName === 'Image') {
      const size = Number(el.getAttribute('size'));
      const url = res.el.getAttribute('DefaultValue') ?? '';
      const bytes = /^https:/.test(url) ? facts.readAsset(new URL(url).pathname.replace(/^\//, '')) : null;
      const dims = bytes ? pngSize(bytes) : null;
      if (dims && (dims.width !== size || dims.height !== size)) {
        problems.push(`${rid}: image is ${dims.width}×${dims.height}, control asks for ${size}`);
      }
    }
  }

  // Control ids unique; ExecuteFunction names registered by the commands file.
  const ids = [...byLocal(root, 'Control'), ...byLocal(root, 'Group'), ...byLocal(root, 'CustomTab')].map((c) => c.getAttribute('id') ?? '');
  const seen = new Set<string>();
  for (const cid of ids) {
    if (!cid || cid.length > 125) problems.push(`control id must be 1–125 characters: "${cid}"`);
    if (seen.has(cid)) problems.push(`control id used twice: ${cid}`);
    seen.add(cid);
  }
  for (const fn of byLocal(root, 'FunctionName')) {
    const name = (fn.textContent ?? '').trim();
    if (!facts.functions.includes(name)) problems.push(`ExecuteFunction ${name} is not registered by the commands file`);
  }
  return problems;
}

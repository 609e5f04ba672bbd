// Offline checks of manifest.xml: what Office would refuse at sideload time (bad XML, element order,
// undefined resource ids, non-https URLs, missing icons) is caught here, because
// `office-addin-manifest validate` needs the internet.
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { DOMParser } from '@xmldom/xmldom';

const ROOT = path.join(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const xml = fs.readFileSync(MANIFEST, 'utf8');

const NS_APP = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const NS_BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const NS_XSI = 'http://www.w3.org/2001/XMLSchema-instance';

function parse(text: string): Document {
  const errors: string[] = [];
  // xmldom 0.8 only warns on a mismatched end tag, so a warning counts as an error too.
  const push = (msg: string) => errors.push(msg);
  const doc = new DOMParser({ errorHandler: { warning: push, error: push, fatalError: push } })
    .parseFromString(text, 'text/xml') as unknown as Document;
  if (errors.length) throw new Error('manifest.xml is not well-formed: ' + errors.join('; '));
  return doc;
}

const doc = parse(xml);
const root = doc.documentElement;

function children(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

function all(el: Element | Document): Element[] {
  const out: Element[] = [];
  const walk = (e: Element) => {
    out.push(e);
    children(e).forEach(walk);
  };
  walk(el.nodeType === 9 ? (el as Document).documentElement : (el as Element));
  return out;
}

function child(el: Element, name: string): Element {
  const c = children(el).find((e) => e.localName === name);
  if (!c) throw new Error(`<${el.localName}> has no <${name}>`);
  return c;
}

/** PNG width and height from the IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(b.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  test('rejects a broken document (the parser check works)', () => {
    expect(() => parse('<OfficeApp><Id></OfficeApp>')).toThrow();
    expect(() => parse('<OfficeApp a="1></OfficeApp>')).toThrow();
    expect(() => parse('<OfficeApp>&nbsp;</OfficeApp>')).toThrow();
  });

  test('is a TaskPaneApp in the add-in manifest 1.1 namespace with a GUID id', () => {
    expect(root.localName).toBe('OfficeApp');
    expect(root.namespaceURI).toBe(NS_APP);
    expect(root.getAttributeNS(NS_XSI, 'type')).toBe('TaskPaneApp');
    expect(child(root, 'Id').textContent!.trim()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(child(root, 'Version').textContent!.trim()).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  test('OfficeApp children come in the order the schema requires', () => {
    const order = [
      'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description',
      'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements',
      'DefaultSettings', 'Permissions', 'VersionOverrides',
    ];
    const names = children(root).map((e) => e.localName);
    for (const n of names) expect(order).toContain(n);
    const idx = names.map((n) => order.indexOf(n));
    expect(idx).toEqual([...idx].sort((a, b) => a - b));
    for (const required of ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description',
      'IconUrl', 'Hosts', 'DefaultSettings', 'Permissions', 'VersionOverrides']) {
      expect(names).toContain(required);
    }
  });

  test('has a Vietnamese display name and description over an en-US default', () => {
    expect(child(root, 'DefaultLocale').textContent!.trim()).toBe('en-US');
    for (const name of ['DisplayName', 'Description']) {
      const el = child(root, name);
      expect(el.getAttribute('DefaultValue')!.length).toBeGreaterThan(0);
      const vi = children(el).find((o) => o.localName === 'Override' && o.getAttribute('Locale') === 'vi-VN');
      expect(vi).toBeDefined();
      expect(vi!.getAttribute('Value')!.length).toBeLessThanOrEqual(name === 'DisplayName' ? 125 : 250);
    }
    const viName = children(child(root, 'DisplayName')).find((o) => o.getAttribute('Locale') === 'vi-VN')!;
    expect(viName.getAttribute('Value')!.normalize('NFC')).toBe('Bình Xét – Thi đua khen thưởng'.normalize('NFC'));
  });

  test('requires the shared runtime and the custom functions runtime', () => {
    const sets = all(child(root, 'Requirements')).filter((e) => e.localName === 'Set');
    const names = sets.map((s) => s.getAttribute('Name'));
    expect(names).toContain('SharedRuntime');
    expect(names).toContain('CustomFunctionsRuntime');
    const runtimes = all(root).filter((e) => e.localName === 'Runtime');
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].getAttribute('lifetime')).toBe('long');
    expect(runtimes[0].getAttribute('resid')).toBe('Taskpane.Url');
  });

  const resources = child(child(root, 'VersionOverrides'), 'Resources');
  const defined = new Map<string, Element>();
  for (const e of all(resources)) {
    const id = e.getAttribute('id');
    if (id && e.namespaceURI === NS_BT) defined.set(id, e);
  }

  test('every resid used is defined once in Resources, ids at most 32 characters', () => {
    const ids = all(resources).map((e) => e.getAttribute('id')).filter((x): x is string => !!x);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
    const used = all(root).map((e) => e.getAttribute('resid')).filter((x): x is string => !!x);
    expect(used.length).toBeGreaterThan(10);
    for (const r of used) {
      expect(r.length).toBeLessThanOrEqual(32);
      expect([r, defined.has(r)]).toEqual([r, true]);
    }
  });

  test('the custom functions extension point is complete and its namespace is TDKT', () => {
    const ep = all(root).find(
      (e) => e.localName === 'ExtensionPoint' && e.getAttributeNS(NS_XSI, 'type') === 'CustomFunctions',
    )!;
    expect(ep).toBeDefined();
    expect(ep.parentNode && (ep.parentNode as Element).localName).toBe('AllFormFactors');
    const resid = (name: string) => {
      const el = child(ep, name);
      return name === 'Namespace' ? el.getAttribute('resid')! : child(el, 'SourceLocation').getAttribute('resid')!;
    };
    expect(defined.get(resid('Namespace'))!.getAttribute('DefaultValue')).toBe('TDKT');
    expect(defined.get(resid('Script'))!.getAttribute('DefaultValue')).toMatch(/\/functions\.js$/);
    expect(defined.get(resid('Metadata'))!.getAttribute('DefaultValue')).toMatch(/\/functions\.json$/);
    // Shared runtime: the functions run in the pane's page, the same one the Runtime names.
    expect(resid('Page')).toBe('Taskpane.Url');
  });

  test('Excel in Vietnamese reads functions.vi-VN.json: a vi-VN Override on the functions metadata URL', () => {
    const ep = all(root).find(
      (e) => e.localName === 'ExtensionPoint' && e.getAttributeNS(NS_XSI, 'type') === 'CustomFunctions',
    )!;
    const url = defined.get(child(child(ep, 'Metadata'), 'SourceLocation').getAttribute('resid')!)!;
    expect(url.localName).toBe('Url');
    const overrides = children(url);
    expect(overrides.map((o) => [o.localName, o.namespaceURI, o.getAttribute('Locale')])).toEqual([
      ['Override', NS_BT, 'vi-VN'],
    ]);
    const base = new URL(url.getAttribute('DefaultValue')!);
    const vi = new URL(overrides[0].getAttribute('Value')!);
    expect(vi.origin).toBe(base.origin);
    expect(path.posix.dirname(vi.pathname)).toBe(path.posix.dirname(base.pathname));
    expect(path.posix.basename(vi.pathname)).toBe('functions.vi-VN.json');
    // The name the build emits (see the webpack test below) is the name the manifest asks for.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(require('../scripts/functionsLocale.js').LOCALES['vi-VN']).toBe(path.posix.basename(vi.pathname));
  });

  test('a ribbon button opens the task pane', () => {
    const button = all(root).find((e) => e.localName === 'Control' && e.getAttributeNS(NS_XSI, 'type') === 'Button')!;
    const action = child(button, 'Action');
    expect(action.getAttributeNS(NS_XSI, 'type')).toBe('ShowTaskpane');
    expect(child(action, 'SourceLocation').getAttribute('resid')).toBe('Taskpane.Url');
  });

  test('every URL is https on one origin (localhost:3000 in development)', () => {
    const urls: string[] = [];
    for (const e of all(root)) {
      for (const attr of ['DefaultValue', 'Value']) {
        const v = e.getAttribute(attr);
        if (v && /^[a-z]+:\/\//i.test(v)) urls.push(v);
      }
      if (e.localName === 'AppDomain') urls.push(e.textContent!.trim());
    }
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(new URL(u).origin).toBe('https://localhost:3000');
  });

  test('every icon exists in assets/ with the pixel size it claims', () => {
    const images = all(resources).filter((e) => e.localName === 'Image');
    expect(images.map((i) => i.getAttribute('id')).sort()).toEqual(
      ['Icon.16x16', 'Icon.32x32', 'Icon.64x64', 'Icon.80x80'],
    );
    const urls = [
      ...images.map((i) => i.getAttribute('DefaultValue')!),
      child(root, 'IconUrl').getAttribute('DefaultValue')!,
      child(root, 'HighResolutionIconUrl').getAttribute('DefaultValue')!,
    ];
    for (const u of urls) {
      const file = path.join(ROOT, new URL(u).pathname);
      expect(fs.existsSync(file)).toBe(true);
      const n = Number(/icon-(\d+)\.png$/.exec(u)![1]);
      expect(pngSize(file)).toEqual({ width: n, height: n });
    }
    expect(child(root, 'IconUrl').getAttribute('DefaultValue')).toMatch(/icon-32\.png$/);
    expect(child(root, 'HighResolutionIconUrl').getAttribute('DefaultValue')).toMatch(/icon-64\.png$/);
  });

  test('office-addin-manifest reads it (what office-addin-debugging uses to sideload)', () => {
    // Under Jest the package pulls an ESM-only dependency; plain Node 20 loads it, so ask a child process.
    const script =
      "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1])" +
      '.then((i) => process.stdout.write(JSON.stringify(i)), (e) => { console.error(e); process.exit(1); })';
    const out = execFileSync(process.execPath, ['-e', script, MANIFEST], { cwd: ROOT, encoding: 'utf8' });
    const info = JSON.parse(out);
    expect(info.id).toBe(child(root, 'Id').textContent!.trim());
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.defaultLocale).toBe('en-US');
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.defaultSettings.sourceLocation).toBe('https://localhost:3000/taskpane.html');
  });
});

describe('npm start (scripts/start.js)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const start = require('../scripts/start.js');

  test('on Linux it explains, in Vietnamese and English, why Excel desktop cannot be used and what to run', async () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation(((s: string) => {
      written.push(String(s));
      return true;
    }) as any);
    try {
      expect(await start.main('linux')).toBe(0);
    } finally {
      spy.mockRestore();
    }
    const out = written.join('');
    expect(out).toMatch(/Không thể nạp thử/);
    expect(out).toMatch(/cannot sideload/);
    expect(out).toMatch(/npm run playground/);
    expect(out).toMatch(/npx binhxet demo/);
  });

  test('on Windows/macOS it sideloads this manifest into Excel with the dev server on the manifest port', () => {
    const args: string[] = start.debuggingArgs();
    expect(args.slice(0, 3)).toEqual(['office-addin-debugging', 'start', 'manifest.xml']);
    expect(args[args.indexOf('--app') + 1]).toBe('excel');
    expect(args[args.indexOf('--dev-server') + 1]).toBe('npm run dev-server');
    expect(args[args.indexOf('--dev-server-port') + 1]).toBe(String(new URL(child(root, 'IconUrl').getAttribute('DefaultValue')!).port));
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.scripts['dev-server']).toMatch(/webpack serve/);
    expect(pkg.config.dev_server_port).toBe(3000);
  });
});

describe('webpack.config.js (what the manifest URLs are served from)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require('../webpack.config.js');

  test('builds the pane and the functions into dist/web under the names the manifest uses', async () => {
    const config = await makeConfig({}, { mode: 'production' });
    expect(config.output.path).toBe(path.join(ROOT, 'dist', 'web'));
    expect(config.output.filename).toBe('[name].js'); // functions.js stays functions.js
    expect(config.entry.functions).toBe('./src/functions/functions.ts');
    expect(config.devServer.port).toBe(Number(new URL(child(root, 'IconUrl').getAttribute('DefaultValue')!).port));
    const names = config.plugins.map((p: any) => p.constructor.name);
    expect(names).toContain('CustomFunctionsMetadataPlugin');
    const pages = config.plugins.filter((p: any) => p.constructor.name === 'HtmlWebpackPlugin');
    const taskpane = pages.find((p: any) => p.userOptions.filename === 'taskpane.html');
    if (config.entry.taskpane) {
      // Shared runtime: the pane's page registers the functions, before the pane's own code.
      expect(taskpane.userOptions.chunks.slice(0, 2)).toEqual(['functions', 'taskpane']);
    }
    const metadata = config.plugins.find((p: any) => p.constructor.name === 'CustomFunctionsMetadataPlugin');
    expect(metadata.options.output).toBe('functions.json');
  });

  test('emits functions.vi-VN.json from the generated functions.json, the files the manifest names', async () => {
    const config = await makeConfig({}, { mode: 'production' });
    const names = config.plugins.map((p: any) => p.constructor.name);
    const metadata = config.plugins.find((p: any) => p.constructor.name === 'CustomFunctionsMetadataPlugin');
    const locale = config.plugins.find((p: any) => p.constructor.name === 'FunctionsLocalePlugin');
    expect(locale).toBeDefined();
    // Runs on the metadata plugin's output, so it is registered after it.
    expect(names.indexOf('FunctionsLocalePlugin')).toBeGreaterThan(names.indexOf('CustomFunctionsMetadataPlugin'));
    expect(locale.options.input).toBe(metadata.options.output);
    const metaUrl = all(root).find((e) => e.localName === 'Url' && e.getAttribute('id') === 'Functions.Metadata.Url')!;
    expect(path.posix.basename(new URL(metaUrl.getAttribute('DefaultValue')!).pathname)).toBe(metadata.options.output);
    const override = children(metaUrl).find((o) => o.getAttribute('Locale') === 'vi-VN')!;
    expect(locale.options.locales).toEqual({ 'vi-VN': path.posix.basename(new URL(override.getAttribute('Value')!).pathname) });
  });

  test('TypeScript is compiled to ES modules so import() stays a lazy chunk', async () => {
    const config = await makeConfig({}, { mode: 'production' });
    const rule = config.module.rules.find((r: any) => String(r.test).includes('tsx'));
    expect(rule.use.loader).toBe('ts-loader');
    expect(rule.use.options.transpileOnly).toBe(true);
    expect(rule.use.options.compilerOptions.module).toBe('esnext');
    expect(config.optimization.splitChunks.chunks).toBe('all');
  });
});

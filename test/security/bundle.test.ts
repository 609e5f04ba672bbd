// Static checks over the source (and the production bundle when it has been built):
// - no dynamic code (eval, new Function), no HTML injection sinks (innerHTML, outerHTML,
//   dangerouslySetInnerHTML, document.write, insertAdjacentHTML), no network calls (fetch,
//   XMLHttpRequest, WebSocket, EventSource, sendBeacon) — the add-in works on the secretary's data
//   locally and sends nothing anywhere;
// - the import rules of ARCHITECTURE.md: core is pure (other core files and libraries only, no Node
//   built-ins), plan imports only core, workbook only core and plan, and the adapters never import
//   one another — except that the task pane drives the Excel adapter ("src/taskpane … calls
//   src/excel"), the one edge ARCHITECTURE.md draws between adapters.
// The source is parsed with the TypeScript compiler, so comments and strings never trip a check.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { builtinModules } from 'module';
import ts from 'typescript';

const ROOT = path.join(__dirname, '..', '..');
const SRC = path.join(ROOT, 'src');

function walk(dir: string, exts: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p, exts));
    else if (exts.test(e.name)) out.push(p);
  }
  return out;
}

const files = walk(SRC, /\.(ts|tsx)$/).filter((f) => !f.endsWith('.d.ts'));
const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join('/');

interface Finding {
  file: string;
  line: number;
  what: string;
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

const SINK_PROPS = new Set(['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'sendBeacon']);
const NET_GLOBALS = new Set(['XMLHttpRequest', 'WebSocket', 'EventSource']);

/** Dangerous calls, sinks and network use in one file. */
function scan(file: string): Finding[] {
  const sf = parse(file);
  const out: Finding[] = [];
  const at = (n: ts.Node, what: string) => out.push({ file: rel(file), line: sf.getLineAndCharacterOfPosition(n.getStart()).line + 1, what });
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n)) {
      const c = n.expression;
      if (ts.isIdentifier(c) && (c.text === 'eval' || c.text === 'fetch')) at(n, `${c.text}(`);
      if (ts.isPropertyAccessExpression(c) && (c.name.text === 'eval' || c.name.text === 'fetch') && ts.isIdentifier(c.expression) && ['window', 'globalThis', 'self'].includes(c.expression.text)) at(n, `${c.expression.text}.${c.name.text}(`);
      if (ts.isPropertyAccessExpression(c) && ts.isIdentifier(c.expression) && c.expression.text === 'document' && (c.name.text === 'write' || c.name.text === 'writeln')) at(n, `document.${c.name.text}`);
      // setTimeout("code") evaluates a string.
      if (ts.isIdentifier(c) && (c.text === 'setTimeout' || c.text === 'setInterval') && n.arguments[0] && ts.isStringLiteralLike(n.arguments[0])) at(n, `${c.text}(string)`);
    }
    if (ts.isNewExpression(n) && ts.isIdentifier(n.expression)) {
      if (n.expression.text === 'Function') at(n, 'new Function(');
      if (NET_GLOBALS.has(n.expression.text)) at(n, `new ${n.expression.text}`);
    }
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'Function') at(n, 'Function(');
    if (ts.isPropertyAccessExpression(n) && SINK_PROPS.has(n.name.text)) at(n, `.${n.name.text}`);
    if (ts.isElementAccessExpression(n) && ts.isStringLiteralLike(n.argumentExpression) && SINK_PROPS.has(n.argumentExpression.text)) at(n, `['${n.argumentExpression.text}']`);
    if (ts.isJsxAttribute(n) && n.name.getText(sf) === 'dangerouslySetInnerHTML') at(n, 'dangerouslySetInnerHTML');
    if (ts.isPropertyAssignment(n) && n.name.getText(sf) === 'dangerouslySetInnerHTML') at(n, 'dangerouslySetInnerHTML');
    if (ts.isIdentifier(n) && NET_GLOBALS.has(n.text) && !ts.isNewExpression(n.parent)) at(n, n.text);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** Every module specifier a file imports: import/export from, import(), require(), import x = require(). */
function importsOf(file: string): { spec: string; line: number }[] {
  const sf = parse(file);
  const out: { spec: string; line: number }[] = [];
  const add = (lit: ts.Node) => {
    if (ts.isStringLiteralLike(lit)) out.push({ spec: lit.text, line: sf.getLineAndCharacterOfPosition(lit.getStart()).line + 1 });
  };
  const visit = (n: ts.Node): void => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier) add(n.moduleSpecifier);
    if (ts.isImportEqualsDeclaration(n) && ts.isExternalModuleReference(n.moduleReference)) add(n.moduleReference.expression);
    if (ts.isCallExpression(n) && n.arguments.length > 0) {
      if (n.expression.kind === ts.SyntaxKind.ImportKeyword) add(n.arguments[0]);
      if (ts.isIdentifier(n.expression) && n.expression.text === 'require') add(n.arguments[0]);
    }
    if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument)) add(n.argument.literal);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

const LAYERS = ['core', 'plan', 'workbook', 'excel', 'functions', 'taskpane', 'cli'] as const;
type Layer = (typeof LAYERS)[number];
const layerOf = (absPath: string): Layer | null => {
  const r = path.relative(SRC, absPath).split(path.sep)[0];
  return (LAYERS as readonly string[]).includes(r) ? (r as Layer) : null;
};

/** Which layers each layer may import (itself always). */
const ALLOWED: Record<Layer, Layer[]> = {
  core: [],
  plan: ['core'],
  workbook: ['core', 'plan'],
  excel: ['core', 'plan', 'workbook'],
  functions: ['core', 'workbook'],
  taskpane: ['core', 'plan', 'workbook', 'excel'],
  cli: ['core', 'plan', 'workbook'],
};

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const HOST_GLOBAL_LIBS = /^(office-js|@microsoft\/office-js|react|react-dom|@fluentui\/|exceljs|mammoth)/;

function importViolations(): Finding[] {
  const out: Finding[] = [];
  for (const f of files) {
    const from = layerOf(f);
    if (!from) continue;
    for (const { spec, line } of importsOf(f)) {
      const where = { file: rel(f), line };
      if (spec.startsWith('.')) {
        const target = path.resolve(path.dirname(f), spec);
        if (!target.startsWith(SRC + path.sep)) {
          out.push({ ...where, what: `imports ${spec} from outside src/` });
          continue;
        }
        const to = layerOf(target);
        if (to && to !== from && !ALLOWED[from].includes(to)) out.push({ ...where, what: `src/${from} imports src/${to} (${spec})` });
      } else if (from === 'core') {
        // Core runs in the custom-functions runtime and the browser too: no Node, no host, no UI.
        if (NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(spec.split('/')[0])) out.push({ ...where, what: `src/core imports the Node built-in "${spec}"` });
        else if (HOST_GLOBAL_LIBS.test(spec)) out.push({ ...where, what: `src/core imports the host/UI library "${spec}"` });
      } else if ((from === 'plan' || from === 'workbook' || from === 'functions' || from === 'excel' || from === 'taskpane') && NODE_BUILTINS.has(spec)) {
        // These run in the browser (the add-in); only the CLI may use Node.
        out.push({ ...where, what: `src/${from} imports the Node built-in "${spec}" (runs in the browser)` });
      }
    }
  }
  return out;
}

describe('source has no dynamic code, HTML sinks or network calls', () => {
  test('there is source to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  test('no eval / new Function / innerHTML / dangerouslySetInnerHTML / document.write / fetch / XMLHttpRequest / WebSocket in src/', () => {
    expect(files.flatMap(scan)).toEqual([]);
  });

  test('the scanner does catch each pattern (so an empty result means something)', () => {
    const tmp = path.join(os.tmpdir(), `bx-scan-probe-${process.pid}.tsx`);
    fs.writeFileSync(
      tmp,
      [
        'eval("1");', 'new Function("return 1");', 'document.body.innerHTML = "<b>";', 'const a = <div dangerouslySetInnerHTML={{ __html: "" }} />;',
        'document.write("x");', 'fetch("http://x");', 'new XMLHttpRequest();', 'new WebSocket("ws://x");', '// eval("in a comment") is fine',
        'const s = "fetch(in a string) is fine";',
      ].join('\n'),
    );
    try {
      expect(scan(tmp).map((x) => x.what)).toEqual(['eval(', 'new Function(', '.innerHTML', 'dangerouslySetInnerHTML', 'document.write', 'fetch(', 'new XMLHttpRequest', 'new WebSocket']);
    } finally {
      fs.unlinkSync(tmp);
    }
  });
});

describe('import rules (ARCHITECTURE.md)', () => {
  test('core is pure, plan/workbook import no adapter, adapters do not import one another', () => {
    expect(importViolations()).toEqual([]);
  });

  test('every layer directory the rules name exists and has source', () => {
    for (const l of ['core', 'plan', 'workbook', 'cli'] as Layer[]) expect(files.some((f) => layerOf(f) === l)).toBe(true);
  });
});

// Defined only when the production build exists (npm run build): without it there is nothing to check.
const WEB = path.join(ROOT, 'dist', 'web');
const bundleJs = walk(WEB, /\.js$/);
if (bundleJs.length) {
  describe('production bundle (dist/web)', () => {
    test('no eval or new Function in the bundled code', () => {
      const found: string[] = [];
      for (const f of bundleJs) {
        const t = fs.readFileSync(f, 'utf8');
        if (/(^|[^\w$.])eval\s*\(/.test(t)) found.push(`${rel(f)}: eval(`);
        if (/new\s+Function\s*\(/.test(t)) found.push(`${rel(f)}: new Function(`);
      }
      expect(found).toEqual([]);
    });
  });
}

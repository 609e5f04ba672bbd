// Localized custom-functions metadata. Office picks one metadata JSON per Excel UI language through a
// <bt:Override Locale="…"/> on the Functions.Metadata.Url resource; in each file only `name` and
// `description` (of the function and of its parameters) may change, never the `id`. The default
// functions.json is generated from the English JSDoc by custom-functions-metadata-plugin;
// functions.vi-VN.json is derived here from that generated file, replacing only the descriptions
// with FUNCTION_HELP_VI (src/core/text/functions.ts), so a second full JSON is never hand-kept and
// ids, names, types and parameter order cannot drift between the two.
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const HELP_SOURCE = path.join(ROOT, 'src', 'core', 'text', 'functions.ts');
/** Locale → file the build emits next to functions.json; the manifest's Override names the same file. */
const LOCALES = { 'vi-VN': 'functions.vi-VN.json' };

/**
 * The metadata for one locale: a copy of `metadata` (object or JSON text) whose function and parameter
 * `description`s come from `help` (id → { description, parameters: name → text }). Throws when a
 * function or parameter has no text, or `help` names one the metadata does not have, so a rename in
 * the JSDoc fails the build instead of shipping English or stale help.
 */
function localizeMetadata(metadata, help, locale = 'vi-VN') {
  const source = typeof metadata === 'string' ? JSON.parse(metadata) : metadata;
  const out = JSON.parse(JSON.stringify(source));
  const problems = [];
  const ids = new Set();
  for (const f of out.functions) {
    ids.add(f.id);
    const h = help[f.id];
    if (!h || !h.description) {
      problems.push(`${f.id}: no ${locale} description`);
      continue;
    }
    f.description = h.description.normalize('NFC');
    const params = h.parameters || {};
    const names = new Set();
    for (const p of f.parameters || []) {
      names.add(p.name);
      if (!params[p.name]) problems.push(`${f.id}(${p.name}): no ${locale} help`);
      else p.description = params[p.name].normalize('NFC');
    }
    for (const n of Object.keys(params)) {
      if (!names.has(n)) problems.push(`${f.id}(${n}): ${locale} help for a parameter the function does not have`);
    }
  }
  for (const id of Object.keys(help)) {
    if (!ids.has(id)) problems.push(`${id}: ${locale} help for a function that does not exist`);
  }
  if (problems.length) throw new Error(`functions.${locale}.json: ${problems.join('; ')}`);
  return out;
}

/**
 * FUNCTION_HELP_VI read from the TypeScript text file: the config runs in plain Node, so the file is
 * transpiled on the fly. It must stay free of imports (it is data only).
 */
function loadHelp(file = HELP_SOURCE) {
  const ts = require('typescript');
  const js = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    fileName: file,
  }).outputText;
  const mod = { exports: {} };
  const noImports = (name) => {
    throw new Error(`${path.relative(ROOT, file)} must not import anything (imports ${name})`);
  };
  new Function('exports', 'require', 'module', js)(mod.exports, noImports, mod);
  if (!mod.exports.FUNCTION_HELP_VI) throw new Error(`${path.relative(ROOT, file)} exports no FUNCTION_HELP_VI`);
  return mod.exports.FUNCTION_HELP_VI;
}

const pluginName = 'FunctionsLocalePlugin';

/**
 * Emits functions.<locale>.json from the functions.json asset custom-functions-metadata-plugin adds
 * in its `compilation` hook; processAssets runs later in the same compilation, so the asset is there
 * (also on every rebuild of the dev server, which re-reads the help file it watches).
 */
class FunctionsLocalePlugin {
  constructor(options = {}) {
    this.options = { input: 'functions.json', locales: LOCALES, helpFile: HELP_SOURCE, ...options };
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(pluginName, (compilation) => {
      compilation.fileDependencies.add(this.options.helpFile);
      compilation.hooks.processAssets.tap(
        { name: pluginName, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(this.options.input);
          if (!asset) {
            // The metadata plugin reports its own errors; without its asset there is nothing to localize.
            if (!compilation.errors.length) {
              compilation.errors.push(new WebpackError(`${pluginName}: ${this.options.input} was not emitted`));
            }
            return;
          }
          try {
            const help = loadHelp(this.options.helpFile);
            for (const [locale, file] of Object.entries(this.options.locales)) {
              const json = localizeMetadata(asset.source.source().toString(), help, locale);
              compilation.emitAsset(file, new sources.RawSource(JSON.stringify(json, null, 4)));
            }
          } catch (e) {
            compilation.errors.push(new WebpackError(`${pluginName}: ${e.message}`));
          }
        },
      );
    });
  }
}

module.exports = { localizeMetadata, loadHelp, FunctionsLocalePlugin, LOCALES, HELP_SOURCE };

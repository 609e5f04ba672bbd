// The playground bundle: the REAL task pane beside a grid view of a workbook held by the strict
// fake Office/Excel host (playground/fakeExcel.ts). Standalone (does not extend webpack.config.js)
// so the add-in's production config can change without breaking the playground or its tests.
// Nothing here loads office.js: the fake host provides Office and Excel.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const fs = require('fs');

/** Which bundled sample the page loads first: the first .xlsx and the first plan text in assets/samples. */
function sampleManifest() {
  const dir = path.resolve(__dirname, 'assets/samples');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
  const pick = (re) => files.find((f) => re.test(f) && /sample|mau|mẫu/i.test(f)) || files.find((f) => re.test(f)) || null;
  const wb = pick(/\.xlsx$/i);
  const plan = pick(/\.(txt|md)$/i);
  return { workbook: wb ? `samples/${wb}` : 'samples/sample.xlsx', plan: plan ? `samples/${plan}` : null };
}

/** Emits samples/index.json so the page knows the sample's file names without guessing. */
class SampleManifestPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('SampleManifestPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'SampleManifestPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const json = JSON.stringify(sampleManifest());
        compilation.emitAsset('samples/index.json', new compiler.webpack.sources.RawSource(json));
      });
    });
  }
}

/**
 * @param {{ outDir?: string, mode?: 'development' | 'production' }} [opts]
 * @returns {import('webpack').Configuration}
 */
function makeConfig(opts = {}) {
  const mode = opts.mode || 'development';
  return {
    mode,
    context: __dirname,
    entry: { playground: './playground/main.tsx' },
    output: {
      path: opts.outDir || path.resolve(__dirname, 'dist/playground'),
      filename: '[name].js',
      chunkFilename: '[name].chunk.js',
      publicPath: '',
      clean: true,
    },
    // eval-based source maps would need 'unsafe-eval'; the page keeps the pane's CSP.
    devtool: mode === 'development' ? 'cheap-source-map' : false,
    resolve: {
      extensions: ['.tsx', '.ts', '.js', '.mjs', '.json'],
      // Fluent's context selector imports 'scheduler' (a peer dependency) that npm nested under react-dom.
      alias: { scheduler: path.dirname(require.resolve('scheduler/package.json', { paths: [path.dirname(require.resolve('react-dom/package.json'))] })) },
      // exceljs and mammoth ship browser builds; a stray Node built-in must not break the bundle.
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false, util: false, buffer: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              // ES modules for webpack, as in webpack.config.js: tree shaking, and import() kept as a
              // lazy chunk (tsconfig's CommonJS turned every import() into a synchronous require, so
              // exceljs and mammoth were in the page's one 19 MB script).
              compilerOptions: { module: 'esnext', moduleResolution: 'bundler' },
            },
          },
        },
      ],
    },
    // transpileOnly drops type-only re-exports; webpack then warns about names that are only types.
    ignoreWarnings: [/export '.*'( \(reexported as '.*'\))? was not found in/],
    plugins: [
      new HtmlWebpackPlugin({
        template: './playground/index.html',
        filename: 'index.html',
        chunks: ['playground'],
        // The pane's first screen in the page, as in taskpane.html (scripts/prerender.js).
        templateParameters: () => require('./scripts/prerender').paneTemplateParameters(mode),
      }),
      new CopyWebpackPlugin({
        patterns: [{ from: 'assets/samples', to: 'samples', noErrorOnMissing: true, globOptions: { ignore: ['**/index.json'] } }],
      }),
      new SampleManifestPlugin(),
    ],
    // As in webpack.config.js: inline CSS (the pane's pre-rendered styles) left as Griffel wrote it.
    optimization: { minimizeOptions: { html: false } },
    performance: { hints: false },
    stats: 'errors-warnings',
    infrastructureLogging: { level: 'error' },
  };
}

module.exports = (env, argv) => makeConfig({ mode: (argv && argv.mode) || 'development' });
module.exports.makeConfig = makeConfig;
module.exports.sampleManifest = sampleManifest;

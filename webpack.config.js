// Builds the add-in's web part into dist/web: the task pane (React), the TDKT.* custom functions
// (with functions.json generated from their English JSDoc, and functions.vi-VN.json derived from it),
// the icons and the manifest.
//   npm run build       production: minified, split chunks, hashed lazy chunks
//   npm run build:dev   development build
//   npm run dev-server  https://localhost:3000 with Office dev certificates (used by `npm start`)
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';

const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { FunctionsLocalePlugin } = require('./scripts/functionsLocale');

const ROOT = __dirname;
const DEV_PORT = 3000;
const FUNCTIONS_TS = './src/functions/functions.ts';
const TASKPANE_TSX = './src/taskpane/index.tsx';
const COMMANDS_TS = './src/taskpane/commands.ts';

const exists = (p) => fs.existsSync(path.join(ROOT, p));

/**
 * Fluent UI's context selector imports `scheduler` as a peer dependency, and .npmrc omits peers, so
 * the only copy is react-dom's own. Pointing there also keeps one scheduler for React and Fluent.
 */
function schedulerDir() {
  try {
    const reactDom = path.dirname(require.resolve('react-dom/package.json', { paths: [ROOT] }));
    return path.dirname(require.resolve('scheduler/package.json', { paths: [reactDom] }));
  } catch {
    return null;
  }
}

/** The entries whose source exists, so the shell builds while the other parts are still being written. */
function entries() {
  const e = {};
  if (exists(FUNCTIONS_TS)) e.functions = FUNCTIONS_TS;
  if (exists(TASKPANE_TSX)) e.taskpane = TASKPANE_TSX;
  if (exists(COMMANDS_TS)) e.commands = COMMANDS_TS;
  return e;
}

async function httpsOptions() {
  // Office only loads add-ins over https; office-addin-dev-certs (a dependency of
  // office-addin-debugging) creates and trusts a localhost certificate on first use.
  const devCerts = require('office-addin-dev-certs');
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const serving = !!(env && env.WEBPACK_SERVE);
  const entry = entries();
  const plugins = [];

  if (entry.functions) {
    // Writes functions.json from the @customfunction JSDoc and appends CustomFunctions.associate(...)
    // calls to functions.ts itself, so the source never registers functions by hand.
    plugins.push(new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_TS, output: 'functions.json' }));
    // functions.vi-VN.json: the generated (en-US) functions.json with the Vietnamese descriptions
    // swapped in; the manifest's vi-VN Override on Functions.Metadata.Url points at it.
    plugins.push(new FunctionsLocalePlugin({ input: 'functions.json' }));
    plugins.push(
      new HtmlWebpackPlugin({
        filename: 'functions.html',
        template: './src/functions/functions.html',
        chunks: ['functions'],
        scriptLoading: 'blocking',
      }),
    );
  }
  if (exists('./src/taskpane/taskpane.html')) {
    plugins.push(
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // Shared runtime: the pane's page is also the page the custom functions run in, so it
        // carries the functions chunk (registered first) as well as the pane.
        chunks: ['functions', 'taskpane', 'commands'].filter((c) => entry[c]),
        chunksSortMode: 'manual',
        // The pane's first screen in the page itself (scripts/prerender.js), so it shows before the
        // scripts have loaded; not when serving, where it would lag behind the code.
        templateParameters: () =>
          require('./scripts/prerender').paneTemplateParameters(dev ? 'development' : 'production', !!entry.taskpane && !serving),
      }),
    );
  }
  if (entry.commands && exists('./src/taskpane/commands.html')) {
    plugins.push(
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/taskpane/commands.html',
        chunks: ['commands'],
      }),
    );
  }
  plugins.push(
    new CopyWebpackPlugin({
      patterns: [
        { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
        { from: 'manifest*.xml', to: '[name][ext]' },
      ],
    }),
  );

  /** @type {import('webpack').Configuration} */
  const config = {
    mode: dev ? 'development' : 'production',
    context: ROOT,
    devtool: dev ? 'source-map' : false,
    entry,
    output: {
      path: path.join(ROOT, 'dist', 'web'),
      // Entry files keep fixed names: the manifest points at functions.js.
      filename: '[name].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      publicPath: '/',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
      alias: schedulerDir() ? { scheduler: schedulerDir() } : {},
      // Node built-ins some libraries mention but never call in the browser paths we use.
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
              // ES modules for webpack: tree shaking, and import() kept as a lazy chunk
              // (tsconfig's CommonJS would turn it into a synchronous require).
              compilerOptions: { module: 'esnext', moduleResolution: 'bundler', sourceMap: dev },
            },
          },
        },
      ],
    },
    // transpileOnly drops type-only re-exports; webpack then warns about names that are only types.
    ignoreWarnings: [/export '.*'( \(reexported as '.*'\))? was not found in/],
    optimization: {
      splitChunks: {
        chunks: 'all',
        // The named groups take only what the page's first scripts use: a named group over all chunks
        // also pulled in every Fluent component a lazily loaded step uses (tables, switches, selects,
        // progress bars), and the page loaded them all at start. Those now come with their steps.
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', chunks: 'initial', priority: 20 },
          fluent: { test: /[\\/]node_modules[\\/]@(fluentui|griffel|floating-ui)[\\/]/, name: 'fluent', chunks: 'initial', priority: 15 },
        },
      },
      runtimeChunk: 'single',
      // webpack's own HTML minifier also rewrites inline CSS (reorders declarations). The pane's
      // pre-rendered styles must stay byte for byte as Griffel wrote them: it rehydrates its cache
      // from them, and a rule it does not recognise is inserted again, later in the cascade.
      // html-webpack-plugin still minifies the markup.
      minimizeOptions: { html: false },
    },
    performance: {
      hints: dev ? false : 'warning',
      maxEntrypointSize: 800 * 1024, // uncompressed; ≈ 200 KB gzip for the pane's first load
      maxAssetSize: 800 * 1024,
    },
    plugins,
    devServer: {
      port: DEV_PORT,
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.join(ROOT, 'dist', 'web'), publicPath: '/' },
      server: serving ? { type: 'https', options: await httpsOptions() } : 'https',
    },
  };
  return config;
};

/**
 * Modelled on the Office Add-in Yeoman template (Office-Addin-TaskPane, React flavour).
 * Entries: the task pane (taskpane.html) and, once it exists, the browser preview
 * (preview.html). office.js is NOT bundled: taskpane.html loads it from Microsoft's CDN.
 * The Excel adapter (src/excel) imports only src/core and Office types, so React and Fluent
 * reach the bundle through the task pane's own imports only.
 */
const fs = require('fs');
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const urlDev = 'https://localhost:3000/';
const urlProd = 'https://samenwerkingstoets.example.nl/'; // CHANGE THIS TO YOUR PRODUCTION DEPLOYMENT LOCATION

/** Entries that exist on disk: the preview is built by another part of the project and may not be there yet. */
const PAGES = [
  { name: 'taskpane', entry: './src/taskpane/index.tsx', template: './src/taskpane/taskpane.html' },
  { name: 'preview', entry: './src/preview/index.tsx', template: './src/preview/preview.html' },
].filter((page) => fs.existsSync(path.resolve(__dirname, page.entry)) && fs.existsSync(path.resolve(__dirname, page.template)));

/**
 * HTTPS options from office-addin-dev-certs (an optional dependency, with office-addin-debugging).
 * Without it the dev server falls back to plain http: fine for the browser preview, but Excel
 * only loads add-ins over https, so install the certificates (npx office-addin-dev-certs install).
 */
async function getServerOptions() {
  let devCerts;
  try {
    devCerts = require('office-addin-dev-certs');
  } catch {
    console.warn('office-addin-dev-certs ontbreekt: de ontwikkelserver draait op http in plaats van https.');
    return { type: 'http' };
  }
  const options = await devCerts.getHttpsServerOptions();
  return { type: 'https', options: { ca: options.ca, key: options.key, cert: options.cert } };
}

module.exports = async (env, options) => {
  const dev = options.mode === 'development';
  const serve = Boolean(env && env.WEBPACK_SERVE);
  return {
    devtool: dev ? 'source-map' : false,
    entry: Object.fromEntries(PAGES.map((page) => [page.name, page.entry])),
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].[contenthash:8].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
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
              // tsconfig emits CommonJS for node and jest; webpack needs ES modules to tree-shake Fluent UI.
              compilerOptions: { module: 'esnext', moduleResolution: 'bundler' },
            },
          },
        },
      ],
    },
    plugins: [
      ...PAGES.map((page) => new HtmlWebpackPlugin({ filename: `${page.name}.html`, template: page.template, chunks: [page.name] })),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*', to: 'assets/[name][ext][query]' },
          // The preview page's "Voorbeeld laden" fetches the committed example workbook.
          { from: 'examples/voorbeeld.xlsx', to: 'voorbeeld.xlsx' },
          {
            from: 'manifest*.xml',
            to: '[name][ext]',
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, 'g'), urlProd);
            },
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: serve ? await getServerOptions() : undefined,
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
    },
  };
};

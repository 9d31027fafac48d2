/* Builds the add-in (task pane, ribbon commands), the browser preview and the help page into build/web. */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { DefinePlugin } = require('webpack');

const OUT = path.resolve(__dirname, 'build/web');
/** Pages the manifest may point at; the manifest test checks its URLs against this list. */
const pages = ['taskpane.html', 'commands.html', 'help.html', 'index.html'];
/** First load of the task pane, gzip: the target. */
const PANE_BUDGET = 300 * 1024;

/** Prints (and writes to bundle-size.json) the gzip size of what each page loads first. */
class BundleSizeReport {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('BundleSizeReport', (compilation) => {
      const report = {};
      for (const [name, entry] of compilation.entrypoints) {
        let raw = 0;
        let gzip = 0;
        for (const file of entry.getFiles()) {
          if (!/\.(js|css)$/.test(file)) continue;
          const full = path.join(compilation.outputOptions.path, file);
          if (!fs.existsSync(full)) continue;
          const buf = fs.readFileSync(full);
          raw += buf.length;
          gzip += zlib.gzipSync(buf, { level: 9 }).length;
        }
        report[name] = { raw, gzip };
      }
      const lazy = {};
      for (const chunk of compilation.chunks) {
        if (chunk.canBeInitial()) continue;
        for (const file of chunk.files) {
          const full = path.join(compilation.outputOptions.path, file);
          if (file.endsWith('.js') && fs.existsSync(full)) lazy[file] = zlib.gzipSync(fs.readFileSync(full), { level: 9 }).length;
        }
      }
      const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
      const lines = Object.entries(report).map(([n, r]) => `  ${n.padEnd(10)} ${kb(r.raw).padStart(10)} raw  ${kb(r.gzip).padStart(10)} gzip (first load)`);
      for (const [f, g] of Object.entries(lazy)) lines.push(`  ${f.padEnd(30)} ${kb(g).padStart(10)} gzip (loaded on demand)`);
      const pane = report.taskpane;
      const verdict = pane ? (pane.gzip <= PANE_BUDGET ? `within the ${kb(PANE_BUDGET)} budget` : `OVER the ${kb(PANE_BUDGET)} budget`) : '';
      // eslint-disable-next-line no-console
      console.log(`\nBundle sizes:\n${lines.join('\n')}\n  task pane first load: ${pane ? kb(pane.gzip) : '?'} gzip, ${verdict}\n`);
      fs.mkdirSync(OUT, { recursive: true });
      fs.writeFileSync(path.join(OUT, 'bundle-size.json'), JSON.stringify({ entries: report, lazy, budget: PANE_BUDGET }, null, 2));
      if (pane && pane.gzip > PANE_BUDGET) compilation.warnings.push(new Error(`task pane first load ${kb(pane.gzip)} gzip is over ${kb(PANE_BUDGET)}`));
    });
  }
}

/** Sample workbooks shipped with the preview. */
function examples() {
  const dir = path.resolve(__dirname, 'examples');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort() : [];
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const https = Boolean(env.https);
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      preview: './src/preview/index.tsx',
    },
    output: { path: OUT, filename: '[name].[contenthash:8].js', chunkFilename: '[name].[contenthash:8].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic' } },
                target: 'es2020',
              },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/preview/index.html', chunks: ['preview'] }),
      new HtmlWebpackPlugin({ filename: 'help.html', template: './src/taskpane/help.html', chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'examples/*.xlsx', to: 'examples/[name][ext]', noErrorOnMissing: true },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
      new DefinePlugin({ __JIXIAO_EXAMPLES__: JSON.stringify(examples()) }),
      // Sizes matter for the production bundle only; the dev server keeps its larger bundle in memory.
      ...(production ? [new BundleSizeReport()] : []),
    ],
    devServer: {
      host: https ? 'localhost' : '127.0.0.1',
      port: Number(env.port ?? 3000),
      server: https ? { type: 'https', options: env.certs ? JSON.parse(env.certs) : {} } : 'http',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      client: false,
    },
  };
};
module.exports.pages = pages;

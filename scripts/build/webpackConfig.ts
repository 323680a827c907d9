/**
 * The one webpack configuration for browser bundles: the app itself, and (for the benchmarks)
 * a minimal Teams tab built with exactly the same settings so the two compare fairly.
 * TypeScript is stripped by esbuild-loader; type checking is `tsc --noEmit`, a separate step.
 */
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { resolve } from 'node:path';
import type { Configuration } from 'webpack';

export interface BundleOptions {
  /** The entry module, relative to the repository root. */
  entry: string;
  /** Output folder, relative to the repository root. */
  outDir: string;
  mode: 'production' | 'development';
  /** The page title of index.html. */
  title: string;
}

/** The triangle of parent, child and school in the app's accent colour, inline (no extra request). */
const FAVICON =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M16 3 30 28H2Z" fill="#1e6f6a"/></svg>',
  );

export const REPO_ROOT = resolve(__dirname, '..', '..');

export function bundleConfig(options: BundleOptions): Configuration {
  const production = options.mode === 'production';
  return {
    mode: options.mode,
    context: REPO_ROOT,
    entry: { main: `./${options.entry}` },
    target: ['web', 'es2020'],
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    output: {
      path: resolve(REPO_ROOT, options.outDir),
      filename: production ? '[name].[contenthash:10].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:10].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js', '.mjs'] },
    module: {
      rules: [
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          loader: 'esbuild-loader',
          options: { target: 'es2020', jsx: 'automatic', tsconfig: resolve(REPO_ROOT, 'tsconfig.json') },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        title: options.title,
        templateContent: ({ htmlWebpackPlugin }) =>
          `<!doctype html><html lang="nl"><head><meta charset="utf-8">` +
          `<meta name="viewport" content="width=device-width, initial-scale=1">` +
          `<title>${String(htmlWebpackPlugin.options?.title ?? '')}</title>` +
          `<link rel="icon" href="${FAVICON}"></head>` +
          `<body><div id="root"></div></body></html>`,
        scriptLoading: 'defer',
      }),
    ],
    optimization: {
      splitChunks: { chunks: 'async' },
    },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}

/**
 * `npm run build`: the tab into dist/ (production, hashed file names, lazy views); env
 * DRIEHOEK_DIST for another folder.
 * `--mode development` for an unminified build.
 */
import webpack from 'webpack';
import { bundleConfig } from './build/webpackConfig';

const mode = process.argv.includes('--mode=development') || process.argv.includes('development') ? 'development' : 'production';

/** DRIEHOEK_DIST builds elsewhere, so test runs side by side do not overwrite each other's tab. */
const outDir = process.env.DRIEHOEK_DIST ?? 'dist';

webpack(bundleConfig({ entry: 'src/ui/main.tsx', outDir, mode, title: 'Driehoek' }), (error, stats) => {
  if (error) {
    console.error(error);
    process.exit(1);
  }
  if (!stats) process.exit(1);
  const info = stats.toJson({ assets: true, errors: true, warnings: true });
  for (const warning of info.warnings ?? []) console.warn(warning.message);
  if (stats.hasErrors()) {
    for (const problem of info.errors ?? []) console.error(problem.message);
    process.exit(1);
  }
  const bytes = (info.assets ?? []).filter((a) => a.name.endsWith('.js')).reduce((sum, a) => sum + a.size, 0);
  console.log(`Driehoek gebouwd in ${outDir}/ (${mode}, ${(bytes / 1024).toFixed(0)} KiB JavaScript) in ${info.time ?? 0} ms`);
});

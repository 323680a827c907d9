/**
 * `npm run validate:manifest`: fills appPackage/manifest.json with the sample values of
 * scripts/package/sample.env (or `--env-file path`) and validates it and every localization
 * file against the JSON schemas shipped in @microsoft/app-manifest. No network, no tenant.
 */
import { join } from 'node:path';
import { buildPackage, readEnvFile, validateAgainstLocalSchema } from './lib';

async function main(): Promise<void> {
  const i = process.argv.indexOf('--env-file');
  const envFile = i >= 0 ? process.argv[i + 1]! : join(__dirname, 'sample.env');
  const pkg = buildPackage(readEnvFile(envFile));
  let failed = false;
  for (const [name, bytes] of pkg.files) {
    if (!name.endsWith('.json')) continue;
    const doc = JSON.parse(bytes.toString('utf8')) as { $schema?: string };
    const errors = await validateAgainstLocalSchema(doc);
    console.log(`${errors.length ? '✗' : '✓'} ${name} (${doc.$schema})`);
    for (const e of errors) console.log(`    ${e}`);
    failed ||= errors.length > 0;
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

/**
 * `npm run package -- [--env dev] [--env-file path] [--out file]`
 *
 * Builds the Teams app package the way `atk provision` / `atk publish` do, but offline: reads
 * env/.env.<env> (and env/.env.<env>.user when present), fills the manifest placeholders,
 * validates manifest.json and the localization files against the shipped JSON schemas and
 * writes appPackage/build/appPackage.<env>.zip for sideloading.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { APP_PACKAGE_DIR, REPO_ROOT, buildPackage, readEnvFile, validateAgainstLocalSchema, zipPackage, type EnvValues } from './lib';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const envName = arg('env') ?? 'dev';
  const envFile = arg('env-file') ?? join(REPO_ROOT, 'env', `.env.${envName}`);
  let env: EnvValues = readEnvFile(envFile);
  const userFile = `${envFile}.user`;
  if (!arg('env-file') && existsSync(userFile)) env = { ...env, ...readEnvFile(userFile) };
  const pkg = buildPackage(env);
  const errors: string[] = [];
  for (const [name, bytes] of pkg.files) {
    if (!name.endsWith('.json')) continue;
    for (const e of await validateAgainstLocalSchema(JSON.parse(bytes.toString('utf8')))) errors.push(`${name}${e}`);
  }
  if (errors.length) {
    console.error(`schema validation failed:\n  ${errors.join('\n  ')}`);
    process.exit(1);
  }
  const out = arg('out') ?? join(APP_PACKAGE_DIR, 'build', `appPackage.${env.TEAMSFX_ENV || envName}.zip`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, await zipPackage(pkg));
  console.log(`${[...pkg.files.keys()].join(', ')} → ${out}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

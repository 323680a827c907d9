/**
 * Deploy step between `npm run build` and the upload (teamsapp.yml, deploy stage):
 *
 *   tsx scripts/package/prepare-dist.ts --dist ./dist --client-id <AAD_APP_CLIENT_ID> [--sites-access all|selected]
 *
 * - writes dist/config.json for a tenant: Graph at graph.microsoft.com, nested app authentication
 *   with the school's Entra app, data in the SharePoint site of the Team the tab runs in;
 * - copies staticwebapp.config.json (Content-Security-Policy and other headers) from the
 *   repository root into dist/, where Azure Static Web Apps reads it.
 * The config is checked with the app's own parser (src/config.ts) before it is written.
 */
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseConfig } from '../../src/config';
import { REPO_ROOT } from './lib';

export interface PrepareDistOptions {
  dist: string;
  clientId: string;
  sitesAccess?: string;
  graphBaseUrl?: string;
  /** Folder holding staticwebapp.config.json; the repository root by default. */
  configSource?: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function tenantConfig(options: PrepareDistOptions): Record<string, unknown> {
  if (!GUID.test(options.clientId)) throw new Error(`--client-id must be the Entra app (client) id, got "${options.clientId}"`);
  const sitesAccess = options.sitesAccess ?? 'all';
  if (sitesAccess !== 'all' && sitesAccess !== 'selected') throw new Error(`--sites-access must be "all" or "selected", got "${sitesAccess}"`);
  const config: Record<string, unknown> = {
    graphBaseUrl: options.graphBaseUrl ?? 'https://graph.microsoft.com',
    auth: 'naa',
    clientId: options.clientId,
    site: { kind: 'teamSite' },
  };
  if (sitesAccess === 'selected') config.sitesAccess = 'selected';
  parseConfig(config); // throws ConfigError when the app would refuse it
  return config;
}

export function prepareDist(options: PrepareDistOptions): { configPath: string; headersPath: string } {
  const dist = resolve(options.dist);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html not found: run \`npm run build\` first`);
  const configPath = join(dist, 'config.json');
  writeFileSync(configPath, `${JSON.stringify(tenantConfig(options), null, 2)}\n`);
  const headersPath = join(dist, 'staticwebapp.config.json');
  copyFileSync(join(options.configSource ?? REPO_ROOT, 'staticwebapp.config.json'), headersPath);
  return { configPath, headersPath };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (require.main === module) {
  try {
    const { configPath, headersPath } = prepareDist({
      dist: arg('dist') ?? join(REPO_ROOT, 'dist'),
      clientId: arg('client-id') ?? '',
      sitesAccess: arg('sites-access') ?? 'all',
      ...(arg('graph-base-url') ? { graphBaseUrl: arg('graph-base-url')! } : {}),
    });
    console.log(`wrote ${configPath} and ${headersPath}`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}

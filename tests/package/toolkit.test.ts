/**
 * The Microsoft 365 Agents Toolkit project, checked without a tenant: every `${{VAR}}` that
 * teamsapp.yml, the manifest, the Entra app manifest and the ARM parameters use is produced
 * before it is needed (by an earlier action, a Bicep output, or env/.env.dev), the Bicep outputs
 * are the names the rest expects, and the hosting sends headers that let only Teams and
 * Microsoft 365 frame the tab.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import { parseConfig } from '../../src/config';
import { allGraphPermissionNames, type SitesAccess } from '../../src/auth/naa';
import { DATA_SCOPES, PROVISIONING_SCOPES } from '../../src/data/graph/client';
import { REPO_ROOT, parseEnv, placeholdersIn } from '../../scripts/package/lib';
import { prepareDist, tenantConfig } from '../../scripts/package/prepare-dist';

const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');

interface Action {
  uses: string;
  name?: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}
interface ProjectFile {
  version: string;
  environmentFolderPath?: string;
  provision: Action[];
  deploy: Action[];
  publish: Action[];
}

const project = YAML.parse(read('teamsapp.yml')) as ProjectFile;
const envDev = parseEnv(read('env/.env.dev'));

/** Outputs an action writes under fixed names, besides those named in writeToEnvironmentFile. */
const IMPLICIT_OUTPUTS: Record<string, string[]> = {
  'teamsApp/create': ['TEAMS_APP_TENANT_ID'],
  'teamsApp/update': ['TEAMS_APP_TENANT_ID', 'TEAMS_APP_UPDATE_TIME'],
  'aadApp/update': ['AAD_APP_ACCESS_AS_USER_PERMISSION_ID'],
};

/** The keys each action accepts under writeToEnvironmentFile (from the toolkit's action docs). */
const OUTPUT_KEYS: Record<string, string[]> = {
  'teamsApp/create': ['teamsAppId'],
  'aadApp/create': ['clientId', 'clientSecret', 'objectId', 'tenantId', 'authority', 'authorityHost'],
  'azureStaticWebApps/getDeploymentToken': ['deploymentToken'],
  'teamsApp/publishAppPackage': ['publishedAppId'],
};

/** Built-ins the toolkit asks for interactively when they are empty. */
const PROMPTED = new Set(['AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME']);

/** The values of SITES_ACCESS, the one switch for how the app reaches SharePoint. */
const SITES_ACCESS: readonly SitesAccess[] = ['all', 'selected'];

/** The Entra app manifest aadApp/update applies for a SITES_ACCESS value. */
function entraManifestPath(access: SitesAccess): string {
  const update = project.provision.find((a) => a.uses === 'aadApp/update')!;
  return (update.with!.manifestPath as string).replace('${{SITES_ACCESS}}', access);
}

/** `output NAME type = ...` lines of a Bicep file, converted the way arm/deploy names env vars. */
function bicepOutputs(path: string): string[] {
  return [...read(path).matchAll(/^output\s+([A-Za-z_][A-Za-z0-9_]*)\s+\w+\s*=/gm)].map((m) => m[1]!.toUpperCase().replace(/[^A-Z0-9]/g, '_'));
}

function bicepParams(path: string): { name: string; hasDefault: boolean }[] {
  return [...read(path).matchAll(/^param\s+([A-Za-z_][A-Za-z0-9_]*)\s+\w+(\s*=)?/gm)].map((m) => ({ name: m[1]!, hasDefault: !!m[2] }));
}

function outputsOf(action: Action): string[] {
  const out = [...(IMPLICIT_OUTPUTS[action.uses] ?? []), ...Object.values(action.writeToEnvironmentFile ?? {})];
  if (action.uses === 'arm/deploy') {
    for (const t of (action.with?.templates ?? []) as { path: string }[]) out.push(...bicepOutputs(t.path));
  }
  return out;
}

/** Files an action reads and fills with environment variables. */
function filesReadBy(action: Action): string[] {
  const w = action.with ?? {};
  switch (action.uses) {
    case 'arm/deploy':
      return ((w.templates ?? []) as { parameters?: string }[]).flatMap((t) => (t.parameters ? [t.parameters] : []));
    case 'aadApp/update':
      return SITES_ACCESS.map(entraManifestPath);
    case 'teamsApp/validateManifest':
    case 'teamsApp/zipAppPackage': {
      const manifestPath = w.manifestPath as string;
      const manifest = JSON.parse(read(manifestPath));
      const dir = manifestPath.replace(/[^/]+$/, '');
      const localized = (manifest.localizationInfo?.additionalLanguages ?? []).map((l: { file: string }) => dir + l.file);
      return [manifestPath, ...localized];
    }
    default:
      return [];
  }
}

function variablesNeededBy(action: Action): { name: string; where: string }[] {
  const needed = placeholdersIn(JSON.stringify(action.with ?? {})).map((name) => ({ name, where: `${action.uses} (with)` }));
  for (const file of filesReadBy(action)) {
    for (const name of placeholdersIn(read(file))) needed.push({ name, where: `${action.uses} → ${file}` });
  }
  return needed;
}

/** Walks a stage in order; returns variables used before anything produced them. */
function unresolved(stage: Action[], available: Set<string>): string[] {
  const problems: string[] = [];
  for (const action of stage) {
    for (const { name, where } of variablesNeededBy(action)) {
      if (!available.has(name)) problems.push(`${name} in ${where}`);
    }
    for (const name of outputsOf(action)) available.add(name);
  }
  return problems;
}

function fromEnvFile(): Set<string> {
  const names = new Set<string>();
  for (const [name, value] of Object.entries(envDev)) if (value !== '' || PROMPTED.has(name)) names.add(name);
  return names;
}

describe('teamsapp.yml', () => {
  it('is a v1.x project with provision, deploy and publish', () => {
    expect(project.version).toMatch(/^v1\.\d+$/);
    expect(project.environmentFolderPath).toBe('./env');
    for (const stage of ['provision', 'deploy', 'publish'] as const) expect(project[stage].length).toBeGreaterThan(0);
  });

  it('provisions in the order the variables need', () => {
    expect(project.provision.map((a) => a.uses)).toEqual([
      'teamsApp/create',
      'aadApp/create',
      'arm/deploy',
      'azureStaticWebApps/getDeploymentToken',
      'aadApp/update',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
  });

  it('uses every variable only after an earlier action or env/.env.dev produced it', () => {
    const afterProvision = fromEnvFile();
    expect(unresolved(project.provision, afterProvision)).toEqual([]);
    const afterDeploy = new Set(afterProvision);
    expect(unresolved(project.deploy, afterDeploy)).toEqual([]);
    expect(unresolved(project.publish, new Set(afterDeploy))).toEqual([]);
  });

  it('would catch a variable nobody produces', () => {
    const bad: Action = { uses: 'cli/runNpmCommand', with: { args: 'run x -- ${{NOBODY_SETS_THIS}}' } };
    expect(unresolved([bad], fromEnvFile())).toEqual(['NOBODY_SETS_THIS in cli/runNpmCommand (with)']);
  });

  it('names only outputs the actions have, and keeps secrets in SECRET_ variables', () => {
    for (const action of [...project.provision, ...project.deploy, ...project.publish]) {
      const keys = Object.keys(action.writeToEnvironmentFile ?? {});
      if (keys.length) expect(OUTPUT_KEYS[action.uses]).toEqual(expect.arrayContaining(keys));
    }
    const token = project.provision.find((a) => a.uses === 'azureStaticWebApps/getDeploymentToken')!;
    expect(token.writeToEnvironmentFile!.deploymentToken).toMatch(/^SECRET_/);
  });

  it('creates a single-tenant Entra app without a client secret', () => {
    const create = project.provision.find((a) => a.uses === 'aadApp/create')!;
    expect(create.with).toMatchObject({ generateClientSecret: false, signInAudience: 'AzureADMyOrg' });
    expect(create.writeToEnvironmentFile).not.toHaveProperty('clientSecret');
  });

  it('deploys: install, build, tenant config, upload of dist with the deployment token', () => {
    const args = project.deploy.map((a) => `${a.uses} ${String(a.with?.args ?? '')}`);
    expect(args[0]).toMatch(/^cli\/runNpmCommand ci\b/);
    expect(args[1]).toBe('cli/runNpmCommand run build');
    expect(args[2]).toContain('scripts/package/prepare-dist.ts --dist ./dist --client-id ${{AAD_APP_CLIENT_ID}} --sites-access ${{SITES_ACCESS}}');
    expect(existsSync(join(REPO_ROOT, 'scripts/package/prepare-dist.ts'))).toBe(true);
    expect(args[3]).toMatch(/^cli\/runNpxCommand --yes @azure\/static-web-apps-cli@\d+ deploy \.\/dist --deployment-token \$\{\{SECRET_TAB_SWA_DEPLOYMENT_TOKEN\}\} --env production$/);
  });

  it('publishes to the organisation’s catalogue after rebuilding the package', () => {
    expect(project.publish.map((a) => a.uses)).toEqual([
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
      'teamsApp/publishAppPackage',
    ]);
  });

  it('writes build output only under the git-ignored appPackage/build', () => {
    const paths = [...project.provision, ...project.publish].flatMap((a) =>
      ['outputZipPath', 'outputFolder', 'outputFilePath'].map((k) => a.with?.[k]).filter((v): v is string => typeof v === 'string'),
    );
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(p.startsWith('./appPackage/build')).toBe(true);
    expect(read('.gitignore')).toMatch(/^appPackage\/build\/?$/m);
  });
});

describe('infra/azure.bicep', () => {
  it('outputs exactly the variables the project uses from it', () => {
    expect(bicepOutputs('infra/azure.bicep').sort()).toEqual(['AZURE_STATIC_WEB_APPS_RESOURCE_ID', 'TAB_DOMAIN', 'TAB_ENDPOINT']);
    const arm = project.provision.find((a) => a.uses === 'arm/deploy')!;
    expect((arm.with!.templates as { path: string }[]).map((t) => t.path)).toEqual(['./infra/azure.bicep']);
    // Each output is consumed somewhere downstream.
    const consumers = [read('teamsapp.yml'), read('appPackage/manifest.json'), read(entraManifestPath('all'))].join('\n');
    for (const name of bicepOutputs('infra/azure.bicep')) expect(consumers).toContain(`\${{${name}}}`);
  });

  it('hosts the tab as an Azure Static Web App in the EU by default', () => {
    const bicep = read('infra/azure.bicep');
    expect(bicep).toMatch(/resource \w+ 'Microsoft\.Web\/staticSites@\d{4}-\d{2}-\d{2}'/);
    expect(bicep).toMatch(/param location string = 'westeurope'/);
    expect(bicep).toMatch(/output TAB_ENDPOINT string = 'https:\/\/\$\{siteDomain\}'/);
  });

  it('gets a value for every parameter without a default, and only for declared parameters', () => {
    const params = bicepParams('infra/azure.bicep');
    const given = Object.keys(JSON.parse(read('infra/azure.parameters.json')).parameters);
    for (const p of params.filter((p) => !p.hasDefault)) expect(given).toContain(p.name);
    expect(params.map((p) => p.name)).toEqual(expect.arrayContaining(given));
  });
});

describe('Entra app manifests', () => {
  const all = JSON.parse(read(entraManifestPath('all')));
  const selected = JSON.parse(read(entraManifestPath('selected')));
  const graphScopesOf = (m: typeof all) => {
    const graph = m.requiredResourceAccess.filter((r: { resourceAppId: string }) => r.resourceAppId === 'Microsoft Graph');
    expect(graph).toHaveLength(1);
    return graph[0].resourceAccess.map((a: { id: string; type: string }) => {
      expect(a.type).toBe('Scope'); // delegated only: the app acts as the signed-in user
      return a.id;
    });
  };

  it('registers the NAA broker redirect for the tab domain as a single-page-app redirect', () => {
    for (const m of [all, selected]) {
      expect(m.spa.redirectUris).toEqual(['brk-multihub://${{TAB_DOMAIN}}']);
      expect(m.web.redirectUris).toEqual([]);
      expect(m.publicClient.redirectUris).toEqual([]);
      expect(m).toMatchObject({ id: '${{AAD_APP_OBJECT_ID}}', appId: '${{AAD_APP_CLIENT_ID}}', signInAudience: 'AzureADMyOrg' });
      expect(m).not.toHaveProperty('passwordCredentials');
    }
  });

  it('asks for exactly the delegated Graph permissions the scope map can request', () => {
    expect(graphScopesOf(all).sort()).toEqual(allGraphPermissionNames('all').sort());
    expect(graphScopesOf(selected).sort()).toEqual(allGraphPermissionNames('selected').sort());
  });

  it('covers every scope the data layer asks for', () => {
    const granted = new Set(graphScopesOf(all));
    for (const scope of [...DATA_SCOPES, ...PROVISIONING_SCOPES]) expect(granted).toContain(scope.replace('https://graph.microsoft.com/', ''));
  });

  it('are chosen by SITES_ACCESS, the same value the deployed config.json gets: one switch', () => {
    expect(project.provision.find((a) => a.uses === 'aadApp/update')!.with!.manifestPath).toBe('./infra/aad.manifest.${{SITES_ACCESS}}.json');
    for (const access of SITES_ACCESS) expect(existsSync(join(REPO_ROOT, entraManifestPath(access)))).toBe(true);
    expect(JSON.stringify(project.deploy)).toContain('--sites-access ${{SITES_ACCESS}}');
  });

  it('the two variants differ only in their SharePoint permissions and description', () => {
    const strip = (m: typeof all) => ({ ...m, description: '', requiredResourceAccess: [] });
    expect(strip(selected)).toEqual(strip(all));
  });
});

describe('env/.env.dev', () => {
  it('holds no secrets and no values that provisioning generates', () => {
    for (const name of Object.keys(envDev)) expect(name.startsWith('SECRET_')).toBe(false);
    for (const generated of ['TEAMS_APP_ID', 'AAD_APP_CLIENT_ID', 'TAB_DOMAIN', 'TAB_ENDPOINT', 'AZURE_STATIC_WEB_APPS_RESOURCE_ID']) {
      expect(envDev[generated] ?? '').toBe('');
    }
    expect(read('env/.gitignore')).toMatch(/^\.env\.\*\.user$/m);
  });

  it('sets the environment name, a publisher that fits the manifest, and a SharePoint mode', () => {
    expect(envDev.TEAMSFX_ENV).toBe('dev');
    expect(envDev.DEVELOPER_NAME!.length).toBeGreaterThan(0);
    expect(envDev.DEVELOPER_NAME!.length).toBeLessThanOrEqual(32);
    expect(SITES_ACCESS).toContain(envDev.SITES_ACCESS);
  });
});

describe('staticwebapp.config.json', () => {
  const swa = JSON.parse(read('staticwebapp.config.json'));
  const headers: Record<string, string> = swa.globalHeaders;
  const csp = Object.fromEntries(
    headers['Content-Security-Policy']!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]),
  ) as Record<string, string[]>;

  const MICROSOFT_HOSTS = /^https:\/\/(\*\.)?([a-z0-9-]+\.)*(teams\.microsoft\.com|cloud\.microsoft|microsoft365\.com|office\.com|office365\.com)$/;

  it('lets only Teams and Microsoft 365 hosts frame the tab', () => {
    const ancestors = csp['frame-ancestors']!;
    expect(ancestors).toEqual(
      expect.arrayContaining([
        'https://teams.microsoft.com',
        'https://*.teams.microsoft.com',
        'https://*.cloud.microsoft',
        'https://*.office.com',
        'https://*.microsoft365.com',
        'https://outlook.office.com',
        'https://outlook.office365.com',
      ]),
    );
    for (const source of ancestors) expect(source).toMatch(MICROSOFT_HOSTS);
  });

  it('does not send X-Frame-Options, which would stop Teams from framing the tab', () => {
    expect(Object.keys(headers).map((h) => h.toLowerCase())).not.toContain('x-frame-options');
  });

  it('sends the other safe headers', () => {
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(['strict-origin-when-cross-origin', 'strict-origin', 'same-origin', 'no-referrer']).toContain(headers['Referrer-Policy']);
    expect(headers['Strict-Transport-Security']).toMatch(/max-age=\d{7,}/);
  });

  it('allows scripts from the app only and Graph as the data origin', () => {
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'self'"]);
    expect(csp['connect-src']).toEqual(expect.arrayContaining(["'self'", 'https://graph.microsoft.com']));
    for (const sources of Object.values(csp)) expect(sources).not.toContain("'unsafe-eval'");
  });

  it('serves the single-page app for every route and never caches config.json', () => {
    expect(swa.navigationFallback.rewrite).toBe('/index.html');
    expect(swa.routes).toEqual(expect.arrayContaining([{ route: '/config.json', headers: { 'Cache-Control': 'no-store' } }]));
  });
});

describe('deploy: tenant config in dist/', () => {
  const CLIENT_ID = '7d9e1f20-3a4b-4c5d-8e6f-0a1b2c3d4e5f';

  function distWithIndex(): string {
    const dir = mkdtempSync(join(tmpdir(), 'driehoek-dist-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    return dir;
  }

  it('writes a config.json the app accepts: Graph, NAA with the client id, the Team’s site', () => {
    const dist = distWithIndex();
    prepareDist({ dist, clientId: CLIENT_ID });
    const raw = JSON.parse(readFileSync(join(dist, 'config.json'), 'utf8'));
    expect(raw).toEqual({ graphBaseUrl: 'https://graph.microsoft.com', auth: 'naa', clientId: CLIENT_ID, site: { kind: 'teamSite' } });
    expect(parseConfig(raw)).toEqual(raw);
  });

  it('copies the security headers next to the app, where Static Web Apps reads them', () => {
    const dist = distWithIndex();
    prepareDist({ dist, clientId: CLIENT_ID });
    expect(readFileSync(join(dist, 'staticwebapp.config.json'), 'utf8')).toBe(read('staticwebapp.config.json'));
  });

  it('marks Sites.Selected deployments in the config', () => {
    expect(tenantConfig({ dist: '', clientId: CLIENT_ID, sitesAccess: 'selected' })).toMatchObject({ sitesAccess: 'selected' });
    expect(tenantConfig({ dist: '', clientId: CLIENT_ID, sitesAccess: 'all' })).not.toHaveProperty('sitesAccess');
  });

  it('refuses a missing build, a wrong client id or an unknown mode', () => {
    const empty = mkdtempSync(join(tmpdir(), 'driehoek-dist-'));
    expect(() => prepareDist({ dist: empty, clientId: CLIENT_ID })).toThrow(/npm run build/);
    expect(() => prepareDist({ dist: distWithIndex(), clientId: '${{AAD_APP_CLIENT_ID}}' })).toThrow(/client/);
    expect(() => tenantConfig({ dist: '', clientId: CLIENT_ID, sitesAccess: 'some' })).toThrow(/sites-access/);
  });
});

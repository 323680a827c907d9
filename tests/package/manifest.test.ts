/**
 * The Teams manifest and its English localization file, validated offline against the JSON
 * schemas that @microsoft/app-manifest ships, after filling the toolkit placeholders with the
 * sample values of scripts/package/sample.env.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { graphScopes, normalizeScopes } from '../../src/auth/naa';
import { DATA_SCOPES } from '../../src/data/graph/client';
import {
  APP_PACKAGE_DIR,
  appManifestSchemasDir,
  buildPackage,
  escapeLoneBrackets,
  placeholdersIn,
  readEnvFile,
  validateAgainstLocalSchema,
} from '../../scripts/package/lib';

const SAMPLE_ENV = join(__dirname, '..', '..', 'scripts', 'package', 'sample.env');
const rawManifestText = readFileSync(join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8');
const rawManifest = JSON.parse(rawManifestText);
const pkg = buildPackage(readEnvFile(SAMPLE_ENV));
const manifest = pkg.manifest as Record<string, any>;
const enUs = JSON.parse(pkg.files.get('en-us.json')!.toString('utf8'));

const realFetch = globalThis.fetch;
beforeAll(() => {
  // Proof that validation is offline: any download attempt fails the test.
  globalThis.fetch = (() => Promise.reject(new Error('network used during schema validation'))) as typeof fetch;
});
afterAll(() => {
  globalThis.fetch = realFetch;
});

describe('schema validation (offline)', () => {
  it('manifest.json is valid against its schema', async () => {
    expect(await validateAgainstLocalSchema(manifest)).toEqual([]);
  });

  it('en-us.json is valid against the localization schema of the same version', async () => {
    expect(enUs.$schema).toBe(manifest.$schema.replace('MicrosoftTeams.schema.json', 'MicrosoftTeams.Localization.schema.json'));
    expect(await validateAgainstLocalSchema(enUs)).toEqual([]);
  });

  it('a broken manifest is reported, so the check can fail', async () => {
    const broken = { ...manifest, accentColor: 'teal', configurableTabs: [{ ...manifest.configurableTabs[0], context: ['nowhere'] }] };
    const errors = await validateAgainstLocalSchema(broken);
    expect(errors.some((e) => e.includes('/accentColor'))).toBe(true);
    expect(errors.some((e) => e.includes('/configurableTabs/0/context'))).toBe(true);
  });

  it('a localization file with an unknown key or an over-long name is reported', async () => {
    const errors = await validateAgainstLocalSchema({ ...enUs, 'name.short': 'x'.repeat(31), 'bots[0].name': 'no' });
    expect(errors.length).toBeGreaterThanOrEqual(2);
  });

  it('uses a 1.2x schema the package ships, the newest of the 1.22–1.24 line', () => {
    expect(manifest.manifestVersion).toBe('1.24');
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
    const shipped = readdirSync(join(appManifestSchemasDir(), 'teams'));
    expect(shipped).toEqual(expect.arrayContaining(['v1.22', 'v1.23', 'v1.24']));
  });

  it('pattern repair only escapes brackets that close no class', () => {
    expect(escapeLoneBrackets('^a\\[\\b([0-9])\\b]\\.x$')).toBe('^a\\[\\b([0-9])\\b\\]\\.x$');
    expect(escapeLoneBrackets('^[a-z]+\\]$')).toBe('^[a-z]+\\]$');
    expect(() => new RegExp(escapeLoneBrackets('x\\b]y'), 'u')).not.toThrow();
  });
});

describe('what the manifest declares', () => {
  it('uses the toolkit placeholders and nothing else that varies per tenant', () => {
    expect(placeholdersIn(rawManifestText).sort()).toEqual(
      ['AAD_APP_CLIENT_ID', 'APP_NAME_SUFFIX', 'DEVELOPER_NAME', 'TAB_DOMAIN', 'TAB_ENDPOINT', 'TEAMS_APP_ID'].sort(),
    );
    expect(rawManifest.id).toBe('${{TEAMS_APP_ID}}');
    expect(rawManifest.validDomains).toEqual(['${{TAB_DOMAIN}}']);
  });

  it('has a personal static tab and the About tab', () => {
    expect(manifest.staticTabs[0]).toMatchObject({ entityId: 'driehoek', scopes: ['personal'] });
    expect(manifest.staticTabs[0].contentUrl).toBe('https://driehoek-sample.example.org/index.html?view=personal');
    expect(manifest.staticTabs[1]).toEqual({ entityId: 'about', scopes: ['personal'] });
  });

  it('has one configurable tab for channels, chats and meetings, with side panel and stage', () => {
    expect(manifest.configurableTabs).toHaveLength(1);
    const tab = manifest.configurableTabs[0];
    expect(tab.configurationUrl).toBe('https://driehoek-sample.example.org/index.html?view=config');
    expect(tab.scopes).toEqual(['team', 'groupChat']);
    expect([...tab.context].sort()).toEqual(
      ['channelTab', 'privateChatTab', 'meetingChatTab', 'meetingDetailsTab', 'meetingSidePanel', 'meetingStage'].sort(),
    );
    expect(tab.meetingSurfaces).toEqual(['sidePanel', 'stage']);
  });

  it('every URL is https on the tab domain, which is the only valid domain', () => {
    const urls = [
      manifest.developer.websiteUrl,
      manifest.developer.privacyUrl,
      manifest.developer.termsOfUseUrl,
      manifest.staticTabs[0].contentUrl,
      manifest.staticTabs[0].websiteUrl,
      manifest.configurableTabs[0].configurationUrl,
    ];
    for (const url of urls) expect(new URL(url).origin).toBe('https://driehoek-sample.example.org');
    expect(manifest.validDomains).toEqual(['driehoek-sample.example.org']);
  });

  it('declares nested app authentication for the Entra app with the brk-multihub redirect', () => {
    expect(manifest.webApplicationInfo.id).toBe('7d9e1f20-3a4b-4c5d-8e6f-0a1b2c3d4e5f');
    expect(rawManifest.webApplicationInfo.nestedAppAuthInfo).toEqual([
      { redirectUri: 'brk-multihub://${{TAB_DOMAIN}}', scopes: [...graphScopes('profile'), ...graphScopes('lists')] },
    ]);
  });

  it('prefetches exactly the scopes of the data layer’s first request, in the same order', () => {
    // Teams prefetches this token when the tab loads; it only helps if it is the token the app asks for.
    expect(rawManifest.webApplicationInfo.nestedAppAuthInfo[0].scopes).toEqual(normalizeScopes(DATA_SCOPES));
  });

  it('asks only for the meeting permission the app uses: sharing to the stage', () => {
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([{ name: 'MeetingStage.Write.Chat', type: 'Delegated' }]);
    expect(manifest.permissions).toBeUndefined();
  });

  it('is Dutch by default with an English file, both fully worded', () => {
    expect(manifest.localizationInfo).toEqual({ defaultLanguageTag: 'nl-nl', additionalLanguages: [{ languageTag: 'en-us', file: 'en-us.json' }] });
    expect(manifest.description.short).toMatch(/ouders, kind en school/);
    expect(enUs['description.short']).toMatch(/parents, child and school/);
    for (const key of ['name.short', 'name.full', 'description.short', 'description.full', 'staticTabs[0].name']) {
      expect(typeof enUs[key]).toBe('string');
    }
  });

  it('gives the English name the same environment suffix as the default name', () => {
    // The toolkit fills placeholders in localization files too (since its January 2025 release).
    const rawEnUs = JSON.parse(readFileSync(join(APP_PACKAGE_DIR, 'en-us.json'), 'utf8'));
    expect(rawEnUs['name.short']).toBe(rawManifest.name.short);
    expect(placeholdersIn(JSON.stringify(rawEnUs))).toEqual(['APP_NAME_SUFFIX']);
    expect(enUs['name.short']).toBe('Driehoek-sample');
    expect(enUs['name.short']).toBe(manifest.name.short);
  });

  it('keeps the publisher a placeholder the school fills in', () => {
    expect(rawManifest.developer.name).toBe('${{DEVELOPER_NAME}}');
    expect(manifest.developer.name.length).toBeLessThanOrEqual(32);
  });

  it('has an accent colour and the two icons', () => {
    expect(manifest.accentColor).toMatch(/^#[0-9A-F]{6}$/i);
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
  });
});

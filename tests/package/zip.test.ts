/**
 * The app package as Teams expects it: a flat zip with manifest.json, the two icons and the
 * localization file at the root, every placeholder filled from an env file.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { APP_PACKAGE_DIR, MissingVariablesError, buildPackage, parseEnv, readEnvFile, validateAgainstLocalSchema, zipPackage } from '../../scripts/package/lib';

const SAMPLE_ENV = join(__dirname, '..', '..', 'scripts', 'package', 'sample.env');

async function zipFrom(envText: string): Promise<JSZip> {
  const dir = mkdtempSync(join(tmpdir(), 'driehoek-env-'));
  const file = join(dir, '.env.test');
  writeFileSync(file, envText);
  return JSZip.loadAsync(await zipPackage(buildPackage(readEnvFile(file))));
}

describe('app package zip', () => {
  let zip: JSZip;
  beforeAll(async () => {
    zip = await zipFrom(readFileSync(SAMPLE_ENV, 'utf8'));
  });

  it('holds exactly the manifest, both icons and the localization file, at the root', () => {
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(['color.png', 'en-us.json', 'manifest.json', 'outline.png']);
    expect(Object.values(zip.files).some((f) => f.dir)).toBe(false);
  });

  it('has every placeholder filled and a manifest that is still schema-valid', async () => {
    const text = await zip.file('manifest.json')!.async('string');
    expect(text).not.toContain('${{');
    const manifest = JSON.parse(text);
    expect(manifest.id).toBe('2f0a3c7e-5b1d-4e8a-9c6f-1a2b3c4d5e6f');
    expect(manifest.name.short).toBe('Driehoek-sample');
    expect(manifest.webApplicationInfo.nestedAppAuthInfo[0].redirectUri).toBe('brk-multihub://driehoek-sample.example.org');
    expect(await validateAgainstLocalSchema(manifest)).toEqual([]);
  });

  it('carries the icons byte for byte and the localization file with its placeholders filled', async () => {
    for (const name of ['color.png', 'outline.png']) {
      const inZip = await zip.file(name)!.async('nodebuffer');
      expect(inZip.equals(readFileSync(join(APP_PACKAGE_DIR, name)))).toBe(true);
    }
    const enUs = await zip.file('en-us.json')!.async('string');
    expect(enUs).toBe(readFileSync(join(APP_PACKAGE_DIR, 'en-us.json'), 'utf8').replace('${{APP_NAME_SUFFIX}}', '-sample'));
    expect(JSON.parse(enUs)['name.short']).toBe('Driehoek-sample');
  });

  it('is reproducible for the same inputs', async () => {
    const env = readEnvFile(SAMPLE_ENV);
    const a = await zipPackage(buildPackage(env));
    const b = await zipPackage(buildPackage(env));
    expect(a.equals(b)).toBe(true);
  });

  it('refuses to build when the env file lacks a value, naming it', () => {
    const env = readEnvFile(SAMPLE_ENV);
    delete env.TAB_DOMAIN;
    env.AAD_APP_CLIENT_ID = '';
    expect(() => buildPackage(env)).toThrow(MissingVariablesError);
    try {
      buildPackage(env);
    } catch (e) {
      expect((e as MissingVariablesError).missing.sort()).toEqual(['AAD_APP_CLIENT_ID', 'TAB_DOMAIN']);
    }
  });

  it('allows an empty name suffix (a production environment)', async () => {
    const text = readFileSync(SAMPLE_ENV, 'utf8').replace(/^APP_NAME_SUFFIX=.*$/m, 'APP_NAME_SUFFIX=');
    const production = await zipFrom(text);
    const manifest = JSON.parse(await production.file('manifest.json')!.async('string'));
    expect(manifest.name.short).toBe('Driehoek');
    expect(JSON.parse(await production.file('en-us.json')!.async('string'))['name.short']).toBe('Driehoek');
  });

  it('reads env files the way the toolkit writes them', () => {
    expect(parseEnv('# c\nA=1\nB="two words"\nC=\'x\'\nD=\nE=v # trailing comment\n')).toEqual({ A: '1', B: 'two words', C: 'x', D: '', E: 'v' });
  });
});

/**
 * Offline helpers for the Teams app package, shared by the `package` / `validate:manifest`
 * npm scripts and by tests/package. They do what the Microsoft 365 Agents Toolkit does with
 * appPackage/ (teamsApp/validateManifest, teamsApp/zipAppPackage), without a network or a tenant:
 * read an env file, fill the `${{VAR}}` placeholders, validate against the JSON schemas that
 * @microsoft/app-manifest ships, and zip manifest + icons + localization files flat at the root.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import JSZip from 'jszip';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';

export const REPO_ROOT = join(__dirname, '..', '..');
export const APP_PACKAGE_DIR = join(REPO_ROOT, 'appPackage');

/** `${{NAME}}` as the toolkit writes it (names are letters, digits and underscores). */
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export type EnvValues = Record<string, string>;

/**
 * Parses a dotenv file the way the toolkit's env files are written: `KEY=value` lines,
 * `#` comments, optional single or double quotes. An empty value is kept as ''.
 */
export function parseEnv(text: string): EnvValues {
  const out: EnvValues = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const key = line.slice(0, eq).trim();
    let value = line.slice(eq + 1).trim();
    const quoted = /^(['"])(.*)\1$/.exec(value);
    if (quoted) value = quoted[2]!;
    else value = value.replace(/\s+#.*$/, '');
    out[key] = value;
  }
  return out;
}

export function readEnvFile(path: string): EnvValues {
  return parseEnv(readFileSync(path, 'utf8'));
}

/** Every placeholder name used in a text, in order of first use. */
export function placeholdersIn(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(PLACEHOLDER)) names.add(m[1]!);
  return [...names];
}

export class MissingVariablesError extends Error {
  override name = 'MissingVariablesError';
  constructor(readonly missing: string[], where: string) {
    super(`${where}: no value for ${missing.join(', ')}`);
  }
}

/** Fills every `${{VAR}}`; throws when a variable has no value (as the toolkit does). */
export function resolvePlaceholders(text: string, env: EnvValues, where = 'template'): string {
  const missing = placeholdersIn(text).filter((name) => env[name] === undefined || env[name] === '');
  // APP_NAME_SUFFIX may legitimately be empty (a production environment has no suffix).
  const reallyMissing = missing.filter((name) => !(name in env && OPTIONAL_EMPTY.has(name)));
  if (reallyMissing.length) throw new MissingVariablesError(reallyMissing, where);
  return text.replace(PLACEHOLDER, (_, name: string) => env[name] ?? '');
}

/** Variables that may resolve to an empty string. */
export const OPTIONAL_EMPTY = new Set(['APP_NAME_SUFFIX']);

/** The files of the package: manifest.json, the icons and every localization file it names. */
export function packageFileNames(manifest: TeamsManifestLike): string[] {
  const names = ['manifest.json', manifest.icons.color, manifest.icons.outline];
  if (manifest.icons.color32x32) names.push(manifest.icons.color32x32);
  if (manifest.localizationInfo?.defaultLanguageFile) names.push(manifest.localizationInfo.defaultLanguageFile);
  for (const lang of manifest.localizationInfo?.additionalLanguages ?? []) names.push(lang.file);
  for (const name of names) {
    if (posix.isAbsolute(name) || name.includes('..') || name.includes('/') || name.includes('\\')) {
      throw new Error(`package file must sit at the package root: ${name}`);
    }
  }
  return [...new Set(names)];
}

export interface TeamsManifestLike {
  $schema?: string;
  manifestVersion: string;
  icons: { color: string; outline: string; color32x32?: string };
  localizationInfo?: {
    defaultLanguageTag: string;
    defaultLanguageFile?: string;
    additionalLanguages?: { languageTag: string; file: string }[];
  };
  [key: string]: unknown;
}

export interface BuiltPackage {
  /** The manifest with every placeholder filled. */
  manifest: TeamsManifestLike;
  /** File name at the zip root → bytes (JSON files with placeholders filled). */
  files: Map<string, Buffer>;
}

/** Reads appPackage/, fills placeholders in every JSON file, and collects the package files. */
export function buildPackage(env: EnvValues, dir = APP_PACKAGE_DIR): BuiltPackage {
  const manifestText = resolvePlaceholders(readFileSync(join(dir, 'manifest.json'), 'utf8'), env, 'manifest.json');
  const manifest = JSON.parse(manifestText) as TeamsManifestLike;
  const files = new Map<string, Buffer>();
  for (const name of packageFileNames(manifest)) {
    const path = join(dir, name);
    if (!existsSync(path)) throw new Error(`manifest names ${name}, which is not in ${dir}`);
    if (name === 'manifest.json') files.set(name, Buffer.from(manifestText, 'utf8'));
    else if (name.endsWith('.json')) {
      files.set(name, Buffer.from(resolvePlaceholders(readFileSync(path, 'utf8'), env, name), 'utf8'));
    } else files.set(name, readFileSync(path));
  }
  return { manifest, files };
}

/** Zips the package flat, as Teams and the Developer Portal expect (no folders). */
export async function zipPackage(pkg: BuiltPackage): Promise<Buffer> {
  const zip = new JSZip();
  // A fixed date keeps the zip byte-for-byte reproducible for the same inputs.
  const date = new Date('2020-01-01T00:00:00Z');
  for (const [name, bytes] of pkg.files) zip.file(name, bytes, { date });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}

/**
 * Validates a manifest or localization file against the schema its `$schema` names, loaded
 * from the copy inside @microsoft/app-manifest (no network). Returns the schema errors.
 */
export async function validateAgainstLocalSchema(doc: { $schema?: string; [key: string]: unknown }): Promise<string[]> {
  const url = doc.$schema;
  if (!url) throw new Error('document has no $schema');
  const schema = await AppManifestUtils.fetchSchema(localSchemaUrlCheck(url));
  return AppManifestUtils.validateAgainstSchema(doc as unknown as AppManifest, unicodeSafePatterns(schema));
}

/**
 * Some published schemas (the 1.2x localization schemas, for example) contain patterns such as
 * `...\b]\.description$` with a bare `]`, which JavaScript accepts in legacy mode but Ajv, which
 * compiles patterns with the `u` flag, rejects as "Lone quantifier brackets". Escaping a `]` that
 * closes no character class keeps the meaning (it always matched a literal `]`) and lets Ajv compile.
 */
export function unicodeSafePatterns<T>(schema: T): T {
  const fix = (pattern: string): string => {
    try {
      new RegExp(pattern, 'u');
      return pattern;
    } catch {
      return escapeLoneBrackets(pattern);
    }
  };
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (key === 'pattern' && typeof value === 'string') out[key] = fix(value);
      else if (key === 'patternProperties' && value && typeof value === 'object') {
        out[key] = Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([p, v]) => [fix(p), walk(v)]));
      } else out[key] = walk(value);
    }
    return out;
  };
  return walk(schema) as T;
}

export function escapeLoneBrackets(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i]!;
    if (c === '\\') {
      out += c + (pattern[i + 1] ?? '');
      i += 1;
    } else if (c === '[' && !inClass) {
      inClass = true;
      out += c;
    } else if (c === ']' && inClass) {
      inClass = false;
      out += c;
    } else if (c === ']') out += '\\]';
    else out += c;
  }
  return out;
}

/** Throws unless the package ships this schema, so validation can never fall back to a download. */
export function localSchemaUrlCheck(url: string): string {
  const m = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}-[a-z]{2}\/)?json-schemas\/(teams\/v[\d.]+\/[A-Za-z.]+\.json)$/.exec(url);
  if (!m) throw new Error(`not a Teams schema URL: ${url}`);
  const local = join(appManifestSchemasDir(), m[1]!);
  if (!existsSync(local)) throw new Error(`@microsoft/app-manifest does not ship ${m[1]}`);
  return url;
}

export function appManifestSchemasDir(): string {
  const pkgMain = require.resolve('@microsoft/app-manifest');
  // build/index.js → build/json-schemas
  return join(pkgMain, '..', 'json-schemas');
}

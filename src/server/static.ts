/**
 * The built tab (dist/) served from the same origin as Graph, and /config.json, the runtime
 * configuration pointing the app at this server. HTML and config are never cached; assets with
 * a content hash in their name are cached for a year. Text files go gzip-compressed to clients
 * that accept it, as any real host of the tab does (a slow connection feels it most).
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

export const gzipAsync = promisify(gzip);

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** A bundler's content hash in the file name, e.g. main.3f9a1c2b.js or main-3f9a1c2b4d.js. */
const HASHED = /[.-][0-9a-f]{8,}\.[a-z0-9]+$/i;

export function cacheControl(path: string): string {
  if (extname(path) === '.html') return 'no-store';
  return HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Local mode's config: the site is the team site of the server's team (GET /groups/{id}/sites/root),
 * so the app knows its team without asking Graph which teams the user is in; the root site when
 * there is no team.
 */
export function runtimeConfig(origin: string, teamId?: string): Record<string, unknown> {
  return { graphBaseUrl: `${origin}/graph`, auth: 'local', site: teamId ? { kind: 'group', groupId: teamId } : { kind: 'root' } };
}

/** Text types worth compressing (images and fonts are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt', '.webmanifest']);

/** Compressed once per file version (path, size, modification time): the built tab does not change while served. */
const compressed = new Map<string, { version: string; body: Buffer }>();

async function gzipped(file: string, version: string): Promise<Buffer> {
  const known = compressed.get(file);
  if (known?.version === version) return known.body;
  const body = await gzipAsync(await readFile(file));
  compressed.set(file, { version, body });
  return body;
}

export function acceptsGzip(acceptEncoding: string): boolean {
  return acceptEncoding
    .split(',')
    .map((part) => part.trim().split(';'))
    .some(([coding, ...params]) => coding?.trim().toLowerCase() === 'gzip' && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p)));
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end('Not found');
}

/**
 * Serves GET/HEAD for `pathname` from `root`; anything outside `root` or missing is 404.
 * `acceptEncoding` is the request's Accept-Encoding header.
 */
export async function serveStatic(
  root: string,
  pathname: string,
  method: string,
  res: ServerResponse,
  acceptEncoding = '',
): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return notFound(res);
  }
  const base = resolve(root);
  const file = resolve(join(base, decoded.endsWith('/') ? `${decoded}index.html` : decoded));
  if (file !== base && !file.startsWith(base + sep)) return notFound(res);
  const info = await stat(file).catch(() => null);
  if (!info || !info.isFile()) return notFound(res);
  const headers: Record<string, string> = {
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': cacheControl(file),
    'X-Content-Type-Options': 'nosniff',
  };
  if (COMPRESSIBLE.has(extname(file).toLowerCase())) {
    headers.Vary = 'Accept-Encoding';
    if (acceptsGzip(acceptEncoding)) {
      const body = await gzipped(file, `${info.size}:${info.mtimeMs}`);
      res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': String(body.length) });
      res.end(method === 'HEAD' ? undefined : body);
      return;
    }
  }
  res.writeHead(200, { ...headers, 'Content-Length': String(info.size) });
  if (method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}

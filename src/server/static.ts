/**
 * The built tab (dist/) served from the same origin as Graph, and /config.json, the runtime
 * configuration pointing the app at this server. HTML and config are never cached; assets with
 * a content hash in their name are cached for a year.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

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

export function runtimeConfig(origin: string): Record<string, unknown> {
  return { graphBaseUrl: `${origin}/graph`, auth: 'local', site: { kind: 'root' } };
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end('Not found');
}

/** Serves GET/HEAD for `pathname` from `root`; anything outside `root` or missing is 404. */
export async function serveStatic(root: string, pathname: string, method: string, res: ServerResponse): Promise<void> {
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
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': String(info.size),
    'Cache-Control': cacheControl(file),
    'X-Content-Type-Options': 'nosniff',
  });
  if (method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}

/** The built tab from staticDir, /config.json for this origin, cache headers, 404s, /local on loopback. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { IB, type TestServer, startTestServer } from './helpers';

const dist = mkdtempSync(join(tmpdir(), 'driehoek-dist-'));
let server: TestServer;

beforeAll(async () => {
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Driehoek</title>');
  writeFileSync(join(dist, 'main.3f9a1c2b.js'), 'console.log("app")');
  writeFileSync(join(dist, 'theme.css'), 'body{}');
  mkdirSync(join(dist, 'icons'));
  writeFileSync(join(dist, 'icons', 'logo.svg'), '<svg/>');
  server = await startTestServer({ staticDir: dist });
});
afterAll(async () => {
  await server.stop();
  rmSync(dist, { recursive: true, force: true });
});

describe('static files', () => {
  it('serves index.html for / without caching', async () => {
    const answer = await fetch(`${server.url}/`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(await answer.text()).toContain('<title>Driehoek</title>');
  });

  it('serves assets with their content type; hashed ones cached for a year', async () => {
    const js = await fetch(`${server.url}/main.3f9a1c2b.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const css = await fetch(`${server.url}/theme.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('cache-control')).toBe('no-cache');
    const svg = await fetch(`${server.url}/icons/logo.svg`);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('sends text files gzip-compressed to a client that accepts it, plain to one that does not', async () => {
    const plain = await new Promise<{ encoding?: string; vary?: string; body: Buffer }>((done, fail) => {
      request(`${server.url}/main.3f9a1c2b.js`, { headers: { 'Accept-Encoding': 'identity' } }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (chunk: Buffer) => parts.push(chunk));
        res.on('end', () => done({ encoding: res.headers['content-encoding'], vary: res.headers.vary, body: Buffer.concat(parts) }));
      })
        .on('error', fail)
        .end();
    });
    expect(plain).toEqual({ encoding: undefined, vary: 'Accept-Encoding', body: Buffer.from('console.log("app")') });
    const zipped = await new Promise<{ encoding?: string; body: Buffer }>((done, fail) => {
      request(`${server.url}/main.3f9a1c2b.js`, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (chunk: Buffer) => parts.push(chunk));
        res.on('end', () => done({ encoding: res.headers['content-encoding'], body: Buffer.concat(parts) }));
      })
        .on('error', fail)
        .end();
    });
    expect(zipped.encoding).toBe('gzip');
    expect(gunzipSync(zipped.body).toString()).toBe('console.log("app")');
    // fetch asks for gzip itself and unpacks it.
    expect(await (await fetch(`${server.url}/theme.css`)).text()).toBe('body{}');
  });

  it('answers 404 for unknown paths and for paths outside the folder', async () => {
    expect((await fetch(`${server.url}/nope.js`)).status).toBe(404);
    expect((await fetch(`${server.url}/icons`)).status).toBe(404);
    expect((await fetch(`${server.url}/..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${server.url}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
  });

  it('answers /config.json with this origin, as the request named it, and the site as its team’s', async () => {
    const answer = await fetch(`${server.url}/config.json`);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const config = await answer.json();
    const [team] = (await server.as(IB).get('/me/joinedTeams')).body.value;
    expect(config).toEqual({ graphBaseUrl: `${server.url}/graph`, auth: 'local', site: { kind: 'group', groupId: team.id } });
    // The group's team site is the site the lists live in (the root site here).
    const viaGroup = await server.as(IB).get(`/groups/${team.id}/sites/root?$select=id`);
    expect(viaGroup.body.id).toBe((await server.as(IB).get('/sites/root?$select=id')).body.id);
    const port = new URL(server.url).port;
    const viaLocalhost = await new Promise<string>((done, fail) => {
      request({ host: '127.0.0.1', port, path: '/config.json', headers: { Host: `localhost:${port}` } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => done(text));
      })
        .on('error', fail)
        .end();
    });
    expect(JSON.parse(viaLocalhost).graphBaseUrl).toBe(`http://localhost:${port}/graph`);
  });
});

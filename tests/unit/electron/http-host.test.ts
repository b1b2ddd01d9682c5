import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, newToken, startHttpHost, type HttpHost } from '../../../electron/http-host.js';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security.js';
import { reviewHandlersDouble } from './review-handlers-double.js';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let dir: string;
let host: HttpHost;
const double = reviewHandlersDouble();

function call(method: string, urlPath: string, options: { headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, method, path: urlPath, headers: { host: `127.0.0.1:${host.port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function api(method: string, args: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return call('POST', `/api/${method}`, {
    headers: { 'content-type': 'application/json', 'x-verso-token': host.token, ...headers },
    body: JSON.stringify(args),
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'verso-http-'));
  const rendererDir = path.join(dir, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Verso</title>');
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'export {}');
  writeFileSync(path.join(dir, 'secret.txt'), 'TOP-SECRET-CONTENT');
  host = await startHttpHost({ service: double.handlers, rendererDir });
});
afterAll(async () => {
  await host.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('startHttpHost', () => {
  it('listens on 127.0.0.1 and prints a URL carrying a random token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(newToken()).not.toBe(newToken());
  });

  it('serves the renderer with the CSP and the other security headers, and no CORS headers', async () => {
    const index = await call('GET', '/?token=abc');
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>Verso</title>');
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['referrer-policy']).toBe('no-referrer');
    expect(index.headers['cross-origin-opener-policy']).toBe('same-origin');
    const script = await call('GET', '/assets/app.js');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    for (const answer of [index, script, await api('getSettings', {})]) {
      expect(Object.keys(answer.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('refuses path traversal and missing files', async () => {
    for (const urlPath of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      const answer = await call('GET', urlPath);
      expect(answer.status, urlPath).toBe(404);
      expect(answer.body).not.toContain('TOP-SECRET-CONTENT');
    }
    expect((await call('GET', '/nothing.js')).status).toBe(404);
  });

  it('answers an API call with a valid token with the service result', async () => {
    const answer = await api('updateSettings', { reviewerName: 'Bea' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(answer.body)).toEqual({ reviewerName: 'Bea', lastSet: null, windowBounds: null });
    expect(double.calls.at(-1)).toEqual({ method: 'updateSettings', args: { reviewerName: 'Bea' } });
  });

  it('requires the token on every API call (401)', async () => {
    const before = double.calls.length;
    const missing = await call('POST', '/api/getSettings', { headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body)).toMatchObject({ code: 'bad-token' });
    expect((await api('getSettings', {}, { 'x-verso-token': 'wrong' })).status).toBe(401);
    expect((await api('getSettings', {}, { 'x-verso-token': `${host.token}x` })).status).toBe(401);
    expect(double.calls.length).toBe(before);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin (403)', async () => {
    expect((await api('getSettings', {}, { host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await api('getSettings', {}, { host: '127.0.0.1:1' })).status).toBe(403);
    expect((await call('GET', '/', { headers: { host: `rebind.example:${host.port}` } })).status).toBe(403);
    expect((await api('getSettings', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await api('getSettings', {}, { origin: 'null' })).status).toBe(403);
    expect((await api('getSettings', {}, { origin: `http://localhost:${host.port}` })).status).toBe(403);
    expect((await api('getSettings', {}, { origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
    expect((await api('getSettings', {}, { host: `localhost:${host.port}`, origin: `http://localhost:${host.port}` })).status).toBe(200);
  });

  it('answers bad arguments and bad JSON with 400, naming the method and field', async () => {
    const bad = await api('openSet', { path: 7 });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ code: 'bad-arguments', error: expect.stringMatching(/^Bad arguments for openSet: path:/) });
    const notJson = await call('POST', '/api/openSet', { headers: { 'x-verso-token': host.token }, body: '{"path":' });
    expect(notJson.status).toBe(400);
  });

  it('answers an unknown method with 404, a service failure with 500 and its message', async () => {
    expect((await api('deleteEverything', {})).status).toBe(404);
    expect((await api('__proto__', {})).status).toBe(404);
    const failed = await api('openSet', { path: '/nowhere' });
    expect(failed.status).toBe(500);
    expect(JSON.parse(failed.body)).toEqual({ error: '/nowhere: no such folder. Check the path.', code: 'not-found' });
  });

  it('refuses OPTIONS (no CORS preflight) and GET on the API with 405', async () => {
    const preflight = await call('OPTIONS', '/api/getSettings', { headers: { origin: `http://127.0.0.1:${host.port}`, 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(405);
    expect(Object.keys(preflight.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    expect((await call('GET', '/api/getSettings', { headers: { 'x-verso-token': host.token } })).status).toBe(405);
  });

  it('refuses a body over 10 MB with 413', async () => {
    const answer = await call('POST', '/api/openSet', {
      headers: { 'x-verso-token': host.token, 'content-type': 'application/json' },
      body: Buffer.alloc(MAX_BODY_BYTES + 1, 0x20),
    });
    expect(answer.status).toBe(413);
  });
});

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appProtocolResponse, handleAppProtocol, isAppUrl, registerAppScheme } from '../../../electron/protocol.js';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security.js';

let dir: string;
let rendererDir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'verso-protocol-'));
  rendererDir = path.join(dir, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Verso</title>');
  writeFileSync(path.join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(rendererDir, 'assets', 'codicon.ttf'), 'font');
  writeFileSync(path.join(dir, 'secret.txt'), 'secret');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the verso:// scheme', () => {
  it('is registered as standard, secure and fetch-capable', () => {
    const calls: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => calls.push(schemes) });
    expect(calls).toEqual([[{ scheme: 'verso', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]]);
  });

  it('recognises only verso://app as the app', () => {
    expect(isAppUrl('verso://app/index.html')).toBe(true);
    expect(isAppUrl('verso://other/index.html')).toBe(false);
    expect(isAppUrl('https://app/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('serves index.html for the root and assets with their MIME types and the CSP', async () => {
    const index = await appProtocolResponse('verso://app/', 'GET', rendererDir);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await index.text()).toContain('<title>Verso</title>');
    const script = await appProtocolResponse('verso://app/assets/index-abc.js', 'GET', rendererDir);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    const font = await appProtocolResponse('verso://app/assets/codicon.ttf', 'GET', rendererDir);
    expect(font.headers.get('content-type')).toBe('font/ttf');
  });

  it('refuses path traversal, other hosts, missing files and writes', async () => {
    for (const url of ['verso://app/%2e%2e/secret.txt', 'verso://app/assets/..%2f..%2fsecret.txt', 'verso://app/..%5csecret.txt', 'verso://app/%00']) {
      const response = await appProtocolResponse(url, 'GET', rendererDir);
      expect(response.status, url).toBe(404);
    }
    expect((await appProtocolResponse('verso://other/index.html', 'GET', rendererDir)).status).toBe(404);
    expect((await appProtocolResponse('verso://app/missing.js', 'GET', rendererDir)).status).toBe(404);
    expect((await appProtocolResponse('verso://app/assets', 'GET', rendererDir)).status).toBe(404);
    expect((await appProtocolResponse('verso://app/index.html', 'POST', rendererDir)).status).toBe(405);
  });

  it('hands Electron a handler that answers requests', async () => {
    let handler: ((request: Request) => Promise<Response>) | null = null;
    handleAppProtocol({ handle: (_scheme, fn) => (handler = fn as (request: Request) => Promise<Response>) }, rendererDir);
    const response = await (handler as unknown as (request: { url: string; method: string }) => Promise<Response>)({ url: 'verso://app/index.html', method: 'GET' });
    expect(response.status).toBe(200);
  });
});

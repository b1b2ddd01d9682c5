// The renderer is served from verso://app/… rather than file://: Chromium refuses module scripts
// over file://, and a custom standard+secure scheme gives the app an origin of its own that the
// IPC guard and the navigation guard can check.
import type { Protocol } from 'electron';
import { SECURITY_HEADERS } from './security.js';
import { readRendererFile } from './static-files.js';

export const APP_SCHEME = 'verso';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Must run before the app is ready (Electron's rule for privileged schemes). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    // No corsEnabled: leaving it off keeps the app's files unreadable from any other origin.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** True for a URL of our own app origin (verso://app). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The answer to one verso:// request: a renderer file with the security headers, or an error. */
export async function appProtocolResponse(url: string, method: string, rendererDir: string): Promise<Response> {
  if (method !== 'GET' && method !== 'HEAD') return textResponse(405, 'Method not allowed');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return textResponse(400, 'Bad URL');
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return textResponse(404, 'Not found');
  const file = await readRendererFile(rendererDir, parsed.pathname);
  if (!file) return textResponse(404, 'Not found');
  const headers = { ...SECURITY_HEADERS, 'Content-Type': file.contentType };
  return new Response(method === 'HEAD' ? null : new Uint8Array(file.body), { status: 200, headers });
}

export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appProtocolResponse(request.url, request.method, rendererDir));
}

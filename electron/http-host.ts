// Browser mode (DESIGN.md §2): the built renderer and the ReviewApi over HTTP on 127.0.0.1 only.
// Every API call needs the per-run token; requests naming a foreign Host (DNS rebinding) or
// carrying a foreign Origin are refused; no CORS headers are ever sent.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiArgumentError, isReviewApiMethod, parseApiArgs, type ReviewHandlers } from '../shared/api.js';
import { SECURITY_HEADERS } from './security.js';
import { readRendererFile } from './static-files.js';

export const TOKEN_HEADER = 'x-verso-token';
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface HttpHostOptions {
  service: ReviewHandlers;
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed token, for tests; a random one is made per run otherwise. */
  token?: string;
}

export interface HttpHost {
  /** The address to open, token included: http://127.0.0.1:<port>/?token=<token> */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Compares digests so that neither the length nor the content leaks through timing. */
function tokenMatches(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const digest = (text: string): Buffer => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: string, contentType: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function sendError(res: ServerResponse, error: HttpError): void {
  sendJson(res, error.status, { error: error.message, code: error.code });
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Host must name this server itself; anything else is a rebinding attempt or a mistake. */
function checkHostAndOrigin(req: IncomingMessage, port: number): void {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = headerValue(req, 'host');
  if (!host || !allowedHosts.includes(host.toLowerCase())) {
    throw new HttpError(403, 'foreign-host', `Refused: Host "${host ?? ''}" is not this Verso server. Open http://127.0.0.1:${port}/ instead.`);
  }
  const origin = headerValue(req, 'origin');
  if (origin !== undefined && origin !== `http://${host.toLowerCase()}`) {
    throw new HttpError(403, 'foreign-origin', `Refused: requests from ${origin} may not use this Verso server.`);
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(headerValue(req, 'content-length') ?? '0');
    if (declared > MAX_BODY_BYTES) {
      reject(new HttpError(413, 'too-large', 'Request body is larger than 10 MB.'));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size > MAX_BODY_BYTES) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new HttpError(413, 'too-large', 'Request body is larger than 10 MB.'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handleApi(req: IncomingMessage, res: ServerResponse, name: string, service: ReviewHandlers, token: string): Promise<void> {
  if (req.method !== 'POST') throw new HttpError(405, 'method-not-allowed', `Use POST for /api/${name}.`);
  if (!tokenMatches(headerValue(req, TOKEN_HEADER), token)) {
    throw new HttpError(401, 'bad-token', 'Missing or wrong access token. Open the URL that `verso serve` printed, including its ?token=… part.');
  }
  if (!isReviewApiMethod(name)) throw new HttpError(404, 'unknown-method', `Unknown API method "${name}".`);
  const text = await readBody(req);
  let body: unknown;
  try {
    body = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    throw new HttpError(400, 'bad-json', `Bad arguments for ${name}: the request body is not JSON.`);
  }
  let args;
  try {
    args = parseApiArgs(name, body);
  } catch (error) {
    throw new HttpError(400, 'bad-arguments', error instanceof Error ? error.message : String(error));
  }
  let result: unknown;
  try {
    const handler = service[name] as (parsed: unknown) => Promise<unknown>;
    result = await handler.call(service, args);
  } catch (error) {
    if (error instanceof ApiArgumentError) throw new HttpError(400, error.code, error.message);
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: unknown }).code;
    throw new HttpError(500, typeof code === 'string' ? code : 'service-error', message);
  }
  sendJson(res, 200, result ?? null);
}

async function handleStatic(req: IncomingMessage, res: ServerResponse, pathname: string, rendererDir: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'method-not-allowed', 'Only GET is allowed here.');
  const file = await readRendererFile(rendererDir, pathname);
  if (!file) throw new HttpError(404, 'not-found', `Not found: ${pathname}`);
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.contentType, 'Content-Length': file.body.length });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}

export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? newToken();
  let port = 0;
  const server = createServer((req, res) => {
    void (async () => {
      try {
        checkHostAndOrigin(req, port);
        if (req.method === 'OPTIONS') throw new HttpError(405, 'method-not-allowed', 'Cross-origin requests are not supported.');
        const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
        if (pathname.startsWith('/api/')) await handleApi(req, res, pathname.slice('/api/'.length), options.service, token);
        else await handleStatic(req, res, pathname, options.rendererDir);
      } catch (error) {
        const httpError = error instanceof HttpError ? error : new HttpError(500, 'server-error', error instanceof Error ? error.message : String(error));
        if (res.headersSent) {
          res.destroy();
          return;
        }
        // An oversized body is still arriving: answer, then drop the connection instead of reading it.
        if (httpError.status === 413) {
          res.setHeader('Connection', 'close');
          res.once('finish', () => req.destroy());
        }
        sendError(res, httpError);
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

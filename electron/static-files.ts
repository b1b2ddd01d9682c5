// Maps a URL path to a file of the built renderer (dist/renderer), for both hosts. Anything that
// could leave the renderer folder (`..`, encoded separators, NUL) is refused, never normalised.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const MIME_TYPES: Readonly<Record<string, string>> = {
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
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The absolute file a URL pathname names inside rendererDir, or null when the path is not one we
 * serve. `/` is index.html.
 */
export function resolveRendererPath(rendererDir: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const parts = decoded.split('/').filter((part) => part !== '');
  if (parts.some((part) => part === '..' || part === '.' || part.includes(':'))) return null;
  if (parts.length === 0) parts.push('index.html');
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, ...parts);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** Reads a renderer file for a URL pathname, or null when there is no such file to serve. */
export async function readRendererFile(rendererDir: string, urlPathname: string): Promise<StaticFile | null> {
  const file = resolveRendererPath(rendererDir, urlPathname);
  if (!file) return null;
  try {
    const info = await stat(file);
    if (!info.isFile()) return null;
    return { body: await readFile(file), contentType: mimeTypeFor(file) };
  } catch {
    return null;
  }
}

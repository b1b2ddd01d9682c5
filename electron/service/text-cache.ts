// Decoded document texts, read again only when the file's modification time or size changed, so
// aligning, loading reviews and exporting do not re-read and re-decode every document each time.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { decodeDocument, type DecodeResult } from './decode.js';

interface CachedText {
  mtimeMs: number;
  size: number;
  result: DecodeResult;
  hash: string | null;
}

export interface DocumentText {
  text: string;
  /** `sha256:` + hex digest of the decoded text, as sidecars record it. */
  hash: string;
}

/**
 * The hash a sidecar records for the text its comments were made against. Line endings are
 * normalised first: the same document checked out with CRLF on one reviewer's machine and LF on
 * another's (git's autocrlf) is the same text, and must not make every sidecar look out of date
 * and be rewritten back and forth.
 */
export function textHash(text: string): string {
  return `sha256:${createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('hex')}`;
}

export class TextCache {
  private readonly entries = new Map<string, CachedText>();

  /** The decoded text of `file`, or the reason it cannot be read as text. */
  async read(file: string): Promise<{ ok: true; value: DocumentText } | { ok: false; message: string }> {
    const info = await stat(file);
    let entry = this.entries.get(file);
    if (!entry || entry.mtimeMs !== info.mtimeMs || entry.size !== info.size) {
      const result = decodeDocument(await readFile(file), basename(file));
      entry = { mtimeMs: info.mtimeMs, size: info.size, result, hash: null };
      this.entries.set(file, entry);
    }
    if (!entry.result.ok) return { ok: false, message: `${entry.result.message} (${file})` };
    entry.hash ??= textHash(entry.result.text);
    return { ok: true, value: { text: entry.result.text, hash: entry.hash } };
  }
}

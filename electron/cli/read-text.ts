// Reads a text file as the reviewer's documents are read: UTF-8 or UTF-16 by byte-order mark,
// BOM removed, line endings untouched (DESIGN.md §4 offsets count in this text).
import { readFile } from 'node:fs/promises';

export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes);
  } catch {
    throw new Error(`${fileName}: the file is not valid UTF-8 text. Save it as UTF-8 (or UTF-16 with a byte-order mark) and try again.`);
  }
}

export async function readTextFile(filePath: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`${filePath}: no such file. Check the path.`);
    if (code === 'EISDIR') throw new Error(`${filePath}: is a folder, not a file.`);
    throw new Error(`${filePath}: cannot be read (${error instanceof Error ? error.message : String(error)}).`);
  }
  return decodeText(bytes, filePath);
}

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText, readTextFile } from '../../../../electron/cli/read-text.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'verso-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading documents for the CLI', () => {
  it('strips a UTF-8 BOM and keeps line endings', async () => {
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('One.\r\nTwo.\r\n')]));
    expect(await readTextFile(file)).toBe('One.\r\nTwo.\r\n');
  });

  it('decodes UTF-16 by its byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ünï', 'utf16le')]);
    expect(decodeText(le, 'le.txt')).toBe('Ünï');
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'be.txt')).toBe('Ünï');
  });

  it('names the file and what to do when it is not text or not there', async () => {
    expect(() => decodeText(Buffer.from([0x66, 0xff, 0x66]), 'bad.txt')).toThrow(/^bad\.txt: the file is not valid UTF-8 text\. Save it as UTF-8/);
    await expect(readTextFile(path.join(dir, 'missing.txt'))).rejects.toThrow(/missing\.txt: no such file/);
    await expect(readTextFile(dir)).rejects.toThrow(/is a folder/);
  });
});

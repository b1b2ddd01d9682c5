// A save that fails says which file, why in the reviewer's words, and what to do — never the name
// of a hidden temporary file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unwritable, writeFileAtomic } from '../../../../electron/service/atomic-file.js';

const errno = (code: string) => Object.assign(new Error(`${code}: some system message, open '/x/.guide.de.md.review.json.4242.9f3a.tmp'`), { code });

describe('a save that cannot be written', () => {
  it('explains the common causes with what to do', () => {
    const file = path.join('/shared/review', 'guide.de.md.review.json');
    expect(unwritable(file, errno('EACCES')).message).toBe('Cannot save guide.de.md.review.json: the folder /shared/review is not writable for you. Copy the set to a folder you can write to, or ask for write access.');
    expect(unwritable(file, errno('EROFS')).message).toMatch(/read-only drive\. Copy the set to a writable drive\.$/);
    expect(unwritable(file, errno('ENOSPC')).message).toMatch(/drive holding \/shared\/review is full/);
    for (const code of ['EACCES', 'EPERM', 'EROFS', 'ENOSPC']) expect(unwritable(file, errno(code)).message).not.toMatch(/\.tmp/);
  });

  it('names the file when the folder is not a folder', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-unwritable-'));
    fs.writeFileSync(path.join(dir, 'not-a-folder'), '');
    await expect(writeFileAtomic(path.join(dir, 'not-a-folder', 'guide.de.md.review.json'), '{}')).rejects.toThrow(/^Cannot save guide\.de\.md\.review\.json: .*Check that .*not-a-folder is writable and save again\.$/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SettingsStore } from '../../../../electron/service/settings-store.js';
import { fixedNow } from './service-fixture.js';
import { tempFolder } from './temp-folders.js';

describe('SettingsStore', () => {
  it('starts with defaults and persists changes across runs', async () => {
    const dir = join(await tempFolder(), 'user');
    const store = new SettingsStore(dir, fixedNow);
    expect(await store.getSettings()).toEqual({ reviewerName: '', lastSet: null, windowBounds: null });
    await store.updateSettings({ reviewerName: 'Ana', windowBounds: { width: 1200, height: 800 } });
    const again = new SettingsStore(dir, fixedNow);
    expect(await again.getSettings()).toEqual({ reviewerName: 'Ana', lastSet: null, windowBounds: { width: 1200, height: 800 } });
    expect(await readFile(join(dir, 'settings.json'), 'utf8')).toMatch(/^\{\n {2}"reviewerName": "Ana",\n/);
  });

  it('keeps up to 10 recent sets, newest first, each once', async () => {
    const dir = await tempFolder();
    const store = new SettingsStore(dir, fixedNow);
    for (let i = 0; i < 12; i++) await store.recordOpened(`/sets/${i}`, `set ${i}`);
    await store.recordOpened('/sets/5', 'set 5');
    const recent = await new SettingsStore(dir, fixedNow).recentSets();
    expect(recent.map((r) => r.path)).toEqual(['/sets/5', '/sets/11', '/sets/10', '/sets/9', '/sets/8', '/sets/7', '/sets/6', '/sets/4', '/sets/3', '/sets/2']);
    expect((await new SettingsStore(dir, fixedNow).getSettings()).lastSet).toBe('/sets/5');
  });

  it('sets a corrupt settings file aside, warns, and uses defaults', async () => {
    const dir = await tempFolder();
    await writeFile(join(dir, 'settings.json'), '{"reviewerName": "Ana",');
    await writeFile(join(dir, 'recent.json'), '{"not": "a list"}');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const store = new SettingsStore(dir, fixedNow);
      expect(await store.getSettings()).toEqual({ reviewerName: '', lastSet: null, windowBounds: null });
      expect(await store.recentSets()).toEqual([]);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/settings\.json does not parse .*line 1, column 24.*moved to .*settings\.json\.corrupt-2025-03-04T05-06-07-000Z/));
    } finally {
      warn.mockRestore();
    }
    const names = await readdir(dir);
    expect(names.sort()).toEqual(['recent.json.corrupt-2025-03-04T05-06-07-000Z', 'settings.json.corrupt-2025-03-04T05-06-07-000Z']);
    expect(await readFile(join(dir, 'settings.json.corrupt-2025-03-04T05-06-07-000Z'), 'utf8')).toBe('{"reviewerName": "Ana",');
  });
});

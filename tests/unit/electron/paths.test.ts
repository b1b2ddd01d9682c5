import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appLayout, defaultUserDataDir } from '../../../electron/paths.js';
import { findElectronBinary, noElectronMessage } from '../../../electron/electron-binary.js';

describe('defaultUserDataDir', () => {
  it('prefers VERSO_USER_DATA, then XDG_CONFIG_HOME, then ~/.config', () => {
    expect(defaultUserDataDir({ VERSO_USER_DATA: '/tmp/verso-data', XDG_CONFIG_HOME: '/x' }, '/home/ana')).toBe('/tmp/verso-data');
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe(path.join('/cfg', 'verso'));
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: 'relative' }, '/home/ana')).toBe(path.join('/home/ana', '.config', 'verso'));
    expect(defaultUserDataDir({}, '/home/ana')).toBe(path.join('/home/ana', '.config', 'verso'));
  });
});

describe('appLayout', () => {
  it('finds the renderer, samples and Electron entry under the root', () => {
    expect(appLayout('/repo')).toEqual({
      root: '/repo',
      rendererDir: path.join('/repo', 'dist', 'renderer'),
      samplesDir: path.join('/repo', 'samples'),
      defaultSet: path.join('/repo', 'samples', 'article'),
      electronMain: path.join('/repo', 'dist', 'electron', 'main.cjs'),
      alignWorker: path.join('/repo', 'dist', 'align-worker.cjs'),
    });
  });
  it('loads the alignment worker from outside app.asar in a packaged app', () => {
    const root = path.join('/opt', 'Verso', 'resources', 'app.asar');
    expect(appLayout(root).alignWorker).toBe(path.join('/opt', 'Verso', 'resources', 'app.asar.unpacked', 'dist', 'align-worker.cjs'));
  });
});

describe('Electron binary', () => {
  it('reports a missing electron package as not found, with the reason', () => {
    const result = findElectronBinary(path.join(path.sep, 'no-such-dir', 'package.json'));
    expect(result.found).toBe(false);
    expect(!result.found && result.reason).toBe('the "electron" npm package is not installed');
  });

  it('says what is missing, how to get it, and how to review in the browser instead', () => {
    const message = noElectronMessage('node_modules/electron/dist/electron does not exist', 'my sets/guide');
    expect(message).toContain('no Electron binary is installed');
    expect(message).toContain('does not exist');
    expect(message).toContain('npm install electron');
    expect(message).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(message).toContain('npm run serve -- "my sets/guide"');
    expect(message).toContain('npx verso serve "my sets/guide"');
    expect(noElectronMessage('x')).toContain('  npm run serve    (in the Verso folder)');
  });
});

import { describe, expect, it } from 'vitest';
import { setFromArgv } from '../../../electron/launch-args.js';

describe('setFromArgv', () => {
  it('skips the app path in development and Chromium switches everywhere', () => {
    expect(setFromArgv(['/bin/electron', '--inspect=0', '/app/dist/electron/main.cjs', '/sets/guide'], false, '/')).toBe('/sets/guide');
    expect(setFromArgv(['/bin/electron', '.'], false, '/')).toBeNull();
    expect(setFromArgv(['/opt/Verso/verso', 'sets/guide'], true, '/home/ana')).toBe('/home/ana/sets/guide');
    expect(setFromArgv(['/opt/Verso/verso', '--no-sandbox'], true, '/')).toBeNull();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { reviewApiMethods } from '../../../shared/api.js';

// The preload runs in a sandboxed renderer; here its two Electron objects are small recorders.
const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const invocations: { channel: string; args: unknown }[] = [];
  const replies = new Map<string, unknown>();
  return {
    exposed,
    invocations,
    replies,
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
    ipcRenderer: {
      invoke: async (channel: string, args: unknown) => {
        invocations.push({ channel, args });
        return replies.get(channel) ?? { ok: true, value: null };
      },
    },
  };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

await import('../../../electron/preload.js');

type Api = Record<string, (args?: unknown) => Promise<unknown>>;

describe('preload', () => {
  const api = electron.exposed.get('verso') as Api;

  it('exposes only window.verso, with exactly the ReviewApi method names, all functions', () => {
    expect([...electron.exposed.keys()]).toEqual(['verso']);
    expect(Object.keys(api).sort()).toEqual([...reviewApiMethods].sort());
    for (const method of reviewApiMethods) expect(typeof api[method]).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('invokes verso:<method> with the one argument and returns the value', async () => {
    electron.replies.set('verso:getSettings', { ok: true, value: { reviewerName: 'Ana' } });
    await expect(api.getSettings?.({})).resolves.toEqual({ reviewerName: 'Ana' });
    await api.recentSets?.();
    expect(electron.invocations.slice(-2)).toEqual([
      { channel: 'verso:getSettings', args: {} },
      { channel: 'verso:recentSets', args: {} },
    ]);
  });

  it('rejects with the plain message a failed call carries', async () => {
    electron.replies.set('verso:openSet', { ok: false, error: '/x: no such folder.', code: 'not-found' });
    await expect(api.openSet?.({ path: '/x' })).rejects.toThrow(/^\/x: no such folder\.$/);
  });
});

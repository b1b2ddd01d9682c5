import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { reviewApiMethods } from '../../../shared/api.js';

// main.ts only connects modules tested on their own; this checks the connections, with the few
// Electron objects it touches replaced by recorders (no Electron binary here).
const recorded = vi.hoisted(() => {
  const state = {
    events: [] as string[],
    schemes: [] as unknown[],
    protocolHandler: null as null | ((request: { url: string; method: string }) => Promise<Response>),
    channels: new Map<string, (event: unknown, args: unknown) => Promise<unknown>>(),
    windows: [] as { options: Record<string, unknown>; loaded: string[]; listeners: Map<string, (...args: unknown[]) => void> }[],
    menus: [] as unknown[],
    ready: null as null | (() => void),
    userData: '',
  };
  return state;
});

vi.mock('electron', () => {
  const contents = () => ({
    on: () => undefined,
    setWindowOpenHandler: () => undefined,
    reload: () => recorded.events.push('reload'),
    session: { setPermissionRequestHandler: () => undefined, setPermissionCheckHandler: () => undefined },
  });
  class BrowserWindow {
    webContents = contents();
    record = { options: {} as Record<string, unknown>, loaded: [] as string[], listeners: new Map<string, (...args: unknown[]) => void>() };
    constructor(options: Record<string, unknown>) {
      this.record.options = options;
      recorded.windows.push(this.record);
    }
    once(event: string, listener: () => void) {
      this.record.listeners.set(event, listener);
    }
    on(event: string, listener: () => void) {
      this.record.listeners.set(event, listener);
    }
    isDestroyed() {
      return false;
    }
    async loadURL(url: string) {
      this.record.loaded.push(url);
    }
  }
  return {
    app: {
      isPackaged: false,
      setPath: (_name: string, value: string) => (recorded.userData = value),
      getPath: () => recorded.userData,
      on: (event: string) => recorded.events.push(`app.on ${event}`),
      whenReady: () => new Promise<void>((resolve) => (recorded.ready = resolve)),
      quit: () => recorded.events.push('quit'),
      exit: (code: number) => recorded.events.push(`exit ${code}`),
    },
    BrowserWindow,
    dialog: { showErrorBox: (title: string, text: string) => recorded.events.push(`error ${title}: ${text}`) },
    ipcMain: { handle: (channel: string, handler: (event: unknown, args: unknown) => Promise<unknown>) => recorded.channels.set(channel, handler) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => recorded.menus.push(menu) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => {
        recorded.schemes.push(schemes);
        recorded.events.push(recorded.ready ? 'scheme after ready was requested' : 'scheme');
      },
      handle: (_scheme: string, handler: (request: { url: string; method: string }) => Promise<Response>) => (recorded.protocolHandler = handler),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  };
});

const userData = mkdtempSync(path.join(os.tmpdir(), 'verso-main-'));
afterAll(() => {
  delete process.env.VERSO_USER_DATA;
  rmSync(userData, { recursive: true, force: true });
});

describe('main.ts', () => {
  it('registers the scheme before ready, then opens one secure window on verso://app with every API channel', async () => {
    process.env.VERSO_USER_DATA = userData;
    await import('../../../electron/main.js');
    expect(recorded.events[0]).toBe('scheme');
    expect(recorded.userData).toBe(userData);
    recorded.ready?.();
    await vi.waitFor(() => expect(recorded.windows[0]?.loaded).toEqual(['verso://app/index.html']));
    const window = recorded.windows[0];
    expect(window?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(String((window?.options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/);
    expect([...recorded.channels.keys()].sort()).toEqual(reviewApiMethods.map((m) => `verso:${m}`).sort());
    expect(recorded.protocolHandler).not.toBeNull();
    expect(recorded.menus.length).toBeGreaterThan(0);
    expect(recorded.events).toContain('app.on window-all-closed');
  });

  it("answers the renderer's calls through the real ReviewService", async () => {
    const frame = { url: 'verso://app/index.html', parent: null };
    const event = { senderFrame: frame, sender: { mainFrame: frame } };
    const startup = (await recorded.channels.get('verso:getStartup')?.(event, {})) as { ok: boolean; value: { host: string } };
    expect(startup).toMatchObject({ ok: true, value: { host: 'electron' } });
    const before = recorded.menus.length;
    const opened = (await recorded.channels.get('verso:openSet')?.(event, { path: path.resolve('samples/article') })) as { ok: boolean };
    expect(opened.ok).toBe(true);
    // Opening a set refreshes the menu (Export becomes available, Open Recent lists it).
    await vi.waitFor(() => expect(recorded.menus.length).toBeGreaterThan(before));
  });
});

import { describe, expect, it, vi } from 'vitest';
import { reviewApiMethods } from '../../../shared/api.js';
import { createApiHandler, isTrustedSender, registerReviewApi, type SenderEvent } from '../../../electron/ipc.js';
import { apiChannel } from '../../../electron/ipc-channel.js';
import { reviewHandlersDouble } from './review-handlers-double.js';

// ipc.ts also wires Electron's own ipcMain; in these tests that is a recorder of channels.
const electron = vi.hoisted(() => ({ channels: [] as string[] }));
vi.mock('electron', () => ({ ipcMain: { handle: (channel: string) => electron.channels.push(channel) } }));

function frame(url: string, parent: unknown = null): { url: string; parent: unknown } {
  return { url, parent };
}

function mainFrameEvent(url = 'verso://app/index.html'): SenderEvent {
  const main = frame(url);
  return { senderFrame: main, sender: { mainFrame: main } };
}

describe('isTrustedSender', () => {
  it('accepts our own main frame on verso://app', () => {
    expect(isTrustedSender(mainFrameEvent())).toBe(true);
  });

  it('rejects another origin, a subframe and a destroyed frame', () => {
    expect(isTrustedSender(mainFrameEvent('https://example.com/'))).toBe(false);
    expect(isTrustedSender(mainFrameEvent('verso://other/index.html'))).toBe(false);
    expect(isTrustedSender(mainFrameEvent('file:///index.html'))).toBe(false);
    const main = frame('verso://app/index.html');
    const sub = frame('verso://app/index.html', main);
    expect(isTrustedSender({ senderFrame: sub, sender: { mainFrame: main } })).toBe(false);
    // A frame object that claims to be top-level but is not the window's main frame.
    expect(isTrustedSender({ senderFrame: frame('verso://app/index.html'), sender: { mainFrame: main } })).toBe(false);
    expect(isTrustedSender({ senderFrame: null, sender: { mainFrame: main } })).toBe(false);
  });
});

describe('createApiHandler', () => {
  it('refuses a foreign sender without calling the service', async () => {
    const { handlers, calls } = reviewHandlersDouble();
    const handler = createApiHandler('getSettings', handlers, isTrustedSender);
    await expect(handler(mainFrameEvent('https://evil.example/'), {})).rejects.toThrow(/did not come from Verso's own window/);
    expect(calls).toEqual([]);
  });

  it('answers a bad payload with a readable error and does not call the service', async () => {
    const { handlers, calls } = reviewHandlersDouble();
    const handler = createApiHandler('openSet', handlers, isTrustedSender);
    const reply = await handler(mainFrameEvent(), { path: 42 });
    expect(reply).toMatchObject({ ok: false, code: 'bad-arguments' });
    expect(reply.ok === false && reply.error).toMatch(/^Bad arguments for openSet: path:/);
    expect(calls).toEqual([]);
  });

  it('passes parsed arguments to the service and returns its result', async () => {
    const { handlers, calls } = reviewHandlersDouble();
    const handler = createApiHandler('updateSettings', handlers, isTrustedSender);
    const reply = await handler(mainFrameEvent(), { reviewerName: 'Bea' });
    expect(reply).toEqual({ ok: true, value: { reviewerName: 'Bea', lastSet: null, windowBounds: null } });
    expect(calls).toEqual([{ method: 'updateSettings', args: { reviewerName: 'Bea' } }]);
  });

  it('turns a missing argument into {} for methods without arguments', async () => {
    const { handlers } = reviewHandlersDouble();
    const reply = await createApiHandler('recentSets', handlers, isTrustedSender)(mainFrameEvent(), undefined);
    expect(reply.ok).toBe(true);
  });

  it("carries the service's message and code for the reviewer, without Electron's prefix", async () => {
    const { handlers } = reviewHandlersDouble();
    const reply = await createApiHandler('openSet', handlers, isTrustedSender)(mainFrameEvent(), { path: '/nowhere' });
    expect(reply).toEqual({ ok: false, error: '/nowhere: no such folder. Check the path.', code: 'not-found' });
  });
});

describe('registerReviewApi', () => {
  it('registers one verso:<method> channel per ReviewApi method', async () => {
    const channels = new Map<string, (event: SenderEvent, args: unknown) => Promise<unknown>>();
    const { handlers } = reviewHandlersDouble();
    registerReviewApi({ handle: (channel, listener) => channels.set(channel, listener as never) }, handlers);
    expect([...channels.keys()].sort()).toEqual(reviewApiMethods.map(apiChannel).sort());
    const getStartup = channels.get('verso:getStartup');
    await expect(getStartup?.(mainFrameEvent(), {})).resolves.toMatchObject({ ok: true, value: { host: 'browser' } });
    await expect(getStartup?.(mainFrameEvent('https://x.example/'), {})).rejects.toThrow();
  });
});

describe('listenForReviewApi', () => {
  it("registers every channel on Electron's ipcMain", async () => {
    const { listenForReviewApi } = await import('../../../electron/ipc.js');
    listenForReviewApi(reviewHandlersDouble().handlers);
    expect(electron.channels.sort()).toEqual(reviewApiMethods.map(apiChannel).sort());
  });
});

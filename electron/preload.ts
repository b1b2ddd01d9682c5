// Runs in the sandboxed preload: exposes window.verso with exactly the ReviewApi method names,
// each an async function taking one plain argument. No ipcRenderer, no events, nothing raw.
import { contextBridge, ipcRenderer } from 'electron';
import type { ContextBridge, IpcRenderer } from 'electron';
import { apiChannel, exposedMethods, type IpcReply } from './ipc-channel.js';

export function exposeReviewApi(bridge: Pick<ContextBridge, 'exposeInMainWorld'>, renderer: Pick<IpcRenderer, 'invoke'>): void {
  const api: Record<string, (args?: unknown) => Promise<unknown>> = {};
  for (const method of exposedMethods) {
    const channel = apiChannel(method);
    api[method] = async (args?: unknown) => {
      const reply = (await renderer.invoke(channel, args ?? {})) as IpcReply;
      if (reply.ok) return reply.value;
      throw new Error(reply.error);
    };
  }
  bridge.exposeInMainWorld('verso', Object.freeze(api));
}

exposeReviewApi(contextBridge, ipcRenderer);

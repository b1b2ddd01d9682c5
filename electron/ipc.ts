// Registers every ReviewApi method on its own IPC channel. Each call is checked twice before it
// reaches ReviewService: the sender must be our own main frame on verso://app, and the arguments
// must parse with the method's schema from shared/api.ts.
import { ipcMain, type IpcMain, type IpcMainInvokeEvent } from 'electron';
import { ApiArgumentError, parseApiArgs, reviewApiMethods, type ReviewApiMethod, type ReviewHandlers } from '../shared/api.js';
import { apiChannel, type IpcReply } from './ipc-channel.js';
import { isAppUrl } from './protocol.js';

/** The parts of an invoke event the sender check reads. */
export interface SenderEvent {
  senderFrame: { url: string; parent: unknown } | null;
  sender: { mainFrame: unknown };
}

export type SenderCheck = (event: SenderEvent) => boolean;

/** True only for the main frame of one of our windows showing the app origin (verso://app). */
export function isTrustedSender(event: SenderEvent): boolean {
  const frame = event.senderFrame;
  // senderFrame is null when the frame navigated away or was destroyed before the call arrived.
  if (!frame) return false;
  if (frame !== event.sender.mainFrame || frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

export class UntrustedSenderError extends Error {
  readonly code = 'untrusted-sender';
}

function failure(error: unknown): IpcReply {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? { ok: false, error: error.message, code } : { ok: false, error: error.message };
  }
  return { ok: false, error: String(error) };
}

/** The handler for one method: guard, parse, call, and wrap the outcome as an IpcReply. */
export function createApiHandler<M extends ReviewApiMethod>(
  method: M,
  service: Pick<ReviewHandlers, M>,
  isTrusted: SenderCheck,
): (event: SenderEvent, args: unknown) => Promise<IpcReply> {
  return async (event, args) => {
    // An untrusted sender gets no answer it could learn from: the call is refused outright.
    if (!isTrusted(event)) throw new UntrustedSenderError(`Refused ${method}: the call did not come from Verso's own window.`);
    let parsed;
    try {
      parsed = parseApiArgs(method, args);
    } catch (error) {
      return failure(error instanceof ApiArgumentError ? error : new ApiArgumentError(String(error)));
    }
    try {
      const handler = service[method] as (parsed: unknown) => Promise<unknown>;
      return { ok: true, value: await handler.call(service, parsed) };
    } catch (error) {
      return failure(error);
    }
  };
}

export function registerReviewApi(
  ipcMain: Pick<IpcMain, 'handle'>,
  service: ReviewHandlers,
  isTrusted: SenderCheck = isTrustedSender,
): void {
  for (const method of reviewApiMethods) {
    const handler = createApiHandler(method, service, isTrusted);
    ipcMain.handle(apiChannel(method), (event: IpcMainInvokeEvent, args: unknown) => handler(event, args));
  }
}

/** Registers the ReviewApi on Electron's own ipcMain (main.ts may not touch ipcMain itself). */
export function listenForReviewApi(service: ReviewHandlers): void {
  registerReviewApi(ipcMain, service, isTrustedSender);
}

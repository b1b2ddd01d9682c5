// The one BrowserWindow factory and the guards every web contents gets (Electron's security
// checklist): isolated, sandboxed, no Node, no navigation away from the app, no new windows, no
// permissions, no <webview>.
import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle, Session } from 'electron';
import { isAppUrl } from './protocol.js';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 640, height: 400 } as const;

export function mainWindowOptions(bounds: WindowBounds | null, preloadPath: string): BrowserWindowConstructorOptions {
  const size = bounds ?? DEFAULT_WINDOW_SIZE;
  const options: BrowserWindowConstructorOptions = {
    width: Math.max(size.width, MIN_WINDOW_SIZE.width),
    height: Math.max(size.height, MIN_WINDOW_SIZE.height),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Verso',
    show: false,
    backgroundColor: '#1e1e1e',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  };
  if (bounds?.x !== undefined && bounds.y !== undefined) {
    options.x = bounds.x;
    options.y = bounds.y;
  }
  return options;
}

/**
 * Drops a remembered position that no longer lies on any display (a monitor was unplugged), so
 * the window never opens out of reach.
 */
export function boundsOnScreen(bounds: WindowBounds | null, workAreas: Rectangle[]): WindowBounds | null {
  if (!bounds) return null;
  const { x, y } = bounds;
  if (x === undefined || y === undefined) return { width: bounds.width, height: bounds.height };
  const visible = workAreas.some((area) => x + 50 > area.x && x < area.x + area.width - 50 && y >= area.y - 10 && y < area.y + area.height - 50);
  return visible ? bounds : { width: bounds.width, height: bounds.height };
}

interface PreventableEvent {
  preventDefault(): void;
}

/** The parts of WebContents the guards use. */
export interface GuardableContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** Keeps a web contents on the app: navigation elsewhere, redirects, new windows and webviews are refused. */
export function guardWebContents(contents: GuardableContents): void {
  const stayOnApp = (event: PreventableEvent, url: string): void => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayOnApp);
  contents.on('will-redirect', stayOnApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Verso needs no camera, notifications, clipboard-read or any other permission: all are refused. */
export function denyAllPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export interface MainWindowOptions {
  bounds: WindowBounds | null;
  preloadPath: string;
}

export function createMainWindow(electron: { BrowserWindow: typeof BrowserWindow }, options: MainWindowOptions): BrowserWindow {
  const window = new electron.BrowserWindow(mainWindowOptions(options.bounds, options.preloadPath));
  guardWebContents(window.webContents);
  denyAllPermissions(window.webContents.session);
  window.once('ready-to-show', () => window.show());
  return window;
}

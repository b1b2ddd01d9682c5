// Electron main process: wires the secure window, the verso:// protocol, the IPC bridge and the
// menu to ReviewService. The logic lives in the modules it imports; this file only connects them.
import { app, BrowserWindow, dialog, Menu, protocol, screen } from 'electron';
import path from 'node:path';
import type { DocumentSet } from '../shared/model.js';
import { trackOpenedSet } from './current-set.js';
import { listenForReviewApi } from './ipc.js';
import { setFromArgv } from './launch-args.js';
import { createMenuActions } from './menu-actions.js';
import { menuTemplate } from './menu.js';
import { appLayout } from './paths.js';
import { APP_ENTRY_URL, handleAppProtocol, registerAppScheme } from './protocol.js';
import { ReviewService } from './service/review-service.js';
import { boundsOnScreen, createMainWindow } from './window.js';
import { rememberWindowBounds } from './window-state.js';

// dist/electron/main.cjs sits two folders below the app's root (the checkout, or app.asar).
const layout = appLayout(path.resolve(__dirname, '..', '..'));
const samplesDir = app.isPackaged ? path.join(process.resourcesPath, 'samples') : layout.samplesDir;

// Lets tests and portable setups keep settings out of the user's profile.
if (process.env.VERSO_USER_DATA) app.setPath('userData', path.resolve(process.env.VERSO_USER_DATA));

registerAppScheme(protocol);

/** The service whose pending writes quitting waits for, once started. */
const quitting: { service: ReviewService | null } = { service: null };

async function start(): Promise<void> {
  const service = new ReviewService({
    userDataDir: app.getPath('userData'),
    host: 'electron',
    initialSet: setFromArgv(process.argv, app.isPackaged, process.cwd()),
    samplesDir,
    alignWorkerFile: layout.alignWorker,
  });
  quitting.service = service;
  handleAppProtocol(protocol, layout.rendererDir);

  let currentSet: DocumentSet | null = null;
  const settings = await service.getSettings({});
  const displays = screen.getAllDisplays().map((display) => display.workArea);
  const window = createMainWindow({ BrowserWindow }, { bounds: boundsOnScreen(settings.windowBounds, displays), preloadPath: path.join(__dirname, 'preload.cjs') });
  rememberWindowBounds(window, (windowBounds) => service.updateSettings({ windowBounds }));

  const actions = createMenuActions({
    dialog,
    window: () => (window.isDestroyed() ? null : window),
    service,
    currentSet: () => currentSet,
    reload: () => {
      currentSet = null;
      void refreshMenu();
      window.webContents.reload();
    },
    quit: () => app.quit(),
  });
  const refreshMenu = async (): Promise<void> => {
    const recent = await service.recentSets({});
    const context = { platform: process.platform, recent, hasSet: currentSet !== null, developer: !app.isPackaged };
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(actions, context)));
  };

  listenForReviewApi(
    trackOpenedSet(service, (set) => {
      currentSet = set;
      void refreshMenu();
    }),
  );
  await refreshMenu();
  await window.loadURL(APP_ENTRY_URL);
}

app.on('window-all-closed', () => app.quit());

// Quitting waits for the sidecar writes still queued (a comment saved a moment before), then quits
// for real; `flushed` keeps the second before-quit from waiting again.
let flushed = false;
app.on('before-quit', (event) => {
  if (flushed || !quitting.service) return;
  event.preventDefault();
  const service = quitting.service;
  void service
    .flush()
    .catch((error: unknown) => console.error(`Verso: a comment could not be saved while quitting: ${error instanceof Error ? error.message : String(error)}`))
    .finally(() => {
      flushed = true;
      app.quit();
    });
});

app.whenReady().then(start).catch((error: unknown) => {
  dialog.showErrorBox('Verso could not start', error instanceof Error ? (error.stack ?? error.message) : String(error));
  app.exit(1);
});

// The native menu: File (Open Set…, Open Manifest…, Open Recent, Export Review Notes…, Quit),
// plus the standard Edit/View/Window roles so copy, paste and zoom work in the panes.
import type { MenuItemConstructorOptions } from 'electron';
import type { RecentSet } from '../shared/api.js';

export interface MenuActions {
  openSetFolder(): void;
  openManifest(): void;
  openRecent(path: string): void;
  exportNotes(): void;
  quit(): void;
}

export interface MenuContext {
  platform: NodeJS.Platform;
  recent: RecentSet[];
  /** Whether a set is open, so Export can be offered. */
  hasSet: boolean;
  /** Development build: offers the developer tools. */
  developer: boolean;
}

export const MAX_RECENT_IN_MENU = 10;

function recentItems(actions: MenuActions, recent: RecentSet[]): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: 'No Recent Sets', enabled: false }];
  return recent.slice(0, MAX_RECENT_IN_MENU).map((entry) => ({
    // `&` would be read as an accelerator marker on Windows and Linux.
    label: `${entry.name.replace(/&/g, '&&')} — ${entry.path.replace(/&/g, '&&')}`,
    click: () => actions.openRecent(entry.path),
  }));
}

export function menuTemplate(actions: MenuActions, context: MenuContext): MenuItemConstructorOptions[] {
  const mac = context.platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Open Set…', accelerator: 'CmdOrCtrl+O', click: () => actions.openSetFolder() },
      { label: 'Open Manifest (verso.json)…', accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.openManifest() },
      { label: 'Open Recent', submenu: recentItems(actions, context.recent) },
      { type: 'separator' },
      { label: 'Export Review Notes…', accelerator: 'CmdOrCtrl+E', enabled: context.hasSet, click: () => actions.exportNotes() },
      { type: 'separator' },
      { label: mac ? 'Quit Verso' : 'Quit', accelerator: 'CmdOrCtrl+Q', click: () => actions.quit() },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(context.developer ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };
  return [...(mac ? [{ role: 'appMenu' } as const] : []), file, { role: 'editMenu' }, view, ...(mac ? [{ role: 'windowMenu' } as const] : [])];
}

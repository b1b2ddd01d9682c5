import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuActions } from '../../../electron/menu.js';

function recorder(): { actions: MenuActions; log: string[] } {
  const log: string[] = [];
  return {
    log,
    actions: {
      openSetFolder: () => log.push('openSetFolder'),
      openManifest: () => log.push('openManifest'),
      openRecent: (path) => log.push(`openRecent ${path}`),
      exportNotes: () => log.push('exportNotes'),
      quit: () => log.push('quit'),
    },
  };
}

function fileMenu(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  const file = template.find((item) => item.label === '&File');
  return file?.submenu as MenuItemConstructorOptions[];
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

const recent = [
  { path: '/sets/guide', name: 'guide', openedAt: '2025-01-02T00:00:00Z' },
  { path: '/sets/Q&A', name: 'Q&A', openedAt: '2025-01-01T00:00:00Z' },
];

describe('menuTemplate', () => {
  it('offers Open Set…, Open Recent, Export Review Notes… and Quit, each wired to its action', () => {
    const { actions, log } = recorder();
    const items = fileMenu(menuTemplate(actions, { platform: 'linux', recent, hasSet: true, developer: false }));
    const byLabel = (label: string) => items.find((item) => item.label === label);
    click(byLabel('Open Set…'));
    click(byLabel('Open Manifest (verso.json)…'));
    click(byLabel('Export Review Notes…'));
    click(byLabel('Quit'));
    const recentItems = byLabel('Open Recent')?.submenu as MenuItemConstructorOptions[];
    click(recentItems[1]);
    expect(log).toEqual(['openSetFolder', 'openManifest', 'exportNotes', 'quit', 'openRecent /sets/Q&A']);
    expect(recentItems.map((item) => item.label)).toEqual(['guide — /sets/guide', 'Q&&A — /sets/Q&&A']);
  });

  it('disables Export without an open set and says when there are no recent sets', () => {
    const { actions } = recorder();
    const items = fileMenu(menuTemplate(actions, { platform: 'linux', recent: [], hasSet: false, developer: false }));
    expect(items.find((item) => item.label === 'Export Review Notes…')?.enabled).toBe(false);
    const recentItems = items.find((item) => item.label === 'Open Recent')?.submenu as MenuItemConstructorOptions[];
    expect(recentItems).toEqual([{ label: 'No Recent Sets', enabled: false }]);
  });

  it('adds the macOS app and window menus there only, and developer tools only in development', () => {
    const { actions } = recorder();
    const mac = menuTemplate(actions, { platform: 'darwin', recent: [], hasSet: false, developer: false });
    expect(mac[0]).toEqual({ role: 'appMenu' });
    expect(mac.at(-1)).toEqual({ role: 'windowMenu' });
    const linux = menuTemplate(actions, { platform: 'linux', recent: [], hasSet: false, developer: false });
    expect(linux.some((item) => item.role === 'appMenu')).toBe(false);
    const roles = (template: MenuItemConstructorOptions[]) => JSON.stringify(template);
    expect(roles(linux)).not.toContain('toggleDevTools');
    expect(roles(menuTemplate(actions, { platform: 'linux', recent: [], hasSet: false, developer: true }))).toContain('toggleDevTools');
  });
});

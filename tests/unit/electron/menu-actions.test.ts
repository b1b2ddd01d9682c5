import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentSet } from '../../../shared/model.js';
import { createMenuActions, exportFormatFor, type MenuActionDeps } from '../../../electron/menu-actions.js';

const set: DocumentSet = { root: '/sets/guide', openedPath: '/sets/guide', name: 'guide', layout: 'files', documents: [], sourceId: null, sourceFrom: 'none' };

function harness(options: { openPaths?: string[]; savePath?: string; current?: DocumentSet | null; exportFails?: boolean } = {}) {
  const log: string[] = [];
  const deps: MenuActionDeps = {
    dialog: {
      showOpenDialog: (async (...args: unknown[]) => {
        const dialogOptions = args.at(-1) as { properties: string[] };
        log.push(`open-dialog ${dialogOptions.properties.join(',')}`);
        return { canceled: !options.openPaths, filePaths: options.openPaths ?? [] };
      }) as MenuActionDeps['dialog']['showOpenDialog'],
      showSaveDialog: (async (...args: unknown[]) => {
        log.push(`save dialog ${(args.at(-1) as { defaultPath?: string }).defaultPath}`);
        return { canceled: !options.savePath, filePath: options.savePath ?? '' };
      }) as MenuActionDeps['dialog']['showSaveDialog'],
      showErrorBox: (title: string, content: string) => log.push(`error ${title}: ${content}`),
      showMessageBox: (async (...args: unknown[]) => {
        log.push(`message ${(args.at(-1) as { message: string }).message}`);
        return { response: 0, checkboxChecked: false };
      }) as MenuActionDeps['dialog']['showMessageBox'],
    },
    window: () => null,
    service: {
      setInitialSet: (path) => log.push(`initial ${path}`),
      exportNotesTo: async (root, format, outPath) => {
        log.push(`export ${root} ${format} ${outPath}`);
        if (options.exportFails) throw new Error('/out/notes.md: permission denied. Choose another folder.');
        return { format, fileName: 'notes', content: '', savedTo: outPath };
      },
    },
    currentSet: () => options.current ?? null,
    reload: () => log.push('reload'),
    quit: () => log.push('quit'),
  };
  return { actions: createMenuActions(deps), log };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('menu actions', () => {
  it('Open Set… makes the chosen folder the initial set and reloads the window', async () => {
    const { actions, log } = harness({ openPaths: ['/sets/guide'] });
    actions.openSetFolder();
    await settle();
    expect(log).toEqual(['open-dialog openDirectory', 'initial /sets/guide', 'reload']);
  });

  it('a cancelled dialog changes nothing', async () => {
    const { actions, log } = harness();
    actions.openManifest();
    await settle();
    expect(log).toEqual(['open-dialog openFile']);
  });

  it('Open Recent opens that path', () => {
    const { actions, log } = harness();
    actions.openRecent('/sets/old');
    expect(log).toEqual(['initial /sets/old', 'reload']);
  });

  it('Export Review Notes… writes the current set in the format of the chosen file', async () => {
    const { actions, log } = harness({ current: set, savePath: '/out/notes.csv' });
    actions.exportNotes();
    await settle();
    // The dialog proposes a file beside the set, not inside it (it would be read as a document there).
    expect(log).toEqual([`save dialog ${path.join('/sets', `${set.name}-notes.md`)}`, 'export /sets/guide csv /out/notes.csv']);
  });

  it('Export without a set asks to open one; a failed export shows the message', async () => {
    const none = harness();
    none.actions.exportNotes();
    await settle();
    expect(none.log).toEqual(['message Open a set first']);
    const failing = harness({ current: set, savePath: '/out/notes.md', exportFails: true });
    failing.actions.exportNotes();
    await settle();
    expect(failing.log.at(-1)).toBe('error Export failed: /out/notes.md: permission denied. Choose another folder.');
  });

  it('picks md unless the file ends in .csv', () => {
    expect(exportFormatFor('/a/notes.CSV')).toBe('csv');
    expect(exportFormatFor('/a/notes.md')).toBe('md');
    expect(exportFormatFor('/a/notes')).toBe('md');
  });
});

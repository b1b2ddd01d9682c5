// What the File menu items do. Opening a set hands it to the service as the initial set and
// reloads the window: the renderer opens `initialSet` from getStartup on every load.
import path from 'node:path';
import type { Dialog, BaseWindow } from 'electron';
import type { ExportFormat, ExportResult } from '../shared/api.js';
import type { DocumentSet } from '../shared/model.js';
import type { MenuActions } from './menu.js';

export interface MenuActionDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showErrorBox' | 'showMessageBox'>;
  window(): BaseWindow | null;
  service: { exportNotesTo(root: string, format: ExportFormat, outPath: string): Promise<ExportResult>; setInitialSet(path: string | null): void };
  currentSet(): DocumentSet | null;
  reload(): void;
  quit(): void;
}

export function exportFormatFor(filePath: string): ExportFormat {
  return path.extname(filePath).toLowerCase() === '.csv' ? 'csv' : 'md';
}

export function createMenuActions(deps: MenuActionDeps): MenuActions {
  const open = (setPath: string): void => {
    deps.service.setInitialSet(setPath);
    deps.reload();
  };
  const choose = async (kind: 'folder' | 'manifest'): Promise<void> => {
    const window = deps.window();
    const options: Electron.OpenDialogOptions =
      kind === 'folder'
        ? { title: 'Open Set', buttonLabel: 'Open Set', properties: ['openDirectory'] }
        : { title: 'Open Set Manifest', buttonLabel: 'Open Set', properties: ['openFile'], filters: [{ name: 'Verso set manifest', extensions: ['json'] }] };
    const result = window ? await deps.dialog.showOpenDialog(window, options) : await deps.dialog.showOpenDialog(options);
    const chosen = result.filePaths[0];
    if (!result.canceled && chosen) open(chosen);
  };
  const exportNotes = async (): Promise<void> => {
    const set = deps.currentSet();
    const window = deps.window();
    if (!set) {
      const message = { type: 'info' as const, message: 'Open a set first', detail: 'Export Review Notes writes the comments of the open set.' };
      await (window ? deps.dialog.showMessageBox(window, message) : deps.dialog.showMessageBox(message));
      return;
    }
    const options: Electron.SaveDialogOptions = {
      title: 'Export Review Notes',
      // Beside the set, not in it: in a folder of untagged documents the notes would be read as one.
      defaultPath: path.join(path.dirname(set.root), `${set.name || 'review'}-notes.md`),
      filters: [
        { name: 'Markdown', extensions: ['md'] },
        { name: 'CSV (spreadsheet)', extensions: ['csv'] },
      ],
    };
    const result = window ? await deps.dialog.showSaveDialog(window, options) : await deps.dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return;
    try {
      await deps.service.exportNotesTo(set.root, exportFormatFor(result.filePath), result.filePath);
    } catch (error) {
      deps.dialog.showErrorBox('Export failed', error instanceof Error ? error.message : String(error));
    }
  };
  const report = (error: unknown): void => deps.dialog.showErrorBox('Verso', error instanceof Error ? error.message : String(error));
  return {
    openSetFolder: () => void choose('folder').catch(report),
    openManifest: () => void choose('manifest').catch(report),
    openRecent: (setPath) => open(setPath),
    exportNotes: () => void exportNotes().catch(report),
    quit: () => deps.quit(),
  };
}

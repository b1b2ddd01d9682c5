// Monaco, loaded from the app's own files: the core editor plus only the features a read-only
// review pane uses. No CDN; the worker is bundled by Vite.
import * as monaco from 'monaco-editor/editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/wordOperations/register';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

monaco.editor.defineTheme('verso-light', {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#fdfcfa',
    'editorLineNumber.foreground': '#b4b0a8',
    'editorLineNumber.activeForeground': '#6f6a60',
    'editor.lineHighlightBackground': '#00000000',
    'editor.lineHighlightBorder': '#00000000',
    'editor.selectionBackground': '#c8dcf5',
    'editor.inactiveSelectionBackground': '#dde8f5',
    'editorGutter.background': '#f6f4f0',
  },
});

export { monaco };
export type MonacoEditor = monaco.editor.IStandaloneCodeEditor;

/** Fixed so the gutter never widens with the line count and re-wraps every line. */
export const lineNumbersMinChars = 4;

export function createPaneEditor(container: HTMLElement, ariaLabel: string, wrappingStrategy: 'simple' | 'advanced'): MonacoEditor {
  return monaco.editor.create(container, {
    wrappingStrategy,
    model: null,
    theme: 'verso-light',
    readOnly: true,
    domReadOnly: true,
    readOnlyMessage: { value: 'Documents are read-only in Verso: comment instead (Ctrl+Alt+M).' },
    wordWrap: 'on',
    wrappingIndent: 'none',
    scrollBeyondLastLine: false,
    minimap: { enabled: false },
    glyphMargin: true,
    lineNumbersMinChars,
    lineDecorationsWidth: 8,
    folding: false,
    automaticLayout: false,
    renderLineHighlight: 'none',
    occurrencesHighlight: 'off',
    selectionHighlight: false,
    contextmenu: false,
    links: false,
    renderWhitespace: 'none',
    renderControlCharacters: false,
    unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false, nonBasicASCII: false },
    unusualLineTerminators: 'off',
    stickyScroll: { enabled: false },
    fontSize: 14,
    lineHeight: 21,
    overviewRulerLanes: 2,
    hideCursorInOverviewRuler: true,
    scrollbar: { alwaysConsumeMouseWheel: true },
    ariaLabel,
  });
}

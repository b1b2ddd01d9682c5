// Lint rules, including the layer rules of DESIGN.md §1: the folder says where code runs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

// Every Node built-in with or without `node:` (and subpaths such as fs/promises), matched whole:
// a group pattern like 'events' would also forbid a local folder of that name ('../events/bus.js').
// Written with \x2F for '/', because selector regexes (below) cannot contain a slash.
const nodeBuiltinSource = `^(node:.+|(${builtinModules.map((name) => name.replaceAll('/', '\\x2F')).join('|')})(\\x2F.*)?)$`;
const electronSource = '^electron(\\x2F.*)?$';
const nodeMessage = 'Node APIs belong in electron/ (DESIGN.md §1).';
const electronMessage = 'Only electron/ may import electron (DESIGN.md §1).';
const noNode = { regex: nodeBuiltinSource, message: nodeMessage };
const noElectron = { regex: electronSource, message: electronMessage };
// no-restricted-imports does not look at import(): the same modules, loaded dynamically.
const dynamicImportOf = (source, message) => [
  { selector: `ImportExpression[source.value=/${source}/]`, message },
  { selector: `ImportExpression[source.type='TemplateLiteral'][source.expressions.length=0][source.quasis.0.value.cooked=/${source}/]`, message },
];
const noRequire = { selector: "CallExpression[callee.name='require']", message: 'Use ES imports.' };
const noDynamicNodeOrElectron = ['error', noRequire, ...dynamicImportOf(nodeBuiltinSource, nodeMessage), ...dynamicImportOf(electronSource, electronMessage)];
const noRenderer = { group: ['**/renderer/**', '../renderer/*', '../../renderer/*'], message: 'renderer/ code may not be imported here (DESIGN.md §1).' };
const noElectronDir = { group: ['**/electron/**', '../electron/*', '../../electron/*'], message: 'electron/ code may not be imported here (DESIGN.md §1).' };
const noReact = { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'monaco-editor', 'monaco-editor/*', '@monaco-editor/*'], message: 'UI libraries belong in renderer/ (DESIGN.md §1).' };

const browserOnlyGlobals = Object.keys(globals.browser).filter((name) => !(name in globals.node) && !(name in globals.es2021));

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.vite/**', 'samples/**/*.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', noRequire],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [noNode, noElectron, noRenderer, noElectronDir, noReact] }],
      'no-restricted-syntax': noDynamicNodeOrElectron,
      'no-restricted-globals': ['error', ...browserOnlyGlobals.map((name) => ({ name, message: 'shared/ is pure: no DOM globals (DESIGN.md §1).' })), 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [noNode, noElectron, noElectronDir] }],
      'no-restricted-syntax': noDynamicNodeOrElectron,
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [noRenderer, noReact] }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/preload.ts', 'electron/ipc.ts'],
    rules: {
      'no-restricted-properties': ['error',
        { object: 'electron', property: 'ipcMain', message: 'Only electron/ipc.ts touches ipcMain (DESIGN.md §1).' },
        { object: 'electron', property: 'ipcRenderer', message: 'Only electron/preload.ts touches ipcRenderer (DESIGN.md §1).' }],
      'no-restricted-imports': ['error', {
        patterns: [noRenderer, noReact],
        paths: [{ name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: 'Only electron/preload.ts and electron/ipc.ts touch ipcRenderer / ipcMain (DESIGN.md §1).' }],
      }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{js,mjs,ts}', '*.config.{js,ts}', 'bin/**/*.cjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['bin/**/*.cjs'],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
);

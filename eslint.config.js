// Process boundaries and layers as lint errors (DESIGN.md): a wrong import fails `npm run lint` (part of `npm test`).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layersPlugin } from './eslint-layers.js';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'util', 'stream'];
const SERVER_ONLY = ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', 'playwright-core', 'uuid'];
const ELECTRON = { name: 'electron', message: 'Only the Electron shell (main/shells/electron) and preload/ may import electron.' };
const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'fetch'].map((name) => ({
  name,
  message: 'The core runs under plain Node: no DOM here.',
}));

const restrict = (patterns, paths = []) => ['error', { paths, patterns: patterns.map((group) => ({ group: [group], message: `Not allowed in this layer: ${group}` })) }];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'db/migrations/**', 'test-results/**', 'playwright-report/**', 'tests/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [ELECTRON] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': restrict([...NODE_BUILTINS, ...SERVER_ONLY, '**/main/**', '**/db/**', '**/preload/**'], [ELECTRON]),
    },
  },
  {
    files: ['contract/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([...NODE_BUILTINS, ...SERVER_ONLY, 'react', 'antd', '**/main/**', '**/db/**', '**/renderer/**'], [ELECTRON]),
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
  {
    files: ['db/**/*.ts', 'main/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(['react', 'react-dom', 'antd', '**/renderer/**', '**/preload/**'], [ELECTRON]),
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
  {
    // The Electron shell and preload are the only places that may import electron.
    files: ['main/shells/electron/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['react', 'react-dom', 'antd', '**/renderer/**']) },
  },
  {
    files: ['preload/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([...NODE_BUILTINS, ...SERVER_ONLY, '**/main/**', '**/db/**', '**/renderer/**']) },
  },
  {
    // Which folder may import which: the layer table and its reasons are in eslint-layers.js.
    files: ['contract/**/*.ts', 'db/**/*.ts', 'main/**/*.ts', 'preload/**/*.ts', 'renderer/src/**/*.{ts,tsx}'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/imports': 'error' },
  },
  {
    // The web shell's HTTP client side of the tests may use fetch.
    files: ['tests/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    rules: { 'no-restricted-globals': 'off' },
  },
);

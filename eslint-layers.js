// The layers of the app and which may import which, checked by ESLint (rule `layers/imports`).
// Like VS Code's layer checks, the rule resolves each relative import to the folder it points at:
// a pattern on the written path (no-restricted-imports) cannot tell main/audit from
// main/services/audit, and its `../` count changes with the depth of the importing file.
import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const ROOT = import.meta.dirname;

/** The basics services are built on: plain helpers that know no domain. They may import each other (one layer). */
const BASICS = ['main/core', 'main/security', 'main/audit', 'main/files', 'main/print', 'main/search', 'main/pc-settings', 'main/backup', 'main/documents'];
/** Renderer folders every domain may use (theme.ts: the one style source); they import only each other and contract/. */
const RENDERER_SHARED = ['lib', 'api', 'i18n', 'print', 'print-menus', 'forms', 'search', 'directory', 'context', 'frame', 'emergency', 'incident-form', 'task-inbox', 'global-search', 'data-transfer', 'report-charts', 'theme.ts'].map((f) => `renderer/src/${f}`);
/** Renderer domains: screens of one area each; they never import one another. */
const RENDERER_DOMAINS = ['archive', 'audit', 'backup', 'checklists', 'clients', 'desk', 'feedback', 'followups', 'incidents', 'past-visits', 'plans', 'security', 'session', 'settings', 'setup', 'storage', 'tasks', 'users', 'retention', 'reports'];

/**
 * Each layer: its folders, and the layers it may import (its own is always allowed).
 * Read top to bottom as the architecture, lowest first.
 */
export const LAYERS = [
  { name: 'contract', folders: ['contract'], may: [] },
  { name: 'db', folders: ['db'], may: ['contract'] },
  { name: 'main basics', folders: BASICS, may: ['contract', 'db'] },
  // Each domain's folder; another domain only through its public entry (main/services/<d>/index.ts).
  { name: 'main/services', folders: ['main/services'], may: ['contract', 'db', 'main basics'] },
  { name: 'main/router', folders: ['main/router'], may: ['contract', 'db', 'main basics', 'main/services'] },
  // The composition root: wires services, router and basics into the core the shells start.
  { name: 'main/app', folders: ['main/app'], may: ['contract', 'db', 'main basics', 'main/services', 'main/router'] },
  // The shells reach the core only through main/app/index.ts.
  { name: 'main/shells', folders: ['main/shells'], may: ['contract', 'main/app'] },
  { name: 'preload', folders: ['preload'], may: ['contract'] },
  { name: 'renderer shared', folders: RENDERER_SHARED, may: ['contract'] },
  ...RENDERER_DOMAINS.map((d) => ({ name: `renderer/src/${d}`, folders: [`renderer/src/${d}`], may: ['contract', 'renderer shared'] })),
  // The renderer's composition: the entry, the app frame and its routes, which mount the domains' screens.
  {
    name: 'renderer app',
    folders: ['renderer/src/shell', 'renderer/src/App.tsx', 'renderer/src/main.tsx', 'renderer/src/global.css'],
    may: ['contract', 'renderer shared', ...RENDERER_DOMAINS.map((d) => `renderer/src/${d}`)],
  },
];

/** Where a layer may be entered from above, when not anywhere (folder → its one entry file). */
const ENTRIES = { 'main/app': 'main/app/index' };

const byLength = LAYERS.flatMap((layer) => layer.folders.map((folder) => ({ folder, layer }))).sort((a, b) => b.folder.length - a.folder.length);

function layerOf(path) {
  return byLength.find(({ folder }) => path === folder || path.startsWith(`${folder}/`) || path.replace(/\.[a-z]+$/, '') === folder.replace(/\.[a-z]+$/, ''))?.layer;
}

/** The repo-relative path an import points at, without extension; a folder means its index. */
function target(fromFile, spec) {
  const abs = resolve(dirname(fromFile), spec);
  const isDir = existsSync(abs) && statSync(abs).isDirectory();
  return relative(ROOT, isDir ? `${abs}/index` : abs).replace(/\.(tsx?|jsx?|mjs)$/, '');
}

const serviceDomain = (path) => /^main\/services\/([^/]+)\//.exec(path)?.[1];

function problem(fromPath, toPath) {
  const from = layerOf(fromPath);
  if (!from) {
    if (/^(main|renderer\/src)\//.test(fromPath)) return `${dirname(fromPath)} is in no layer: add its folder to LAYERS in eslint-layers.js`;
    return null; // tests, scripts and configs may import anything
  }
  const to = layerOf(toPath);
  if (!to) {
    return /^(contract|db|main|preload|renderer\/src)\//.test(toPath) ? `${dirname(toPath)} is in no layer: add its folder to LAYERS in eslint-layers.js` : null;
  }
  if (to === from) {
    const a = serviceDomain(fromPath);
    const b = serviceDomain(toPath);
    if (from.name === 'main/services' && a && b && a !== b && toPath !== `main/services/${b}/index`) {
      return `main/services/${a} may use another domain only through its public entry main/services/${b}/index.ts, not ${toPath}`;
    }
    return null;
  }
  if (!from.may.includes(to.name)) return `${from.name} may not import ${to.name} (${toPath}); ${from.name} may import: ${[from.name, ...from.may].join(', ')}`;
  const entry = Object.entries(ENTRIES).find(([folder]) => toPath.startsWith(`${folder}/`));
  if (entry && toPath !== entry[1]) return `${from.name} reaches ${entry[0]} only through its entry ${entry[1]}.ts, not ${toPath}`;
  return null;
}

const importsRule = {
  meta: { type: 'problem', docs: { description: 'Imports follow the layer table in eslint-layers.js' }, schema: [], messages: { layer: 'Layer rule: {{text}}' } },
  create(context) {
    const fromPath = relative(ROOT, context.filename);
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const text = problem(fromPath, target(context.filename, spec));
      if (text) context.report({ node: node.source, messageId: 'layer', data: { text } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export const layersPlugin = { rules: { imports: importsRule } };

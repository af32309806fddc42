import { ESLint } from 'eslint';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The layer rules (eslint-layers.js) run on deliberate violations, so a config
// change that stops them from firing fails here, not silently in review.
const ROOT = resolve(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: join(ROOT, 'eslint.config.js') });
});

/** The import-boundary messages for `code` as if it were the file at `path`. */
async function boundaryErrors(path: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return result!.messages.filter((m) => m.ruleId === 'layers/imports' || m.ruleId === 'no-restricted-imports');
}

const violations: [string, string, string, RegExp][] = [
  ['contract imports db', 'contract/probe.ts', "export { openDatabase } from '../db/open';", /contract may not import db/],
  ['db imports main', 'db/probe.ts', "export { AppError } from '../main/core/errors';", /db may not import main basics/],
  ['the core imports a service', 'main/core/probe.ts', "export { readSettings } from '../services/settings';", /main basics may not import main\/services/],
  ['the core imports the composition root', 'main/core/probe.ts', "export { createCore } from '../app';", /main basics may not import main\/app/],
  ['a basic imports the router', 'main/security/probe.ts', "export { createRouter } from '../router/router';", /main basics may not import main\/router/],
  ['a service imports the router', 'main/services/visits/probe.ts', "export { createRouter } from '../../router/router';", /main\/services may not import main\/router/],
  ['a service imports the composition root', 'main/services/visits/probe.ts', "export { allHandlers } from '../../app/handlers';", /main\/services may not import main\/app/],
  ['a service imports a shell', 'main/services/print/probe.ts', "export { findChromium } from '../../shells/web/find-chromium';", /main\/services may not import main\/shells/],
  ['a service reaches into another domain', 'main/services/print/probe.ts', "export { planDetail } from '../plans/plan-detail';", /only through its public entry main\/services\/plans\/index\.ts/],
  ['a service takes another domain\'s handlers', 'main/services/print/probe.ts', "export { plansHandlers } from '../plans/handlers';", /public entry/],
  ['the router imports the composition root', 'main/router/probe.ts', "export { createCore } from '../app';", /main\/router may not import main\/app/],
  ['a shell imports main/core/context directly', 'main/shells/web/probe.ts', "export { SYSTEM } from '../../core/context';", /main\/shells may not import main basics/],
  ['a shell imports the database', 'main/shells/electron/probe.ts', "export { openDatabase } from '../../../db/open';", /main\/shells may not import db/],
  ['a shell goes around the core\'s entry', 'main/shells/web/probe.ts', "export { createCore } from '../../app/create-core';", /only through its entry main\/app\/index\.ts/],
  ['preload imports main', 'preload/probe.ts', "export { createCore } from '../main/app';", /preload may not import main\/app/],
  ['renderer plans imports renderer clients', 'renderer/src/plans/probe.ts', "export { useClients } from '../clients/useClients';", /renderer\/src\/plans may not import renderer\/src\/clients/],
  ['a nested domain file imports another domain', 'renderer/src/plans/editor/probe.tsx', "import '../../desk/desk.css';", /renderer\/src\/plans may not import renderer\/src\/desk/],
  ['a domain imports the app shell', 'renderer/src/desk/probe.tsx', "export { AppLayout } from '../shell/AppLayout';", /may not import renderer app/],
  ['a shared folder imports a domain', 'renderer/src/lib/probe.ts', "export { DeskScreen } from '../desk/DeskScreen';", /renderer shared may not import renderer\/src\/desk/],
  ['a lazy import across domains', 'renderer/src/users/probe.ts', "export const load = () => import('../audit/AuditScreen');", /renderer\/src\/users may not import renderer\/src\/audit/],
  ['a folder in no layer', 'main/reports/probe.ts', "export { AppError } from '../core/errors';", /main\/reports is in no layer/],
];

describe('layer rules reject imports that point the wrong way', () => {
  it.each(violations)('%s', async (_name, path, code, message) => {
    const errors = await boundaryErrors(path, code);
    const layerErrors = errors.filter((m) => m.ruleId === 'layers/imports');
    expect(layerErrors, JSON.stringify(errors)).toHaveLength(1);
    expect(layerErrors[0]!.severity).toBe(2);
    expect(layerErrors[0]!.message).toMatch(/^Layer rule: /);
    expect(layerErrors[0]!.message).toMatch(message);
  });
});

const allowed: [string, string, string][] = [
  ['db imports the contract', 'db/probe.ts', "export { phone } from '../contract/fields';"],
  ['a basic imports another basic', 'main/core/probe.ts', "export { appendAudit } from '../audit/audit-log';\nexport { nameKeys } from '../search/pinyin';"],
  [
    'a service imports its basics, the db and another domain\'s entry',
    'main/services/print/probe.ts',
    "export { AppError } from '../../core/errors';\nexport { visits } from '../../../db/schema';\nexport { planDetail } from '../plans';\nexport { saveAndOffer } from '../files/index';\nexport { printBadges } from './print-badges';",
  ],
  ['the router imports the core', 'main/router/probe.ts', "export type { Handlers } from '../core/handlers';"],
  ['the composition root imports services and the router', 'main/app/probe.ts', "export { createRouter } from '../router/router';\nexport { visitsHandlers } from '../services/visits/handlers';"],
  ['a shell imports the core\'s entry, its own folder and the contract', 'main/shells/web/probe.ts', "export { createCore } from '../../app';\nexport { withDeadline } from '../deadline';\nexport type { Result } from '../../../contract/result';"],
  ['preload imports the contract', 'preload/probe.ts', "export { buildApi } from '../contract';"],
  ['a domain imports shared folders', 'renderer/src/plans/editor/probe.tsx', "export { ClientSelect } from '../../directory/ClientSelect';\nexport { api } from '../../api/client';\nexport { useDesk } from '../../context/DeskContext';"],
  ['a domain imports its own files', 'renderer/src/plans/editor/probe.tsx', "export { usePlansPage } from '../usePlansPage';"],
  ['the app shell mounts domains', 'renderer/src/shell/probe.tsx', "export { DeskScreen } from '../desk/DeskScreen';\nexport { AuthLayout } from '../frame/AuthLayout';"],
  ['tests may import anything', 'tests/unit/probe.test.ts', "export { createCore } from '../../main/app/create-core';\nexport { SYSTEM } from '../../main/core/context';"],
];

describe('layer rules let the allowed imports through', () => {
  it.each(allowed)('%s', async (_name, path, code) => {
    expect(await boundaryErrors(path, code)).toEqual([]);
  });
});

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { PrinterInfo } from '../../contract/print';
import { createCore, type Core, type CoreOptions } from '../../main/app/create-core';
import { saveIntoFolder, type FileHandOver } from '../../main/files/file-delivery';
import { jsonFileBackend } from '../../main/pc-settings/json-file-backend';
import { openPcSettings } from '../../main/pc-settings/pc-settings-store';
import type { PageSizeMm, PrintEngine } from '../../main/print/print-engine';
import { DataKeyStore } from '../../main/security/data-key-store';
import { deskCode } from '../../main/services/visits/badge-number';
import type { Role } from '../../main/security/roles';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * Stands in for the physical printer only (which cannot exist here). Rendering
 * itself is covered end to end with real Chromium in tests/e2e.
 */
export class RecordingPrintEngine implements PrintEngine {
  readonly printed: { printerId: string; page: PageSizeMm }[] = [];
  readonly rendered: PageSizeMm[] = [];
  constructor(readonly printers: PrinterInfo[] = [{ id: 'Brother-QL-820NWB', name: 'Brother QL-820NWB', isDefault: true }]) {}
  async listPrinters() {
    return this.printers;
  }
  /** A real PDF, rounded to whole points the way Chromium rounds its pages. */
  async renderPdf(_jobId: string, page: PageSizeMm) {
    this.rendered.push(page);
    const doc = await PDFDocument.create();
    doc.addPage([Math.round((page.widthMm * 72) / 25.4), Math.round((page.heightMm * 72) / 25.4)]);
    return Buffer.from(await doc.save());
  }
  async print(_jobId: string, page: PageSizeMm, printerId: string) {
    this.printed.push({ printerId, page });
  }
  async close() {}
}

export interface TestCore extends Core {
  dataDir: string;
  /** Where files handed over with `files.deliver` land (the user's pick in a save dialog). */
  downloadsDir: string;
  engine: RecordingPrintEngine;
  /** The recovery passphrase set at first-run setup. */
  recovery: string;
  /** Creates (once) and signs in a user with one role; returns their login. */
  signInAs: (role: Role) => Promise<string>;
  /** Calls a channel and returns the value, failing the test on an error result. */
  call: <T = unknown>(name: string, input: unknown) => Promise<T>;
  cleanup: () => Promise<void>;
}

export const ADMIN = { login: 'admin', name: '系统管理员', password: 'Admin-pass-1' };

/**
 * A real core on a temp folder, set up through its own channels (recovery
 * passphrase, first administrator) and signed in as that administrator.
 */
/** The options a test core starts with (also for tests that start the shells' restartable core on a folder). */
export function testCoreOptions(
  dataDir: string,
  opts: { now?: () => Date; logError?: (channel: string, err: unknown) => void; handOver?: FileHandOver; automaticBackups?: boolean; engine?: PrintEngine; downloadsDir?: string } = {},
): Omit<CoreOptions, 'requestRestart'> {
  return {
    dataDir,
    appRoot: REPO_ROOT,
    appVersion: '0.0.0-test',
    shell: 'web',
    keys: new DataKeyStore(join(dataDir, 'data-key.json'), null),
    printEngine: opts.engine ?? new RecordingPrintEngine(),
    pcSettings: openPcSettings(jsonFileBackend(dataDir), opts.now),
    // Stands in for the user's choice in a save dialog: a real copy into a folder of the test's own.
    handOver: opts.handOver ?? saveIntoFolder(opts.downloadsDir ?? mkdtempSync(join(tmpdir(), 'reception-downloads-'))),
    logError: opts.logError ?? (() => {}),
    // Hundreds of short-lived cores: no daily timer and no snapshot at each close, unless a test asks.
    automaticBackups: opts.automaticBackups ?? false,
    ...(opts.now && { now: opts.now }),
  };
}

export async function makeTestCore(
  opts: { now?: () => Date; dataDir?: string; setUp?: boolean; logError?: (channel: string, err: unknown) => void; handOver?: FileHandOver; automaticBackups?: boolean } = {},
): Promise<TestCore> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'reception-test-'));
  const engine = new RecordingPrintEngine();
  const downloadsDir = mkdtempSync(join(tmpdir(), 'reception-downloads-'));
  const core = await createCore(testCoreOptions(dataDir, { ...opts, engine, downloadsDir }));
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const result = await core.dispatch(name, input);
    if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  let recovery = '';
  if (opts.setUp !== false) {
    recovery = (await call<{ passphrase: string }>('setup.recoveryPassphrase', {})).passphrase;
    await call('setup.complete', { siteName: '测试园区', locale: 'zh-CN', adminLogin: ADMIN.login, adminName: ADMIN.name, adminPassword: ADMIN.password, recoveryPassphrase: recovery });
  }
  const signInAs = async (role: Role) => {
    const login = `${role}1`;
    const password = `${role}-Pass-1`;
    await call('session.signOut', {}).catch(() => undefined);
    await call('session.signIn', { login: ADMIN.login, password: ADMIN.password });
    if (!(await call<{ items: { login: string }[] }>('users.list', {})).items.some((u) => u.login === login)) {
      // A new account must change its first password before main opens anything else to it.
      const first = `${role}-First-1`;
      await call('users.create', { login, name: `${role} 用户`, department: '前台', roles: [role], password: first });
      await call('session.signOut', {});
      await call('session.signIn', { login, password: first });
      await call('session.changePassword', { current: first, next: password });
    }
    await call('session.signOut', {});
    await call('session.signIn', { login, password });
    return login;
  };
  return {
    ...core,
    dataDir,
    downloadsDir,
    engine,
    recovery,
    signInAs,
    call,
    cleanup: async () => {
      await core.close();
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
      rmSync(downloadsDir, { recursive: true, force: true });
    },
  };
}

/** A valid resident ID for a birth date and sequence, with its real check digit. */
export function residentId(region = '110105', birth = '19900307', seq = '123'): string {
  const first17 = `${region}${birth}${seq}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

export const WALK_IN = {
  name: '张伟',
  company: '华为技术有限公司',
  phone: '13800138000',
  idType: 'resident_id',
  host: '李娜',
  purpose: '商务洽谈',
  privacyAck: true,
} as const;

/** The three letters this core's desk puts in its badge numbers (from the device id beside its database). */
export function deskCodeOf(core: { dataDir: string }): string {
  return deskCode(readFileSync(join(core.dataDir, 'device-id'), 'utf8').trim());
}

import { join, resolve } from 'node:path';
import type { ChecklistTemplate } from '../../contract/checklists';
import type { FeedbackTemplate } from '../../contract/feedback';
import type { FollowupTemplate } from '../../contract/followups';
import type { Resource } from '../../contract/plans';
import type { FeedbackTemplateInfo } from './after-visit-history';
import { createCore, type Core } from '../../main/app/create-core';
import { SYSTEM, type ServiceContext } from '../../main/core/context';
import { saveIntoFolder } from '../../main/files/file-delivery';
import { jsonFileBackend } from '../../main/pc-settings/json-file-backend';
import { openPcSettings } from '../../main/pc-settings/pc-settings-store';
import type { PrintEngine } from '../../main/print/print-engine';
import { DataKeyStore } from '../../main/security/data-key-store';

/*
 * The desk is made the way a site makes it: the app's own core creates the
 * folder, the schema, the data key and the device id, and its channels run
 * the first-run setup and create the staff accounts, rooms and vehicles, so
 * all of that is real and audited. Only history is then written in bulk.
 */

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Nothing is printed while generating or on the check open; the app's shells bring a real engine. */
const NO_PRINTER: PrintEngine = {
  listPrinters: async () => [],
  renderPdf: async () => {
    throw new Error('the generator prints nothing');
  },
  print: async () => {
    throw new Error('the generator prints nothing');
  },
  close: async () => {},
};

/** The app's core on a data folder; `passphrase` opens the data key at start, as a desk without a keychain is unsealed. */
export function openCore(dir: string, opts: { now?: () => Date; passphrase?: string } = {}): Promise<Core> {
  const { now, passphrase } = opts;
  return createCore({
    // A script's core: no daily timer, no snapshot at close (the bench times backups on its own).
    automaticBackups: false,
    dataDir: dir,
    appRoot: ROOT,
    appVersion: 'generate',
    shell: 'web',
    keys: new DataKeyStore(join(dir, 'data-key.json'), null),
    printEngine: NO_PRINTER,
    pcSettings: openPcSettings(jsonFileBackend(dir)),
    handOver: saveIntoFolder(join(dir, 'downloads')),
    logError: () => {},
    ...(now && { now }),
    ...(passphrase && { autoUnsealPassphrase: passphrase }),
  });
}

export interface StaffAccount {
  id: string;
  login: string;
  name: string;
}

export interface Desk {
  deviceId: string;
  /** A context of the app, for sealing ID numbers with the desk's own data key (it stays open after the core closes). */
  sealing: ServiceContext;
  adminLogin: string;
  adminPassword: string;
  recoveryPassphrase: string;
  receptionists: StaffAccount[];
  coordinator: StaffAccount;
  resources: Resource[];
  /** The shipped checklist templates as seeded. */
  templates: ChecklistTemplate[];
  /** The shipped visit-reception questionnaire and standard follow-up sequence, as seeded. */
  feedbackTemplate: FeedbackTemplateInfo | null;
  followupTemplate: { id: string; steps: { title: string; offsetDays: number }[] } | null;
}

const ADMIN = { login: 'admin', name: '系统管理员', password: 'Desk-admin-2016' };
const RECEPTIONISTS = [
  { login: 'reception1', name: '陈晓琳' },
  { login: 'reception2', name: '刘婷婷' },
  { login: 'reception3', name: '王雅静' },
];
const COORDINATOR = { login: 'coord1', name: '赵建国' };
const STAFF_PASSWORD = 'Desk-staff-2016';

const ROOMS: [string, number][] = [
  ['一号会议室', 12], ['二号会议室', 8], ['三号会议室', 20], ['贵宾接待室', 10], ['多功能厅', 80], ['展厅洽谈区', 6], ['董事会议室', 16],
];
const VEHICLES: [string, number][] = [
  ['商务车 粤B·6A218', 6], ['商务车 粤B·3K905', 6], ['轿车 粤B·8S617', 4], ['中巴 粤B·2Q330', 19],
];

/** Sets the desk up at `start` (the first day of its history) through the app's channels, then closes the core. */
export async function setUpDesk(dir: string, start: Date, siteName: string): Promise<Desk> {
  let clock = start.getTime();
  // Each call a few seconds after the last, as a person would click through.
  const now = () => new Date((clock += 4000));
  const core = await openCore(dir, { now });
  try {
    const call = async <T>(name: string, input: unknown): Promise<T> => {
      const r = await core.dispatch(name, input);
      if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
      return r.value as T;
    };
    const { passphrase } = await call<{ passphrase: string }>('setup.recoveryPassphrase', {});
    await call('setup.complete', {
      siteName,
      orgName: '远航智能科技有限公司',
      locale: 'zh-CN',
      adminLogin: ADMIN.login,
      adminName: ADMIN.name,
      adminPassword: ADMIN.password,
      recoveryPassphrase: passphrase,
    });
    const made: StaffAccount[] = [];
    for (const [person, roles] of [...RECEPTIONISTS.map((r) => [r, ['receptionist']] as const), [COORDINATOR, ['coordinator']] as const]) {
      const user = await call<{ id: string }>('users.create', { login: person.login, name: person.name, department: '行政部', roles, password: `${STAFF_PASSWORD}-first` });
      made.push({ id: user.id, ...person });
    }
    const resources: Resource[] = [];
    for (const [name, capacity] of ROOMS) resources.push(await call<Resource>('resources.create', { kind: 'room', name, capacity }));
    for (const [name, capacity] of VEHICLES) resources.push(await call<Resource>('resources.create', { kind: 'vehicle', name, capacity }));
    // The shipped checklist templates, seeded as the app seeds them at first use; plans' lists are copied from these rows.
    const templates = await call<ChecklistTemplate[]>('checklists.templates', {});
    const questionnaires = await call<FeedbackTemplate[]>('feedback.templates', {});
    const sequences = await call<FollowupTemplate[]>('followups.templates', {});
    // The archive's tree and classes, seeded as the app seeds them at first use; documents are filed under these rows.
    await call('archive.folders', {});
    await call('archive.classes', {});
    const reception = questionnaires.find((q) => q.scenario === 'reception') ?? questionnaires[0] ?? null;
    const sequence = sequences[0] ?? null;
    await call('session.signOut', {});
    // Each account's first sign-in sets its own password, as the app requires.
    for (const person of made) {
      await call('session.signIn', { login: person.login, password: `${STAFF_PASSWORD}-first` });
      await call('session.changePassword', { current: `${STAFF_PASSWORD}-first`, next: STAFF_PASSWORD });
      await call('session.signOut', {});
    }
    const sealing = core.context(SYSTEM);
    return {
      deviceId: sealing.deviceId,
      sealing,
      adminLogin: ADMIN.login,
      adminPassword: ADMIN.password,
      recoveryPassphrase: passphrase,
      receptionists: made.slice(0, RECEPTIONISTS.length),
      coordinator: made[RECEPTIONISTS.length]!,
      resources,
      templates,
      feedbackTemplate: reception && { id: reception.id, questions: reception.questions },
      followupTemplate: sequence && { id: sequence.id, steps: sequence.steps.map((s) => ({ title: s.title.zh, offsetDays: s.offsetDays })) },
    };
  } finally {
    await core.close();
  }
}

/** The instant the setup calls end; history written after it follows in the chain. */
export function afterSetup(start: Date): Date {
  return new Date(start.getTime() + 3_600_000);
}

export { STAFF_PASSWORD };

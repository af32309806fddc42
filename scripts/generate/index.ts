import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localDay } from '../../main/core/clock';
import { AfterVisitHistory } from './after-visit-history';
import { ArchiveHistory, DOCUMENTS_PER_VISIT } from './archive-history';
import { AuditChain } from './audit';
import { addDays, DAY, dayStart, dayWeight, DESK_CLOSES_MIN, HOUR } from './calendar';
import { planClients, scheduleClients } from './clients';
import { CompanyPool } from './companies';
import { mobile } from './contacts';
import { afterSetup, openCore, setUpDesk, type StaffAccount } from './desk';
import { staffNames } from './names';
import { PeopleWriter } from './people';
import { schedulePlans } from './plan-history';
import { plannedVisits, planPlans } from './plan-script';
import { Random, Weighted } from './random';
import { Samples } from './samples';
import { BulkStore } from './store';
import { Timeline } from './timeline';
import { VisitWriter } from './visits';
import { WalkIns } from './walk-ins';
import { MANIFEST_FILE, type GenerateOptions, type GeneratedManifest } from './manifest';

export { MANIFEST_FILE, type GenerateOptions, type GeneratedManifest };

export const PRESETS: Record<'small' | '100k' | 'full', Omit<GenerateOptions, 'dir'>> = {
  small: { visitors: 3000, visits: 12_000, years: 2, plansPerWeek: 3 },
  '100k': { visitors: 100_000, visits: 500_000, years: 10, plansPerWeek: 3 },
  /** Ten years at about 500 visits a working day. */
  full: { visitors: 400_000, visits: 2_000_000, years: 10, plansPerWeek: 3 },
};

const SITE_NAME = '远航科技园区前台';
/** An ordinary Tuesday late in the history (calendar.ts dayWeight). */
const BUSY_DAY = 1.05 * 1.3;

/** The counts the manifest reports, read back from the file the app will open. */
const COUNTED = ['people', 'visits', 'badge_prints', 'clients', 'visit_plans', 'plan_guests', 'itinerary_items', 'plan_team', 'resource_bookings', 'resources', 'users', 'plan_checklists', 'checklist_items', 'incidents', 'incident_callbacks', 'feedback_requests', 'feedback_responses', 'followup_plans', 'followup_steps', 'documents', 'document_versions', 'document_blobs', 'document_texts', 'audit_log'];

function refuseUsedFolder(dir: string): void {
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new Error(`${dir} is not empty: the generator makes a new data folder, it never writes into a used one.`);
}

/**
 * Builds a data folder as a desk that has run for `years` would hold: set up
 * through the app's own core, then history written in bulk in time order,
 * then opened once more by the app (its start-up data migrations, e.g. the
 * search index, catch up there). Writes <dir>/generated.json.
 */
export async function generateDataDir(opts: GenerateOptions): Promise<GeneratedManifest> {
  const began = performance.now();
  const progress = opts.onProgress ?? (() => {});
  const seed = opts.seed ?? 1;
  const years = opts.years ?? 10;
  const now = new Date();
  const endDate = opts.endDate ?? localDay(now);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(endDate) || endDate > localDay(now)) throw new Error(`endDate must be a day up to today (YYYY-MM-DD), not ${endDate}`);
  if (opts.visitors < 1 || opts.visits < 1) throw new Error('visitors and visits must be at least 1');
  // Every visitor came at least once (clients' contacts aside), so there cannot be more visitors than visits.
  if (opts.visitors > opts.visits) throw new Error(`visitors (${opts.visitors}) cannot exceed visits (${opts.visits})`);
  refuseUsedFolder(opts.dir);

  const lastDay = dayStart(endDate);
  // On today, history stops now; on an earlier end day, at its end.
  const cutoff = endDate === localDay(now) ? now.getTime() : lastDay.getTime() + DAY - 1;
  const firstDay = addDays(lastDay, -Math.round(years * 365));
  const setupAt = new Date(firstDay.getFullYear(), firstDay.getMonth(), firstDay.getDate(), 8, 0);

  progress('setup', 0, 1);
  const desk = await setUpDesk(opts.dir, setupAt, SITE_NAME);
  progress('setup', 1, 1);
  const start = afterSetup(setupAt).getTime();
  const random = new Random(seed);
  const store = new BulkStore(join(opts.dir, 'reception.sqlite3'));
  try {
    const audit = new AuditChain(store, desk.deviceId, random.fork(1));
    const people = new PeopleWriter(store, random.fork(2), desk.sealing, desk.deviceId);
    const staffRandom = random.fork(3);
    const staff = staffNames(staffRandom, Math.max(20, Math.min(300, Math.round(opts.visitors / 1500))));
    const staffPhones = new Map(staff.map((s) => [s, mobile(staffRandom)]));
    // Some colleagues receive visitors every day, most now and then.
    const hosts = new Weighted(staff.map((s, i) => [s, 1 / (i + 1) ** 0.8] as const));

    const clientNames = new Set<string>();
    const clientCount = Math.max(10, Math.min(5000, Math.round(opts.visitors / 130)));
    const clients = planClients(random.fork(4), clientCount, start, cutoff, clientNames);
    const contacts = clients.reduce((n, c) => n + c.contactCount, 0);
    const plans = planPlans({ random: random.fork(5), clients, staff, staffPhones, resources: desk.resources, start, cutoff }, opts.plansPerWeek ?? 3, lastDay);
    const walkInCount = Math.max(0, opts.visits - plannedVisits(plans, cutoff));
    const newPeople = Math.max(0, Math.min(walkInCount, opts.visitors - contacts));
    const companies = new CompanyPool(random.fork(6), Math.max(50, Math.round(opts.visitors / 8)), clientNames);

    const visits = new VisitWriter(store, audit, random.fork(7), desk.deviceId);
    const timeline = new Timeline(cutoff);
    const samples = new Samples(random.fork(8));
    const dayIndex = (at: number) => Math.floor((at - firstDay.getTime() + 2 * HOUR) / DAY);
    // The desk's receptionists take a week each in turn.
    const onDuty = (at: number) => desk.receptionists[Math.floor(dayIndex(at) / 7) % desk.receptionists.length]!;
    scheduleClients(timeline, clients, { store, audit, people, random: random.fork(9), deviceId: desk.deviceId, actor: desk.coordinator.name, accountManagers: staff.slice(0, 12) });
    schedulePlans(timeline, plans, { store, audit, visits, random: random.fork(10), deviceId: desk.deviceId, coordinator: desk.coordinator.name, receptionistAt: (at) => onDuty(at).name, cutoff, checklists: { templates: desk.templates, random: random.fork(12) } });
    // After the handshake: problems, call-backs, feedback and follow-ups (issue 14).
    const after = new AfterVisitHistory({ store, audit, timeline, random: random.fork(13), deviceId: desk.deviceId, cutoff, staff: [...desk.receptionists, desk.coordinator], feedbackTemplate: desk.feedbackTemplate, followupTemplate: desk.followupTemplate });
    for (const plan of plans) after.afterPlan(plan);
    const afterRandom = random.fork(14);
    const contactOfSomeClient = () => {
      const client = afterRandom.pick(clients);
      return client.contacts.length ? afterRandom.pick(client.contacts).id : null;
    };
    // The archive (issue 15): documents filed through the history, their files sealed into the store.
    const admin = store.prepare('SELECT id, login, name FROM users WHERE login = ?').get(desk.adminLogin) as StaffAccount;
    const archive = new ArchiveHistory({
      store, audit, timeline, random: random.fork(15), deviceId: desk.deviceId, cutoff, dataDir: opts.dir, backupKey: desk.sealing.runtime.backupKey(),
      staff: [...desk.receptionists, desk.coordinator], approver: admin, clients, plans,
    });
    const documentCount = Math.round(opts.visits * DOCUMENTS_PER_VISIT);
    let documentCarry = 0;
    const walkIns = new WalkIns({ people, visits, audit, random: random.fork(11), timing: random.fork(16), companies, hosts, samples, clients, newPeople, walkIns: walkInCount });

    const days: Date[] = [];
    for (let d = firstDay; d <= lastDay; d = addDays(d, 1)) days.push(d);
    // The first day is setup day: visitors start coming the day after.
    const weights = days.map((d, i) => (i === 0 ? 0 : dayWeight(d, i / days.length)));
    // The last day is the desk's "today": as busy as a working day even when it falls on a weekend or holiday, so its lists are full.
    weights[weights.length - 1] = Math.max(weights[weights.length - 1]!, BUSY_DAY);
    const total = weights.reduce((a, b) => a + b, 0);
    const lastSignIn = new Map<string, number>();
    let carry = 0;
    for (let i = 0; i < days.length; i++) {
      const midnight = days[i]!.getTime();
      const exact = (weights[i]! / total) * walkInCount + carry;
      const count = Math.round(exact);
      carry = exact - count;
      const last = i === days.length - 1;
      // The last day made today: its hours so far hold the whole day's arrivals (the desk is mid-day, busy, with people on site).
      const scale = last ? Math.min(1, (cutoff - midnight - 60_000) / ((DESK_CLOSES_MIN + 40) * 60_000)) : 1;
      const user = onDuty(midnight + 12 * HOUR);
      if (count > 0) {
        const signIn = midnight + 445 * scale * 60_000;
        timeline.at(signIn, () => {
          audit.append(signIn, user.name, 'session.signIn', 'user', user.id, { login: user.login });
          lastSignIn.set(user.id, signIn);
        });
        if (!last) timeline.at(midnight + (DESK_CLOSES_MIN + 40) * 60_000, () => audit.append(midnight + (DESK_CLOSES_MIN + 40) * 60_000, user.name, 'session.signOut', 'user', user.id, {}));
        walkIns.scheduleDay(timeline, midnight, count, user.name, scale, cutoff);
        after.deskDay(midnight, count, contactOfSomeClient);
        const exactDocuments = (weights[i]! / total) * documentCount + documentCarry;
        const documentsToday = Math.round(exactDocuments);
        documentCarry = exactDocuments - documentsToday;
        archive.deskDay(midnight, documentsToday);
      }
      timeline.play(localDay(days[i]!));
      if (i % 30 === 0 || last) progress('history', i + 1, days.length);
    }
    const touch = store.prepare('UPDATE users SET last_sign_in_at = ?, updated_at = ?, device_id = ? WHERE id = ?');
    for (const [id, at] of lastSignIn) touch.run(new Date(at).toISOString(), new Date(at).toISOString(), desk.deviceId, id);
    const sampleSet = samples.result(visits.onSite, (rowid) => people.byRowid(rowid).phone);
    store.finish((done, total) => progress('indexes', done, total));
    progress('indexes', 1, 1);

    progress('open', 0, 1);
    // The app opens its new data once: start-up checks and data migrations (the search index catches up here).
    const core = await openCore(opts.dir);
    const counts = Object.fromEntries(COUNTED.map((t) => [t, core.sqlite.prepare(`SELECT COUNT(*) FROM ${t}`).pluck().get() as number]));
    await core.close();
    progress('open', 1, 1);

    const manifest: GeneratedManifest = {
      dir: opts.dir,
      adminLogin: desk.adminLogin,
      adminPassword: desk.adminPassword,
      recoveryPassphrase: desk.recoveryPassphrase,
      counts,
      tookMs: Math.round(performance.now() - began),
      seed,
      endDate,
      samples: sampleSet,
    };
    writeFileSync(join(opts.dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    return manifest;
  } catch (err) {
    if (store.sqlite.open) store.abort();
    throw err;
  }
}

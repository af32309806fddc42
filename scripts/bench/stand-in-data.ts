import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localDay } from '../../main/core/clock';
import type { VisitSummary } from '../../contract/visits';
import { openCore } from '../generate/desk';
import { MANIFEST_FILE, type GeneratedManifest } from './manifest';
import { pinyinOf } from './search-inputs';

/**
 * A small data folder built through the app's own channels, for `--quick` and
 * the smoke test: the bench's harness runs on it in seconds. Realistic volume
 * is scripts/generate's job; this only has to hold every kind of thing the
 * bench asks about (compound and heteronym surnames, ü, companies, phones,
 * plans with guests, people on site).
 */
const SURNAMES = ['王', '李', '张', '刘', '陈', '欧阳', '司马', '曾', '单', '吕', '诸葛', '黄'];
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平绿律';
const CITIES = ['北京', '上海', '深圳', '杭州', '成都'];


export async function buildStandInData(dir: string, opts: { visitors: number; plans: number }): Promise<GeneratedManifest> {
  // The generator's way of opening the app on a folder (no printer, downloads kept in the folder).
  const core = await openCore(dir);
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await core.dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
    return r.value as T;
  };
  try {
    const { passphrase } = await call<{ passphrase: string }>('setup.recoveryPassphrase', {});
    const admin = { login: 'admin', password: 'Bench-pass-1' };
    await call('setup.complete', { siteName: '基准', locale: 'zh-CN', adminLogin: admin.login, adminName: '管理员', adminPassword: admin.password, recoveryPassphrase: passphrase });
    const clientIds: string[] = [];
    // A VIP client is looked after by a user (the administrator set up above).
    const manager = (await call<{ user: { id: string } }>('session.status', {})).user.id;
    for (let c = 0; c < 12; c++) {
      const vip = c % 4 === 0;
      clientIds.push((await call<{ id: string }>('clients.create', { name: `${CITIES[c % CITIES.length]}${GIVEN[c]}科技有限公司`, tier: vip ? 'vip' : 'normal', ...(vip && { accountManagerUserId: manager }) })).id);
    }
    const visits: (VisitSummary & { input: { name: string; company: string; phone: string } })[] = [];
    for (let i = 0; i < opts.visitors; i++) {
      const input = {
        name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}${i % 3 === 0 ? GIVEN[(i * 13) % GIVEN.length] : ''}`,
        company: `${CITIES[i % CITIES.length]}${GIVEN[i % GIVEN.length]}贸易公司`,
        phone: `13${String(800000000 + i * 7919).slice(0, 9)}`,
        idType: 'passport',
        idNumber: `E${String(10000000 + i)}`,
        host: '李娜',
        privacyAck: true,
      };
      const visit = await call<VisitSummary>('visits.checkIn', input);
      visits.push({ ...visit, input });
      if (i % 4 !== 0) await call('visits.checkOut', { visitId: visit.id });
    }
    const today = new Date();
    for (let p = 0; p < opts.plans; p++) {
      const day = localDay(new Date(today.getFullYear(), today.getMonth(), today.getDate() + p - Math.floor(opts.plans / 2)));
      const plan = await call<{ id: string }>('plans.create', { title: `${CITIES[p % CITIES.length]}客户来访 ${p}`, clientId: clientIds[p % clientIds.length], level: 'normal', arrivalAt: `${day}T09:00`, departureAt: `${day}T17:00`, expectedHeadcount: 3 });
      const guests = [0, 1, 2].map((g) => ({ personId: visits[(p * 3 + g) % visits.length]!.personId, isLead: g === 0 }));
      await call('plans.setGuests', { planId: plan.id, guests });
      if (day === localDay(today)) await call('plans.transition', { id: plan.id, to: 'confirmed' });
    }
    const names = [...new Set(visits.map((v) => v.input.name))];
    const manifest: GeneratedManifest = {
      dir,
      adminLogin: admin.login,
      adminPassword: admin.password,
      recoveryPassphrase: passphrase,
      counts: { people: visits.length, visits: visits.length, plans: opts.plans, clients: clientIds.length },
      samples: {
        names,
        pinyin: names.map(pinyinOf),
        initials: names.map((n) => [...n].map((c) => pinyinOf(c)[0]).join('')),
        phones: visits.map((v) => v.input.phone),
        companies: [...new Set(visits.map((v) => v.input.company))],
        badgeNos: visits.map((v) => v.badgeNo),
      },
    };
    writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
    return manifest;
  } finally {
    await core.close();
  }
}

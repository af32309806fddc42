import { nameKeys, orgKeys } from '../../main/search/pinyin';
import type { AuditChain } from './audit';
import { companyName, industryOf } from './companies';
import { personName } from './names';
import type { PeopleWriter, PersonInfo } from './people';
import { Weighted, uuidV7At, type Random } from './random';
import type { BulkStore } from './store';
import type { Timeline } from './timeline';

/*
 * Client organisations (a few thousand at full size) and their people. Most
 * are filed in the desk's first weeks (the address book brought in at the
 * start), the rest as business grows; each comes with the contacts a
 * coordinator files for it, who are the guests its visits bring.
 */

export type Tier = 'vip' | 'key' | 'normal';
const TIERS = new Weighted<Tier>([
  ['vip', 6],
  ['key', 22],
  ['normal', 72],
]);
const CONTACTS: Record<Tier, [number, number]> = { vip: [5, 10], key: [3, 6], normal: [1, 4] };
const TITLES = ['总经理', '副总经理', '采购经理', '技术总监', '销售总监', '项目经理', '董事长', '副总裁', '行政主管', '财务经理', '市场部经理', '研发工程师'];
const TAGS = ['老客户', '华南区', '华东区', '战略合作', '潜在客户', '上市公司', '外资', '政府关系', '重点跟进'];
const DIETS = ['', '', '', '', '', '素食', '清真', '不吃辣', '海鲜过敏'];

export interface ClientScript {
  id: string;
  name: string;
  tier: Tier;
  createdAt: number;
  contactCount: number;
  /** Filled when the client is played: its people, in filing order. */
  contacts: PersonInfo[];
}

/** Decides the clients and when each is filed; nothing is written yet. */
export function planClients(random: Random, count: number, start: number, end: number, reserved: Set<string>): ClientScript[] {
  const clients: ClientScript[] = [];
  const early = start + 30 * 86_400_000;
  for (let i = 0; i < count; i++) {
    let name = companyName(random);
    while (reserved.has(name)) name = companyName(random);
    reserved.add(name);
    const tier = TIERS.pick(random);
    const day = random.chance(0.3) ? start + random.next() * (early - start) : start + random.next() * (end - start);
    // Filed in office hours by the coordinator.
    const d = new Date(day);
    d.setHours(random.int(9, 16), random.int(0, 59), random.int(0, 59), 0);
    const [lo, hi] = CONTACTS[tier];
    clients.push({ id: '', name, tier, createdAt: Math.max(start, d.getTime()), contactCount: random.int(lo, hi), contacts: [] });
  }
  clients.sort((a, b) => a.createdAt - b.createdAt);
  for (const c of clients) c.id = uuidV7At(c.createdAt, random);
  return clients;
}

export interface ClientWriting {
  store: BulkStore;
  audit: AuditChain;
  people: PeopleWriter;
  random: Random;
  deviceId: string;
  actor: string;
  accountManagers: string[];
}

/** Files each client, then its contacts a minute apart, as client.create and person.create write them. */
export function scheduleClients(timeline: Timeline, clients: ClientScript[], w: ClientWriting): void {
  for (const client of clients) {
    timeline.at(client.createdAt, () => writeClient(client, w));
    for (let i = 0; i < client.contactCount; i++) timeline.at(client.createdAt + (i + 1) * 70_000, () => writeContact(client, w));
  }
}

function writeClient(client: ClientScript, w: ClientWriting): void {
  const stamp = new Date(client.createdAt).toISOString();
  const keys = orgKeysCached(client.name);
  const industry = industryOf(client.name);
  const accountManager = client.tier === 'normal' && w.random.chance(0.5) ? '' : w.random.pick(w.accountManagers);
  const tags = [...new Set(Array.from({ length: w.random.int(0, 2) }, () => w.random.pick(TAGS)))];
  w.store.insert('clients', {
    id: client.id,
    created_at: stamp,
    updated_at: stamp,
    device_id: w.deviceId,
    name: client.name,
    name_pinyin: keys.full,
    name_initials: keys.initials,
    industry,
    tier: client.tier,
    account_manager: accountManager,
    background: w.random.chance(0.6) ? `主营${industry}，成立${w.random.int(3, 30)}年，员工约${w.random.int(1, 50) * 100}人；年采购额约${w.random.int(5, 500) * 10}万元。` : '',
    tags: JSON.stringify(tags),
  });
  w.audit.append(client.createdAt, w.actor, 'client.create', 'client', client.id, { name: client.name, tier: client.tier, industry, accountManager, tags });
}

function writeContact(client: ClientScript, w: ClientWriting): void {
  const at = client.createdAt + (client.contacts.length + 1) * 70_000;
  const name = personName(w.random);
  const initials = orgKeysCached(client.name).initials.slice(0, 6) || 'corp';
  const title = w.random.pick(TITLES);
  const person = w.people.create(at, {
    name,
    company: client.name,
    clientId: client.id,
    title,
    email: w.random.chance(0.6) ? `${nameKeys(name.name).full.slice(0, 20)}@${initials}.com.cn` : '',
    dietary: w.random.pick(DIETS),
    birthday: client.tier === 'vip' && w.random.chance(0.5) ? `${w.random.int(1960, 1995)}-${String(w.random.int(1, 12)).padStart(2, '0')}-${String(w.random.int(1, 28)).padStart(2, '0')}` : null,
    idChance: 0.4,
  });
  client.contacts.push(person);
  w.audit.append(at, w.actor, 'person.create', 'person', person.id, {
    name: person.name,
    clientId: client.id,
    company: person.company,
    title,
    idMasked: person.idMasked,
  });
}

const orgKeyCache = new Map<string, { full: string; initials: string }>();
function orgKeysCached(name: string) {
  let k = orgKeyCache.get(name);
  if (!k) orgKeyCache.set(name, (k = orgKeys(name)));
  return k;
}

import { v7 as uuidv7 } from 'uuid';
import { CLIENT_TIERS } from '../../../contract/clients';
import type { FolderLevel, SecurityLevel } from '../../../contract/archive';
import { VALUE_LABELS } from '../../../contract/labels';
import { archiveFolders, documentClasses } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { insertStamps, type ReadDb, type WriteTx } from '../../core/write-path';

/*
 * What a new desk's archive starts with (DIGEST 03): the three-level tree the
 * office files by — business type, then the client tiers as the app names
 * them, then the project's stage — and the usual classes of a reception
 * office's papers with their retention periods. Seeded once by key; the
 * administrators' renames and additions are never overwritten.
 */

interface BuiltInFolder {
  key: string;
  parentKey: string | null;
  level: FolderLevel;
  zh: string;
  en: string;
  sort: number;
}

interface BuiltInClass {
  key: string;
  zh: string;
  en: string;
  years: number;
  security: SecurityLevel;
  sort: number;
}

const BUSINESS_TYPES = [
  { key: 'business', zh: '商务拜访', en: 'Business visit' },
  { key: 'government', zh: '政府接待', en: 'Government reception' },
  { key: 'technical', zh: '技术交流', en: 'Technical exchange' },
  { key: 'meetings', zh: '会议活动', en: 'Meetings & events' },
];

const STAGES = [
  { key: 'negotiation', zh: '洽谈', en: 'Negotiation' },
  { key: 'execution', zh: '执行', en: 'Execution' },
  { key: 'closed', zh: '结案', en: 'Closed' },
];

function builtInFolders(): BuiltInFolder[] {
  const out: BuiltInFolder[] = [];
  BUSINESS_TYPES.forEach((b, bi) => {
    out.push({ key: b.key, parentKey: null, level: 'businessType', zh: b.zh, en: b.en, sort: bi });
    CLIENT_TIERS.forEach((tier, ti) => {
      const tierKey = `${b.key}.${tier}`;
      out.push({
        key: tierKey,
        parentKey: b.key,
        level: 'clientTier',
        zh: `${VALUE_LABELS['zh-CN'].clientTier[tier]}客户`,
        en: `${VALUE_LABELS.en.clientTier[tier]} clients`,
        sort: ti,
      });
      STAGES.forEach((s, si) => out.push({ key: `${tierKey}.${s.key}`, parentKey: tierKey, level: 'projectStage', zh: s.zh, en: s.en, sort: si }));
    });
  });
  return out;
}

export const BUILT_IN_FOLDERS: readonly BuiltInFolder[] = builtInFolders();

/** Periods after common practice for company records (contracts 10 years; plans and minutes 5; pictures and printouts shorter). */
export const BUILT_IN_CLASSES: readonly BuiltInClass[] = [
  { key: 'contract', zh: '合同', en: 'Contract', years: 10, security: 'confidential', sort: 0 },
  { key: 'plan', zh: '接待方案', en: 'Reception plan', years: 5, security: 'internal', sort: 1 },
  { key: 'minutes', zh: '会议纪要', en: 'Minutes', years: 5, security: 'internal', sort: 2 },
  { key: 'photos', zh: '照片', en: 'Photos', years: 3, security: 'internal', sort: 3 },
  { key: 'printouts', zh: '打印件', en: 'Printouts', years: 2, security: 'internal', sort: 4 },
  { key: 'other', zh: '其他', en: 'Other', years: 3, security: 'internal', sort: 5 },
];

function missing(db: ReadDb) {
  const folderKeys = new Set(db.select({ key: archiveFolders.builtInKey }).from(archiveFolders).all().map((r) => r.key));
  const classKeys = new Set(db.select({ key: documentClasses.builtInKey }).from(documentClasses).all().map((r) => r.key));
  return { folders: BUILT_IN_FOLDERS.filter((f) => !folderKeys.has(f.key)), classes: BUILT_IN_CLASSES.filter((c) => !classKeys.has(c.key)) };
}

/** Idempotent by built_in_key: an administrator's rename or archiving is kept, a removed one not brought back twice. */
export function seedArchive(tx: WriteTx): number {
  const add = missing(tx);
  const idByKey = new Map(tx.select({ id: archiveFolders.id, key: archiveFolders.builtInKey }).from(archiveFolders).all().map((r) => [r.key, r.id]));
  for (const f of add.folders) {
    // A parent an administrator removed leaves its built-in children out too: they would float at the top.
    const parentId = f.parentKey ? idByKey.get(f.parentKey) : null;
    if (parentId === undefined) continue;
    const id = uuidv7();
    idByKey.set(f.key, id);
    tx.insert(archiveFolders).values({ id, ...insertStamps(tx), parentId, level: f.level, nameZh: f.zh, nameEn: f.en, sort: f.sort, builtInKey: f.key }).run();
  }
  for (const c of add.classes) {
    tx.insert(documentClasses)
      .values({ id: uuidv7(), ...insertStamps(tx), nameZh: c.zh, nameEn: c.en, retentionYears: c.years, defaultSecurity: c.security, sort: c.sort, builtInKey: c.key })
      .run();
  }
  return add.folders.length + add.classes.length;
}

/** Seeds at first use, recorded as the app's own act (nothing is written when all are there). */
export function ensureArchiveSeeds(ctx: ServiceContext): void {
  const m = missing(ctx.db);
  if (m.folders.length === 0 && m.classes.length === 0) return;
  ctx.writeAs('system', seedArchive, (n) => ({ action: 'archive.seed', entity: 'archiveFolder', entityId: null, detail: { count: n } }));
}

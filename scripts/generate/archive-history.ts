import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DocumentKind, SecurityLevel } from '../../contract/archive';
import { localDay } from '../../main/core/clock';
import { SealingWriter } from '../../main/documents/file-cipher';
import { documentKeys, documentsDir, storedNameOf, storedPath, type DocumentKeys } from '../../main/documents/layout';
import { retainUntilOf } from '../../main/services/archive';
import { FIRST_VERSION_NOTE } from '../../main/services/archive/create';
import type { AuditChain } from './audit';
import type { ClientScript } from './clients';
import type { StaffAccount } from './desk';
import type { PlanScript } from './plan-script';
import { Weighted, uuidV7At, type Random } from './random';
import type { BulkStore } from './store';
import type { Timeline } from './timeline';

/*
 * The archive as an office fills it (issue 15): a couple of documents a
 * working day per hundred visitors — agreements, reception plans, minutes,
 * photos, printouts — filed in the seeded tree under the seeded classes (the
 * app seeded both during setup, so the folder holds what the app itself
 * would), some with a second or third version (the newest sometimes still
 * waiting for a manager), each file really in the store: sealed with the
 * store's own cipher under the desk's backup key, named as the store names
 * it, so the storage check of the generated folder passes. Confidential
 * files have no extracted text (DESIGN15); the others carry a few hundred to
 * a few thousand characters, some with a project code name that is never in
 * a title (what the benchmark's "word inside a file" search looks for).
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Documents a working day per visit of that day: 2 per 100 visits, scaled so the 100k preset (500k visits) holds about 20 000. */
export const DOCUMENTS_PER_VISIT = 1 / 25;

/** Words the generator puts only inside files' text, never in titles, notes or tags. */
export const TEXT_ONLY_WORDS = ['青鸾', '玄武', '白泽', '毕方', '鲲鹏', '重明', '乘黄', '当康'] as const;

interface ClassInfo {
  id: string;
  key: string;
  years: number;
  security: SecurityLevel;
}

interface Kind {
  titles: string[];
  files: Weighted<DocumentKind>;
  weight: number;
}

const KINDS: Record<string, Kind> = {
  contract: { titles: ['合作协议', '保密协议', '采购合同', '框架协议', '服务合同'], files: new Weighted<DocumentKind>([['pdf', 6], ['docx', 4]]), weight: 12 },
  plan: { titles: ['接待方案', '来访日程安排', '接待预算表', '用车安排'], files: new Weighted<DocumentKind>([['docx', 5], ['pdf', 3], ['xlsx', 2]]), weight: 26 },
  minutes: { titles: ['会议纪要', '洽谈纪要', '技术交流纪要'], files: new Weighted<DocumentKind>([['docx', 6], ['pdf', 4]]), weight: 22 },
  photos: { titles: ['参观照片', '合影留念', '展厅参观照片'], files: new Weighted<DocumentKind>([['jpeg', 7], ['png', 3]]), weight: 18 },
  printouts: { titles: ['签到表', '访客名单', '欢迎牌'], files: new Weighted<DocumentKind>([['pdf', 6], ['xlsx', 4]]), weight: 12 },
  other: { titles: ['礼品清单', '满意度反馈汇总', '来访须知'], files: new Weighted<DocumentKind>([['pdf', 5], ['docx', 5]]), weight: 10 },
};
const CLASS_KEYS = new Weighted<string>(Object.entries(KINDS).map(([k, v]) => [k, v.weight] as const));
const BUSINESS_TYPES = new Weighted<string>([['business', 45], ['technical', 25], ['meetings', 20], ['government', 10]]);
const STAGES = new Weighted<string>([['negotiation', 30], ['execution', 45], ['closed', 25]]);
const TAGS = ['重要', '待归档', '年度合作', '技术', '外事', '样品', '报价', '签约', '领导参观', '展会'];
const NOTES = ['原件存放于行政部档案柜', '纸质版已盖章', '电子版为扫描件', '请勿外传', '客户确认版本', '附件见邮件'];
const REASONS = ['根据客户意见修改', '补充附件', '更正日期', '领导审阅后调整', '格式修订'];
const TEXT_KINDS = new Set<DocumentKind>(['pdf', 'docx', 'xlsx']);
const MIME_HEAD: Record<string, Buffer> = {
  docx: Buffer.from('504b0304140006000800', 'hex'),
  xlsx: Buffer.from('504b0304140006000800', 'hex'),
  jpeg: Buffer.from('ffd8ffe000104a464946', 'hex'),
  png: Buffer.from('89504e470d0a1a0a', 'hex'),
};
const EXTENSION: Record<string, string> = { pdf: 'pdf', docx: 'docx', xlsx: 'xlsx', jpeg: 'jpg', png: 'png' };
const SENTENCES = [
  '双方本着平等互利的原则，经友好协商，就相关事项达成如下共识。',
  '接待期间由行政部统一安排会议室、用车及餐饮，确保来访顺利进行。',
  '会议讨论了下一阶段的合作重点、时间安排和责任分工。',
  '参观路线包括展厅、研发中心和生产车间，全程由专人讲解。',
  '请各部门于会前完成资料准备，并将材料电子版提前发送至行政部。',
  '本文件内容仅供内部参考，未经许可不得对外提供。',
  '客户对本次接待工作表示满意，并提出了进一步交流的意向。',
  '付款方式按合同约定分期执行，验收合格后支付尾款。',
  '如遇特殊情况需调整日程，由对接人及时通知各方并更新安排。',
  '安全须知：访客须佩戴访客证，在陪同人员带领下进入非开放区域。',
];

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** A real one-page PDF naming the document (small, and the kind sniffing would call it a PDF). */
function tinyPdf(line: string): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${line}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export interface ArchiveWriting {
  store: BulkStore;
  audit: AuditChain;
  timeline: Timeline;
  random: Random;
  deviceId: string;
  cutoff: number;
  dataDir: string;
  backupKey: Buffer;
  /** Who files documents. */
  staff: StaffAccount[];
  /** Who decides later versions (archive.approve, never the submitter). */
  approver: StaffAccount;
  clients: ClientScript[];
  plans: PlanScript[];
}

/** Writes documents day by day; one instance for a whole generation run. */
export class ArchiveHistory {
  private readonly keys: DocumentKeys;
  private readonly dir: string;
  private readonly classes = new Map<string, ClassInfo>();
  private readonly folders = new Map<string, string>();
  private readonly codes = new Map<string, number>();
  private readonly madeDirs = new Set<string>();
  private readonly setCurrent;
  private clientsKnown = 0;
  private plansKnown = 0;
  private readonly plansByCreation: PlanScript[];
  written = 0;

  constructor(private readonly w: ArchiveWriting) {
    this.keys = documentKeys(w.backupKey);
    this.dir = documentsDir(w.dataDir);
    const classes = w.store.prepare("SELECT id, built_in_key AS key, retention_years AS years, default_security AS security FROM document_classes WHERE built_in_key <> ''").all() as ClassInfo[];
    for (const c of classes) this.classes.set(c.key, c);
    for (const k of Object.keys(KINDS)) if (!this.classes.has(k)) throw new Error(`the app did not seed the document class ${k}`);
    const folders = w.store.prepare("SELECT id, built_in_key AS key FROM archive_folders WHERE built_in_key <> ''").all() as { id: string; key: string }[];
    for (const f of folders) this.folders.set(f.key, f.id);
    this.setCurrent = w.store.prepare('UPDATE documents SET current_version_id = ? WHERE id = ?');
    this.plansByCreation = [...w.plans].sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Files `count` documents over the working hours of the day starting at `midnight`. */
  deskDay(midnight: number, count: number): void {
    for (let i = 0; i < count; i++) {
      const at = midnight + 9 * HOUR + this.w.random.int(0, 8 * 60) * MINUTE + this.w.random.int(0, 59_000);
      this.w.timeline.at(at, () => this.file(at));
    }
  }

  private nextCode(at: number): string {
    const day = localDay(new Date(at));
    const n = (this.codes.get(day) ?? 0) + 1;
    this.codes.set(day, n);
    return `AR-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-${pad(n, 3)}`;
  }

  /** A client that existed at `at`, and sometimes one of its plans (the plans of the last weeks, as offices file them). */
  private links(at: number): { client: ClientScript | null; plan: PlanScript | null } {
    const { clients, random } = this.w;
    while (this.clientsKnown < clients.length && clients[this.clientsKnown]!.createdAt < at) this.clientsKnown++;
    while (this.plansKnown < this.plansByCreation.length && this.plansByCreation[this.plansKnown]!.createdAt < at) this.plansKnown++;
    if (this.plansKnown > 0 && random.chance(0.35)) {
      const plan = this.plansByCreation[this.plansKnown - 1 - random.int(0, Math.min(30, this.plansKnown - 1))]!;
      return { client: plan.client.createdAt < at ? plan.client : null, plan };
    }
    if (this.clientsKnown === 0 || random.chance(0.15)) return { client: null, plan: null };
    return { client: clients[random.int(0, this.clientsKnown - 1)]!, plan: null };
  }

  private text(title: string, client: string, day: string): string {
    const { random } = this.w;
    const parts = [`${title}`, `日期：${day}`, client ? `单位：${client}` : ''];
    if (random.chance(0.3)) parts.push(`项目代号：${random.pick(TEXT_ONLY_WORDS)}`);
    const sentences = random.int(8, 120);
    for (let i = 0; i < sentences; i++) parts.push(random.pick(SENTENCES));
    return parts.join('\n');
  }

  private seal(contentHash: string, plain: Buffer): string {
    const storedName = storedNameOf(this.keys, contentHash);
    const path = storedPath(this.dir, storedName);
    const folder = dirname(path);
    if (!this.madeDirs.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.madeDirs.add(folder);
    }
    const fd = openSync(path, 'wx', 0o600);
    try {
      const writer = new SealingWriter(fd, this.keys.file);
      writer.write(plain);
      writer.finish();
    } finally {
      closeSync(fd);
    }
    return storedName;
  }

  /** One version's file: placed in the store, its blob (and text) row written. */
  private blob(kind: DocumentKind, code: string, versionNo: number, text: string | null, confidential: boolean, at: number): { contentHash: string; size: number } {
    const { random } = this.w;
    const line = `${code} v${versionNo} ${random.hex(16)}`;
    const plain =
      kind === 'pdf'
        ? Buffer.concat([tinyPdf(line), Buffer.from(`%${random.hex(random.int(400, 3000))}\n`, 'latin1')])
        : Buffer.concat([MIME_HEAD[kind]!, Buffer.from(line, 'latin1'), Buffer.from(random.hex(random.int(800, 6000)), 'latin1')]);
    const contentHash = createHash('sha256').update(plain).digest('hex');
    const storedName = this.seal(contentHash, plain);
    const textStatus = !TEXT_KINDS.has(kind) ? 'unsupported' : confidential ? 'withheld' : 'extracted';
    this.w.store.insert('document_blobs', { content_hash: contentHash, stored_name: storedName, size: plain.length, kind, text_status: textStatus, created_at: new Date(at).toISOString() });
    if (textStatus === 'extracted' && text !== null) this.w.store.insert('document_texts', { content_hash: contentHash, text });
    return { contentHash, size: plain.length };
  }

  private file(at: number): void {
    const { random, store, audit, deviceId, cutoff } = this.w;
    const classKey = CLASS_KEYS.pick(random);
    const cls = this.classes.get(classKey)!;
    const kindInfo = KINDS[classKey]!;
    const { client, plan } = this.links(at);
    const docDay = localDay(new Date(plan && plan.arrival.getTime() < at ? plan.arrival.getTime() : at - random.int(0, 20) * DAY));
    const clientName = client?.name ?? '';
    const base = random.pick(kindInfo.titles);
    const title = clientName
      ? random.chance(0.5)
        ? `${clientName}${base}（${docDay.slice(0, 4)}年${Number(docDay.slice(5, 7))}月）`
        : `${base}——${clientName}来访 ${docDay}`
      : `${base} ${docDay}`;
    const security: SecurityLevel = cls.security === 'internal' && random.chance(0.08) ? 'public' : cls.security;
    const confidential = security === 'confidential';
    const code = this.nextCode(at);
    const kind = kindInfo.files.pick(random);
    const stage = STAGES.pick(random);
    const folderId = random.chance(0.9) ? (this.folders.get(`${BUSINESS_TYPES.pick(random)}.${client?.tier ?? 'normal'}.${stage}`) ?? null) : null;
    const notes = random.chance(0.3) ? random.pick(NOTES) : '';
    const tags = [...new Set(Array.from({ length: random.int(0, 3) }, () => random.pick(TAGS)))];
    const submitter = random.pick(this.w.staff);
    const id = uuidV7At(at, random);
    const stamp = new Date(at).toISOString();
    const fileName = (n: number) => `${base}${n > 1 ? `_v${n}` : ''}.${EXTENSION[kind]}`;
    const body = (n: number) => (TEXT_KINDS.has(kind) && !confidential ? this.text(`${title}${n > 1 ? `（第${n}版）` : ''}`, clientName, docDay) : null);

    // The versions that happen before the present: a second or third a few days apart, the newest sometimes still waiting.
    const versionCount = random.chance(0.7) ? 1 : random.chance(0.7) ? 2 : 3;
    const times = [at];
    for (let n = 2; n <= versionCount; n++) {
      const next = times[times.length - 1]! + random.int(1, 15) * DAY + random.int(0, 6 * 60) * MINUTE;
      if (next + HOUR > cutoff) break;
      times.push(next);
    }
    const first = this.blob(kind, code, 1, body(1), confidential, at);
    store.insert('documents', {
      id,
      created_at: stamp,
      updated_at: new Date(times[times.length - 1]!).toISOString(),
      device_id: deviceId,
      code,
      title,
      notes,
      class_id: cls.id,
      security,
      folder_id: folderId,
      doc_date: docDay,
      retain_until: retainUntilOf(docDay, cls.years),
      plan_id: plan?.id ?? null,
      client_id: client?.id ?? null,
      current_version_id: null,
    });
    for (const tag of tags) store.insert('document_tags', { document_id: id, tag });
    const v1 = uuidV7At(at, random);
    store.insert('document_versions', {
      id: v1, created_at: stamp, updated_at: stamp, device_id: deviceId, document_id: id, version_no: 1, status: 'approved', content_hash: first.contentHash, file_name: fileName(1),
      reason: '', submitted_by_user_id: submitter.id, submitted_by_name: submitter.name, decided_by_user_id: submitter.id, decided_by_name: submitter.name, decided_at: stamp, decision_note: FIRST_VERSION_NOTE,
    });
    let current = v1;
    audit.append(at, submitter.name, 'document.create', 'document', id, { stored: 'new' });
    this.written++;

    for (let n = 2; n <= times.length; n++) {
      const submittedAt = times[n - 1]!;
      const decidedAt = submittedAt + random.int(10, 600) * MINUTE;
      // The newest version waits for a manager now and then, and always when its decision would fall after the present.
      const pending = (n === times.length && random.chance(0.25)) || decidedAt > cutoff;
      const reason = random.pick(REASONS);
      const file = this.blob(kind, code, n, body(n), confidential, submittedAt);
      const vid = uuidV7At(submittedAt, random);
      const sStamp = new Date(submittedAt).toISOString();
      const dStamp = new Date(decidedAt).toISOString();
      store.insert('document_versions', {
        id: vid, created_at: sStamp, updated_at: pending ? sStamp : dStamp, device_id: deviceId, document_id: id, version_no: n, status: pending ? 'pending' : 'approved', content_hash: file.contentHash,
        file_name: fileName(n), reason, submitted_by_user_id: submitter.id, submitted_by_name: submitter.name, decided_by_user_id: pending ? null : this.w.approver.id,
        decided_by_name: pending ? null : this.w.approver.name, decided_at: pending ? null : dStamp, decision_note: '',
      });
      this.w.timeline.at(submittedAt, () => audit.append(submittedAt, submitter.name, 'document.version.submit', 'document', id, { versionNo: n, reason }));
      if (!pending) {
        current = vid;
        this.w.timeline.at(decidedAt, () => audit.append(decidedAt, this.w.approver.name, 'document.version.approve', 'document', id, { versionNo: n }));
      }
    }
    this.setCurrent.run(current, id);
  }
}


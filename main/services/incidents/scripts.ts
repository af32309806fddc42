import { asc, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Parsed } from '../../../contract';
import type { ReplyScript } from '../../../contract/incidents';
import { replyScripts } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { insertStamps, type ReadDb, type WriteTx } from '../../core/write-path';
import { searchForm } from '../../search';
import { orgKeys } from '../../search/pinyin';
import { BUILT_IN_SCRIPTS } from './built-in-scripts';

type ScriptRow = typeof replyScripts.$inferSelect;

function readJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

function scriptOf(row: ScriptRow): ReplyScript {
  return {
    id: row.id,
    scenario: row.scenario,
    title: readJson(row.title, { zh: '', en: '' }),
    body: readJson(row.body, { zh: '', en: '' }),
    tags: readJson<string[]>(row.tags, []),
    builtIn: row.builtInKey !== '',
    active: row.active,
  };
}

/** Toneless pinyin and initials of the Chinese title, for typing `jdts` or `jiedai`. */
function titlePinyin(zh: string): string {
  const keys = orgKeys(zh);
  return `${keys.full} ${keys.initials}`;
}

function missing(db: ReadDb) {
  const have = new Set(db.select({ key: replyScripts.builtInKey }).from(replyScripts).all().map((r) => r.key));
  return BUILT_IN_SCRIPTS.filter((b) => !have.has(b.key));
}

/** Idempotent by built_in_key: a manager's edit (or switching one off) is never overwritten, a removed one not brought back twice. */
export function seedScripts(tx: WriteTx): number {
  const add = missing(tx);
  for (const b of add) {
    tx.insert(replyScripts)
      .values({
        id: uuidv7(),
        ...insertStamps(tx),
        builtInKey: b.key,
        scenario: b.scenario,
        title: JSON.stringify(b.title),
        body: JSON.stringify(b.body),
        tags: JSON.stringify(b.tags),
        titlePinyin: titlePinyin(b.title.zh),
      })
      .run();
  }
  return add.length;
}

/** Seeds at first read, recorded as the app's own act (nothing is written when all are there). */
export function ensureScripts(ctx: ServiceContext): void {
  if (missing(ctx.db).length === 0) return;
  ctx.writeAs('system', seedScripts, (n) => ({ action: 'script.seed', entity: 'replyScript', entityId: null, detail: { count: n } }));
}

/** Whether a script holds every word of the query (Chinese, English, tags, or the title's pinyin and initials). */
function matches(row: ScriptRow, script: ReplyScript, words: string[]): boolean {
  const haystack = searchForm([script.title.zh, script.title.en, script.body.zh, script.body.en, ...script.tags].join(' '));
  const pinyin = row.titlePinyin.split(' ');
  return words.every((w) => haystack.includes(w) || pinyin.some((p) => p.startsWith(w)));
}

/** The library, by scenario then as created; the table stays small (tens of rows), so the query filters in memory. */
export function listScripts(ctx: ServiceContext, input: Parsed<'scripts', 'list'>): ReplyScript[] {
  ensureScripts(ctx);
  const words = (input.query ?? '').split(/\s+/).map(searchForm).filter((w) => w !== '');
  return ctx.db
    .select()
    .from(replyScripts)
    .where(input.scenario ? eq(replyScripts.scenario, input.scenario) : undefined)
    .orderBy(asc(replyScripts.createdAt), asc(replyScripts.id))
    .all()
    .filter((r) => r.deletedAt === null && (input.includeInactive || r.active))
    .map((r) => ({ row: r, script: scriptOf(r) }))
    .filter(({ row, script }) => words.length === 0 || matches(row, script, words))
    .map(({ script }) => script);
}

export function saveScript(ctx: ServiceContext, input: Parsed<'scripts', 'save'>): ReplyScript {
  ensureScripts(ctx);
  const before = input.id ? ctx.db.select().from(replyScripts).where(eq(replyScripts.id, input.id)).get() : undefined;
  if (input.id && (!before || before.deletedAt)) throw new AppError('NOT_FOUND', 'No such reply script.', { reason: 'scriptNotFound' });
  const tags = [...new Set(input.tags.map((t) => t.trim()).filter((t) => t !== ''))];
  const values = {
    scenario: input.scenario,
    title: JSON.stringify(input.title),
    body: JSON.stringify(input.body),
    tags: JSON.stringify(tags),
    titlePinyin: titlePinyin(input.title.zh),
    active: input.active,
  };
  return ctx.write(
    (tx) => {
      const id = before?.id ?? uuidv7();
      if (before) tx.update(replyScripts).set(values).where(eq(replyScripts.id, id)).run();
      else tx.insert(replyScripts).values({ id, ...insertStamps(tx), ...values }).run();
      return scriptOf(tx.select().from(replyScripts).where(eq(replyScripts.id, id)).get()!);
    },
    (s) => ({
      action: 'script.save',
      entity: 'replyScript',
      entityId: s.id,
      detail: { title: s.title.zh, scenario: s.scenario, active: s.active, isNew: !before },
    }),
  );
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../contract';
import { day, hasForbiddenChars, multilineText, normalizePhone, phone, text } from '../../contract/fields';
import { migratePhones, PHONES_VERSION_KEY } from '../../main/app/data-migrations';
import { makeTestCore, WALK_IN, type TestCore } from '../helpers/test-core';

/** Characters that hide or reorder what is shown or printed: refused in every free text. */
const DECEIVING: [string, string][] = [
  ['LRE', '\u202a'],
  ['RLE', '\u202b'],
  ['PDF', '\u202c'],
  ['LRO', '\u202d'],
  ['RLO', '\u202e'],
  ['LRI', '\u2066'],
  ['RLI', '\u2067'],
  ['FSI', '\u2068'],
  ['PDI', '\u2069'],
  ['LRM', '\u200e'],
  ['RLM', '\u200f'],
  ['ALM', '\u061c'],
  ['zero-width space', '\u200b'],
  ['ZWNJ', '\u200c'],
  ['ZWJ', '\u200d'],
  ['word joiner', '\u2060'],
  ['invisible times', '\u2062'],
  ['invisible plus', '\u2064'],
  ['BOM', '\ufeff'],
  ['soft hyphen', '\u00ad'],
  ['Mongolian vowel separator', '\u180e'],
  ['tag character', '\u{e0041}'],
  ['C1 NEL', '\u0085'],
  ['C1 CSI', '\u009b'],
  ['line separator', '\u2028'],
  ['paragraph separator', '\u2029'],
  ['lone high surrogate', '\ud800'],
  ['lone low surrogate', '\udc00'],
  ['Hangul filler', '\u3164'],
  ['combining grapheme joiner', '\u034f'],
  ['NUL', '\u0000'],
  ['ESC', '\u001b'],
  ['DEL', '\u007f'],
  ['carriage return', '\r'],
];

/** Real names and text that must pass untouched. */
const FINE = [
  '张伟',
  '阿卜杜·热合曼', // middle dot in minority and foreign names
  '欧阳　娜娜', // ideographic space typed by a Chinese IME
  'Zoë Müller-Lüdenscheidt',
  'José Ñúñez',
  '𠮷野家', // astral CJK
  '李娜 ❤️', // emoji with a variation selector, no joiner
  'O’Brien & Co. (北京)',
  'محمد', // right-to-left script itself is fine; only controls are refused
];

describe('the text rule', () => {
  it.each(DECEIVING)('refuses %s on one line and over several', (_label, ch) => {
    expect(hasForbiddenChars(`张${ch}伟`)).toBe(true);
    expect(hasForbiddenChars(`张${ch}伟`, true)).toBe(true);
    expect(text(50).safeParse(`张${ch}伟`)).toMatchObject({ success: false, error: { issues: [{ message: 'invalidChars' }] } });
  });

  it.each(FINE)('keeps %s', (s) => {
    expect(text(50).parse(s)).toBe(s);
  });

  it('refuses at the edges instead of trimming the character away', () => {
    for (const s of ['\ufeff张伟', '张伟\u2028', '\u200b张伟\u200b']) expect(text(50).safeParse(s).success).toBe(false);
    expect(text(50).parse('  张伟  ')).toBe('张伟');
  });

  it('lets multi-line text keep line feeds and tabs, nothing else', () => {
    expect(multilineText(100).parse('第一行\n\t第二行')).toBe('第一行\n\t第二行');
    expect(text(100).safeParse('第一行\n第二行').success).toBe(false);
    // A Windows paste (CR LF) or an old Mac's CR is the same line break, kept as LF.
    expect(multilineText(100).parse('第一行\r\n第二行\r第三行')).toBe('第一行\n第二行\n第三行');
    expect(multilineText(100).safeParse('第一行\u0001第二行').success).toBe(false);
    expect(multilineText(100).safeParse('第一行\u2028第二行').success).toBe(false);
  });
});

/**
 * Every string an input schema accepts, found by walking the contract: each
 * must refuse U+202E, except the ones that are not free text (ids, enums,
 * passwords, logins and ID numbers, checked by their own patterns; a scanned
 * badge number, which a scanner ends with Enter and which only looks a badge up).
 */
const NOT_FREE_TEXT = new Set(['password', 'current', 'next', 'adminPassword', 'passphrase', 'recoveryPassphrase', 'login', 'adminLogin', 'layoutId', 'idNumber', 'badgeNo']);

type Schema = z.core.$ZodType;
/** Each field (object property or array element) whose schema takes a string, as the whole field's schema. */
function stringFields(schema: Schema, path: string[] = [], field: Schema = schema): { path: string; schema: Schema }[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, Schema>).flatMap(([k, s]) => stringFields(s, [...path, k], s));
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
      return stringFields(def.innerType as Schema, path, field);
    case 'pipe':
      return stringFields(def.in as Schema, path, field);
    case 'array':
      return stringFields(def.element as Schema, [...path, '0'], def.element as Schema);
    case 'string':
      return [{ path: path.join('.'), schema: field }];
    default:
      return [];
  }
}

describe('every free-text input refuses reordering characters', () => {
  const fields = Object.entries(contract).flatMap(([domain, verbs]) =>
    Object.entries(verbs as Record<string, { input: Schema }>).flatMap(([verb, ch]) =>
      stringFields(ch.input)
        .filter((f) => !NOT_FREE_TEXT.has(f.path.split('.').pop()!))
        .map((f) => [`${domain}.${verb} ${f.path}`, f.schema] as const),
    ),
  );

  it('finds the free-text fields', () => {
    expect(fields.length).toBeGreaterThan(60);
  });

  it.each(fields)('%s', (_name, schema) => {
    const result = z.safeParse(schema as z.ZodType, '张\u202e伟');
    expect(result.success).toBe(false);
  });
});

describe('phones written with dashes, dots, brackets or a country code', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['138.0013.8000', '13800138000'],
    ['+86 138-0013-8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['0086 13800138000', '13800138000'],
    ['１３８－００１３－８０００', '13800138000'],
    ['(010) 6512-3456', '010-65123456'],
    ['（010）65123456', '010-65123456'],
    ['010-65123456', '010-65123456'],
    ['010 6512 3456', '010-65123456'],
    ['01065123456', '010-65123456'],
    ['+86 10 6512 3456', '010-65123456'],
    ['+86 (0)10 6512 3456', '010-65123456'],
    ['021-6123-4567', '021-61234567'],
    ['0755-8888 6666', '0755-88886666'],
    ['0571-8765432', '0571-8765432'],
    ['010-65123456-801', '010-65123456-801'],
    ['010 6512 3456 转 801', '010-65123456-801'],
    ['0571-8765432-12', '0571-8765432-12'],
    ['+44 20 7946 0958', '+442079460958'],
    ['0044 20 7946 0958', '+442079460958'],
    ['+1 (415) 555-2671', '+14155552671'],
    ['(0755) 8888-8888', '0755-88888888'],
    ['0755-8888 8888 转 123', '0755-88888888-123'],
    ['0755-8888 8888转123', '0755-88888888-123'],
    ['0755 8888 8888 分机 123', '0755-88888888-123'],
    ['010-65123456-8021', '010-65123456-8021'],
    ['010-6512-3456-8021', '010-65123456-8021'],
    ['010-65123456 ext. 123', '010-65123456-123'],
    ['010 6512 3456 Ext 123', '010-65123456-123'],
    ['0755-88888888 x123', '0755-88888888-123'],
    ['+86 755 8888 8888 转 123', '0755-88888888-123'],
    ['8888 8888 转 123', '88888888-123'],
    ['6512 3456', '65123456'],
    ['', ''],
  ])('%s → %s', (typed, stored) => {
    expect(normalizePhone(typed)).toBe(stored);
    expect(phone.parse(typed)).toBe(stored);
  });

  it.each([
    '12345',
    '138-0013-800',
    '010-123',
    'abc',
    '+86 138\u202e00138000',
    '138\u200b00138000',
    '010-65123456 转',
    '010-65123456 转 1234567',
    '0755-8888 8888 ext. abc',
    '138 0013 8000 转 12',
    '8888 8888 转',
  ])('refuses %s', (typed) => {
    expect(phone.safeParse(typed).success).toBe(false);
  });
});

describe('days', () => {
  it.each(['2026-02-28', '2024-02-29', '1800-01-01', '2999-12-31'])('accepts %s', (s) => {
    expect(day.parse(s)).toBe(s);
  });
  it.each([
    ['2026-02-29', 'date.notReal'],
    ['2026-02-30', 'date.notReal'],
    ['2026-13-45', 'date.notReal'],
    ['2026-00-10', 'date.notReal'],
    ['1799-12-31', 'date.notReal'],
    ['3000-01-01', 'date.notReal'],
    ['2026-2-3', 'date.format'],
    ['2026-02-03T00:00', 'date.format'],
  ])('refuses %s with %s', (s, message) => {
    expect(day.safeParse(s)).toMatchObject({ success: false, error: { issues: [{ message }] } });
  });
});

describe('through the router', () => {
  let core: TestCore;
  beforeAll(async () => (core = await makeTestCore()));
  afterAll(() => core.cleanup());

  it('a name with U+202E never reaches a badge', async () => {
    const result = await core.dispatch('visits.checkIn', { ...WALK_IN, name: '张\u202e伟' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'name', message: 'invalidChars' }] } });
  });

  it('a printer id, a reveal reason and a search query meet the same rule', async () => {
    for (const [channel, input, path] of [
      ['settings.update', { printerId: 'Brother\u202eQL' }, 'printerId'],
      ['visitors.revealId', { personId: '0190a000-0000-7000-8000-000000000000', reason: '核对\u200b身份' }, 'reason'],
      ['visitors.search', { query: '张\u2066' }, 'query'],
      ['audit.list', { text: '\u202e' }, 'text'],
    ] as const) {
      expect(await core.dispatch(channel, input)).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path, message: 'invalidChars' }] } });
    }
  });

  it('stores a phone typed with dashes as one written with spaces, and finds it by its digits', async () => {
    const a = await core.call<{ phone: string }>('people.create', { name: '周一', phone: '+86 138-0013-8001' });
    const b = await core.call<{ phone: string }>('people.create', { name: '周二', phone: '(010) 6512-3456', confirmNew: true });
    expect([a.phone, b.phone]).toEqual(['13800138001', '010-65123456']);
    const found = await core.call<{ person: { name: string }; reasons: string[] }[]>('people.find', { phone: '138 0013 8001' });
    expect(found.map((m) => [m.person.name, m.reasons])).toEqual([['周一', ['phone']]]);
  });

  it('a name saved before the rule existed prints without its reordering characters', async () => {
    const visit = await core.call<{ id: string; personId: string }>('visits.checkIn', { ...WALK_IN, name: '王芳', phone: '13900139000' });
    const { sqlite } = core;
    sqlite.prepare('UPDATE people SET name = ?, company = ? WHERE id = ?').run('王\u202e芳', '华\u200b为', visit.personId);
    // Visits print the name and company they were made with: an older visit's copy may hold them too.
    sqlite.prepare('UPDATE visits SET host = ?, visitor_name = ?, visitor_company = ? WHERE id = ?').run('李\u2066娜\u2069', '王\u202e芳', '华\u200b为', visit.id);
    const printed: unknown[] = [];
    const render = core.engine.renderPdf.bind(core.engine);
    core.engine.renderPdf = async (jobId, page) => {
      printed.push(await core.call('print.job', { jobId }));
      return render(jobId, page);
    };
    await core.call('print.badges', { visitIds: [visit.id], layoutId: 'label-89x36', printerId: 'pdf', locale: 'zh-CN' });
    expect(printed).toMatchObject([{ kind: 'badges', badges: [{ name: '王芳', company: '华为', host: '李娜' }] }]);
  });

  it('phones stored before the canonical form are brought to it once at start', async () => {
    const { sqlite } = core;
    expect(migratePhones(sqlite, 'test', new Date())).toEqual({ changed: null }); // createCore already ran it
    const a = await core.call<{ id: string }>('people.create', { name: '吴三', phone: '13800138003', confirmNew: true });
    const b = await core.call<{ id: string }>('people.create', { name: '吴四', confirmNew: true });
    // As an older version stored them: a landline without its dash, a mobile with one, and something that is no phone.
    sqlite.prepare('UPDATE people SET phone = ? WHERE id = ?').run('02161234567', a.id);
    sqlite.prepare('UPDATE people SET phone = ? WHERE id = ?').run('unknown', b.id);
    sqlite.prepare('DELETE FROM settings WHERE key = ?').run(PHONES_VERSION_KEY);
    expect(migratePhones(sqlite, 'test', new Date()).changed).toBeGreaterThanOrEqual(1);
    const phoneOf = (id: string) => sqlite.prepare('SELECT phone FROM people WHERE id = ?').pluck().get(id);
    expect([phoneOf(a.id), phoneOf(b.id)]).toEqual(['021-61234567', 'unknown']);
    const found = await core.call<{ person: { name: string } }[]>('people.find', { phone: '(021) 6123-4567' });
    expect(found.map((m) => m.person.name)).toEqual(['吴三']);
    expect(migratePhones(sqlite, 'test', new Date())).toEqual({ changed: null });
  });

  it('keeps line feeds in notes', async () => {
    const plan = await core.call<{ notes: string }>('plans.create', { title: '来访', notes: '第一行\n第二行', purpose: '参观\n交流' });
    expect(plan.notes).toBe('第一行\n第二行');
  });
});

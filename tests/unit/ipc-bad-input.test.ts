import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { channelNames } from '../../contract';
import { ADMIN, makeTestCore, residentId, WALK_IN, type TestCore } from '../helpers/test-core';

/**
 * Every channel, fed malformed, oversized and wrongly typed input, must answer
 * with a clear error and leave the database exactly as it was.
 */
let core: TestCore;
beforeAll(async () => {
  core = await makeTestCore();
  const v = await core.call<{ id: string }>('visits.checkIn', { ...WALK_IN, idNumber: residentId() });
  await core.call('print.badges', { visitIds: [v.id], layoutId: 'label-89x36', printerId: 'pdf', locale: 'zh-CN' });
});
afterAll(() => core.cleanup());

function databaseFingerprint(): string {
  const { sqlite } = core;
  const tables = sqlite.prepare("SELECT name, sql LIKE '%WITHOUT ROWID%' AS keyed FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string; keyed: number }[];
  const hash = createHash('sha256');
  // A table WITHOUT ROWID (the search index's) is read in its key's order.
  for (const t of tables) hash.update(JSON.stringify(sqlite.prepare(`SELECT * FROM "${t.name}"${t.keyed ? '' : ' ORDER BY rowid'}`).all()));
  return hash.digest('hex');
}

const HUGE = 'x'.repeat(200_000);
const BAD_INPUTS: [string, unknown][] = [
  ['undefined', undefined],
  ['null', null],
  ['a string', 'visits'],
  ['a number', 42],
  ['an array', [{}]],
  ['an unknown key', { bogus: 1 }],
  ['a huge unknown key', { [HUGE.slice(0, 5000)]: HUGE }],
  ['a prototype key', JSON.parse('{"__proto__": {"admin": true}, "constructor": 1}')],
];

/** The kiosk's channels read their input only while the desk is a feedback kiosk: tried in one, which a sign-in then ends. */
const KIOSK_CHANNELS = new Set(['feedback.kioskForm', 'feedback.kioskSubmit']);
async function startKiosk(): Promise<void> {
  const [questionnaire] = await core.call<{ id: string }[]>('feedback.templates', {});
  await core.call('feedback.kioskStart', { templateId: questionnaire!.id });
}

describe.each(channelNames())('%s', (channel) => {
  const kiosk = KIOSK_CHANNELS.has(channel);
  if (kiosk) {
    beforeEach(startKiosk);
    afterEach(() => core.call('session.signIn', { login: ADMIN.login, password: ADMIN.password }));
  }
  it.each(BAD_INPUTS)('refuses %s', async (_label, input) => {
    const before = databaseFingerprint();
    const result = await core.dispatch(channel, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    // Each issue names a field (or '' for the input itself) and an i18n key, never a raw message.
    expect(result.error.issues).toEqual(expect.arrayContaining([expect.anything()]));
    for (const issue of result.error.issues!) expect(issue).toEqual({ path: expect.any(String), message: expect.stringMatching(/^[a-zA-Z]+(\.[a-zA-Z]+)*$/) });
    expect(JSON.stringify(result.error)).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(databaseFingerprint()).toBe(before);
  });
});

describe('check-in field by field', () => {
  const wrong: [string, unknown, string][] = [
    ['name', '', 'required'],
    ['name', '   ', 'required'],
    ['name', 42, 'invalidType'],
    ['name', HUGE, 'tooLong'],
    ['name', '张\u0000伟', 'invalidChars'],
    ['company', ['华为'], 'invalidType'],
    ['company', HUGE, 'tooLong'],
    ['phone', '12345', 'phone.invalid'],
    ['phone', 13800138000, 'invalidType'],
    ['idType', 'driver_licence', 'invalidOption'],
    ['idNumber', '110105194912310021', 'id.checkDigit'],
    ['idNumber', { n: 1 }, 'invalidType'],
    ['host', '', 'required'],
    ['host', null, 'invalidType'],
    ['purpose', HUGE, 'tooLong'],
    ['privacyAck', false, 'privacy.required'],
    ['privacyAck', 'true', 'privacy.required'],
    ['personId', 'not-a-uuid', 'invalidId'],
  ];
  it.each(wrong)('%s = %j', async (field, value, message) => {
    const before = databaseFingerprint();
    const result = await core.dispatch('visits.checkIn', { ...WALK_IN, name: '王芳', phone: '13900139000', [field]: value });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) expect(result.error.issues).toContainEqual({ path: field, message });
    expect(databaseFingerprint()).toBe(before);
  });

  it('reports every problem of one submit at once', async () => {
    const result = await core.dispatch('visits.checkIn', { name: '', host: '', privacyAck: false, idNumber: '123' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.map((i) => i.path).sort()).toEqual(['host', 'idNumber', 'name', 'privacyAck']);
  });
});

describe('channel names', () => {
  it.each(['', 'visits', 'visits.', 'visits.checkIn.x', '__proto__.x', 'constructor.name', 'visits.toString', 'visits.__proto__', 42, null])(
    'refuses %j',
    async (name) => {
      expect(await core.dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    },
  );
});

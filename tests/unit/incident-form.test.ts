import { describe, expect, it } from 'vitest';
import { INCIDENT_CATEGORIES } from '../../contract/incidents';
import i18next from 'i18next';
import { zhCN } from '../../renderer/src/i18n/zh-CN';
import { minutesUntil, ownerText, SCENARIO_OF, spanText } from '../../renderer/src/incident-form/incidentText';
import { recordKeyAction } from '../../renderer/src/incident-form/recordKeys';
import { scriptParts } from '../../renderer/src/incident-form/scriptSlots';

/** The record-an-incident dialog's own rules: its keys, the countdown's words, the owner's name, the scripts a category opens. */

const key = (k: string, mods: Partial<{ ctrlKey: boolean; altKey: boolean; metaKey: boolean; isComposing: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});
const on = (tagName: string) => ({ tagName });

describe('record dialog keys', () => {
  it('1–6 pick the category when no field is being typed into', () => {
    INCIDENT_CATEGORIES.forEach((category, i) => expect(recordKeyAction(key(String(i + 1)), on('DIV'))).toEqual({ kind: 'category', category }));
    expect(recordKeyAction(key('7'), on('DIV'))).toBeNull();
    expect(recordKeyAction(key('0'), on('DIV'))).toBeNull();
  });

  it('a digit typed into the summary or a phone number stays text', () => {
    expect(recordKeyAction(key('3'), on('INPUT'))).toBeNull();
    expect(recordKeyAction(key('3'), on('TEXTAREA'))).toBeNull();
    expect(recordKeyAction(key('3'), { tagName: 'DIV', isContentEditable: true })).toBeNull();
  });

  it('Enter saves, except in the description (a new line) and on a button (its own click)', () => {
    expect(recordKeyAction(key('Enter'), on('INPUT'))).toEqual({ kind: 'save' });
    expect(recordKeyAction(key('Enter'), on('DIV'))).toEqual({ kind: 'save' });
    expect(recordKeyAction(key('Enter'), on('TEXTAREA'))).toBeNull();
    expect(recordKeyAction(key('Enter'), on('BUTTON'))).toBeNull();
    expect(recordKeyAction(key('Enter', { ctrlKey: true }), on('TEXTAREA'))).toEqual({ kind: 'save' });
  });

  it('the Enter that confirms a pinyin composition does not save', () => {
    expect(recordKeyAction(key('Enter', { isComposing: true }), on('INPUT'))).toBeNull();
    expect(recordKeyAction(key('1', { isComposing: true }), on('DIV'))).toBeNull();
  });

  it('leaves modified digits to the browser', () => {
    expect(recordKeyAction(key('1', { altKey: true }), on('DIV'))).toBeNull();
    expect(recordKeyAction(key('1', { ctrlKey: true }), on('DIV'))).toBeNull();
  });
});

describe('incident words', () => {
  const words = i18next.createInstance();
  void words.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: zhCN } }, interpolation: { escapeValue: false } });
  const t = words.t;

  it('counts minutes to a local deadline', () => {
    const now = new Date(2026, 10, 28, 9, 0).getTime();
    expect(minutesUntil('2026-11-28T17:30', now)).toBe(510);
    expect(minutesUntil('2026-11-27T09:00', now)).toBe(-1440);
    // Across the end of a month and of a year.
    expect(minutesUntil('2027-01-01T00:00', new Date(2026, 11, 31, 23, 0).getTime())).toBe(60);
  });

  it('says a span in minutes, hours or days, at the boundaries', () => {
    expect(spanText(t, 59)).toBe('59 分钟');
    expect(spanText(t, 60)).toBe('1 小时 0 分');
    expect(spanText(t, 1439)).toBe('23 小时 59 分');
    expect(spanText(t, 1440)).toBe('1 天 0 小时');
    // Overdue spans arrive negative; the words carry no sign.
    expect(spanText(t, -90)).toBe('1 小时 30 分');
  });

  it('names a person owner, else the role queue', () => {
    expect(ownerText(t, { ownerUserId: 'u1', ownerName: '赵敏', ownerRole: 'manager' })).toBe('赵敏');
    expect(ownerText(t, { ownerUserId: null, ownerName: '', ownerRole: 'manager' })).toBe('行政主管（待认领）');
    expect(ownerText(t, { ownerUserId: null, ownerName: '', ownerRole: null })).toBe('未指派');
  });

  it('opens the scripts of the category scenario, every script for the rest', () => {
    expect(SCENARIO_OF.complaint).toBe('complaint');
    expect(SCENARIO_OF.enquiry).toBe('enquiry');
    expect(SCENARIO_OF.business).toBe('business');
    expect(SCENARIO_OF.safety).toBeUndefined();
  });
});

describe('reply script slots', () => {
  it('marks {…} as slots to fill in, the rest as words', () => {
    expect(scriptParts('您好，我是{公司}前台的{姓名}。')).toEqual([
      { text: '您好，我是', slot: false },
      { text: '公司', slot: true },
      { text: '前台的', slot: false },
      { text: '姓名', slot: true },
      { text: '。', slot: false },
    ]);
    expect(scriptParts('{colleague} is away')).toEqual([
      { text: 'colleague', slot: true },
      { text: ' is away', slot: false },
    ]);
  });

  it('leaves empty, nested or unclosed braces as text', () => {
    expect(scriptParts('a {} b')).toEqual([{ text: 'a {} b', slot: false }]);
    expect(scriptParts('a {b')).toEqual([{ text: 'a {b', slot: false }]);
    expect(scriptParts('{{x}}')).toEqual([
      { text: '{', slot: false },
      { text: 'x', slot: true },
      { text: '}', slot: false },
    ]);
    expect(scriptParts('')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { AUDIT_LABELS } from '../../contract/audit-labels';
import { VALUE_LABELS } from '../../contract/labels';
import { LOCALES } from '../../contract/print';
import { en } from '../../renderer/src/i18n/en';
import { zhCN } from '../../renderer/src/i18n/zh-CN';

/*
 * The words for plan statuses, levels, tiers, ID types, warnings, resource
 * kinds, team roles, kinds of needs, badge layouts and languages are written once, in
 * contract/labels.ts: the screens' dictionaries and the audit log's labels hold
 * those very tables, not copies that could drift (a renamed status read one
 * way on screen and another in the exported log).
 */
const DICTIONARIES = { 'zh-CN': zhCN, en } as const;

describe('one table of value labels, used by the screens and the audit log', () => {
  it.each(LOCALES)('%s', (locale) => {
    const labels = VALUE_LABELS[locale];
    const words = DICTIONARIES[locale];
    const audit = AUDIT_LABELS[locale].values;
    expect(words.planStatus).toBe(labels.planStatus);
    expect(words.receptionLevels).toBe(labels.receptionLevel);
    expect(words.tiers).toBe(labels.clientTier);
    expect(words.idTypes).toBe(labels.idType);
    expect(words.planWarnings).toBe(labels.planWarning);
    expect(words.print.layouts).toBe(labels.badgeLayout);
    expect(words.planTeam.team.roles).toBe(labels.teamRole);
    expect(words.planTeam.bookings.kinds).toBe(labels.resourceKind);
    expect(words.planPrint.team.roles).toBe(labels.teamRole);
    expect(words.planPrint.team.kinds).toBe(labels.resourceKind);
    expect(words.planPrint.languages).toBe(labels.locale);
    expect(words.planPrint.team.needLabels).toBe(labels.needKind);
    expect(words.arrivals.needs).toBe(labels.needKind);
    for (const key of ['status', 'from', 'to'] as const) expect(audit[key]).toBe(labels.planStatus);
    expect(audit.level).toBe(labels.receptionLevel);
    expect(audit.tier).toBe(labels.clientTier);
    expect(audit.idType).toBe(labels.idType);
    expect(audit.warnings).toBe(labels.planWarning);
    expect(audit.layoutId).toBe(labels.badgeLayout);
    expect(audit.kind).toBe(labels.resourceKind);
    expect(audit.role).toBe(labels.teamRole);
    expect(audit.locale).toBe(labels.locale);
    expect(AUDIT_LABELS[locale].fields).toMatchObject(labels.needKind);
  });
});

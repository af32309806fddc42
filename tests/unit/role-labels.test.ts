import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_LABELS } from '../../contract/audit-labels';
import { LOCALES } from '../../contract/print';
import { ROLE_LABELS } from '../../contract/role-labels';
import { ROLE_NAMES } from '../../contract/session';
import { en } from '../../renderer/src/i18n/en';
import { zhCN } from '../../renderer/src/i18n/zh-CN';

/**
 * Role names are translated once, in contract/role-labels.ts: the renderer's
 * dictionaries (users screen, permission table, account menu) and main's audit
 * export read that one table, so renaming a role is one edit.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const HOME = 'contract/role-labels.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('role names', () => {
  it('name every role in every language', () => {
    for (const locale of LOCALES) expect(Object.keys(ROLE_LABELS[locale]).sort()).toEqual([...ROLE_NAMES].sort());
  });

  it('reach the renderer and the audit labels as the contract table itself, not a copy', () => {
    expect(zhCN.roles).toBe(ROLE_LABELS['zh-CN']);
    expect(en.roles).toBe(ROLE_LABELS.en);
    for (const locale of LOCALES) expect(AUDIT_LABELS[locale].values.roles).toBe(ROLE_LABELS[locale]);
  });

  // The Chinese names are distinctive; the English ones are ordinary words ("Administrator" is also a setup step's title).
  it('are written nowhere else in the code', () => {
    const labels = Object.values(ROLE_LABELS['zh-CN']) as string[];
    const quoted = new RegExp(`['"\`](?:${labels.join('|')})['"\`]`);
    const copies = ['contract', 'main', 'renderer/src', 'db']
      .flatMap((dir) => sources(join(ROOT, dir)))
      .map((path) => relative(ROOT, path).replaceAll('\\', '/'))
      .filter((path) => path !== HOME)
      .flatMap((path) =>
        readFileSync(join(ROOT, path), 'utf8')
          .split('\n')
          .flatMap((line, i) => (quoted.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(copies).toEqual([]);
  });
});

import type { Locale } from './print';
import type { RoleName } from './session';

/**
 * What each role is called, in both languages, once: the renderer's
 * dictionaries (users screen, permission table, user menu) take this table as
 * their `roles` block, and main's audit export labels role changes with it.
 */
export const ROLE_LABELS = {
  'zh-CN': { receptionist: '前台接待', coordinator: '接待协调', manager: '行政主管', auditor: '审计员', admin: '系统管理员' },
  en: { receptionist: 'Receptionist', coordinator: 'Coordinator', manager: 'Manager', auditor: 'Auditor', admin: 'Administrator' },
} as const satisfies Record<Locale, Record<RoleName, string>>;

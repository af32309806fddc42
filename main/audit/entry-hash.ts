import { createHash } from 'node:crypto';

/** The predecessor hash of a chain's first entry. */
export const GENESIS = '0'.repeat(64);

/** What an entry's hash covers besides its predecessor's hash. */
export interface HashedFields {
  id: string;
  at: string;
  deviceId: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  detail: string;
}

/**
 * An entry's hash: its canonical content over its predecessor's hash (whether
 * or not the entry stores that hash: see chain-walk.ts). Exported for
 * scripts/generate, which writes history in bulk and must chain it exactly as appendAudit does.
 */
export function entryHash(prevHash: string, fields: HashedFields): string {
  const canonical = JSON.stringify([prevHash, fields.id, fields.at, fields.deviceId, fields.actor, fields.action, fields.entity, fields.entityId, fields.detail]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** The detail a destruction leaves in an entry that named what it destroyed (main/services/retention/redact.ts). */
export function redactedAuditDetail(code: string): string {
  return JSON.stringify({ redacted: code });
}

import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../core/atomic-file';

/**
 * The web shell has no OS keychain, so the data key is wrapped with a
 * passphrase: `RECEPTION_KEY_PASSPHRASE` when set; otherwise one generated for
 * this data folder and kept in a 0600 file beside it, which suits development
 * and tests. The Electron product uses the OS keychain instead.
 */
export function webShellPassphrase(dataDir: string): { passphrase: string; source: 'env' | 'file' } {
  const fromEnv = process.env.RECEPTION_KEY_PASSPHRASE;
  if (fromEnv) return { passphrase: fromEnv, source: 'env' };
  const file = join(dataDir, 'web-shell.passphrase');
  if (!existsSync(file)) writeFileAtomic(file, randomBytes(24).toString('base64url'), 0o600);
  return { passphrase: readFileSync(file, 'utf8').trim(), source: 'file' };
}

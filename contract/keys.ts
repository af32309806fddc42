import { z } from 'zod';
import { channel } from './channel';

export const keyStatus = z.object({
  protection: z.enum(['os-keychain', 'passphrase']),
  currentKeyId: z.number().int(),
  /** True while values sealed with an older key are being re-sealed with the current one. */
  rotating: z.boolean(),
  /** Sensitive values already under the current key, of all there are. */
  done: z.number().int(),
  total: z.number().int(),
});
export type KeyStatus = z.output<typeof keyStatus>;

export const keys = {
  status: channel({ input: () => z.strictObject({}), output: () => keyStatus, permission: 'keys.manage' }),
  /**
   * Makes a new data key (wrapped by the recovery passphrase, which must be
   * given, and the OS keychain) and re-seals every value in the background.
   * The desk stays usable; an interrupted rotation resumes at the next start.
   */
  rotate: channel({
    input: () => z.strictObject({ recoveryPassphrase: z.string('invalidType').min(1, 'required').max(200, 'tooLong') }),
    output: () => keyStatus,
    permission: 'keys.manage',
  }),
};

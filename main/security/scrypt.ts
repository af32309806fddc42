import { scrypt as scryptCb } from 'node:crypto';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** Strong enough for offline guessing to be slow; about 0.1 s here. */
export const SCRYPT_PARAMS: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };

/** Async scrypt (off the main thread's hot path) with NFKC so full-width input matches. */
export function scryptKey(secret: string, salt: Buffer, params: ScryptParams, length = 32): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(secret.normalize('NFKC'), salt, length, { ...params, maxmem: 256 * params.N * params.r }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

import type { Api } from './index';
import { CHANNEL_VERBS } from './channel-names';
import type { Result } from './result';

export type Invoke = (name: string, input: unknown) => Promise<Result<unknown>>;

/**
 * Builds `window.api` over any transport (Electron IPC or HTTP). It needs only
 * the channel names, not their schemas: main validates every call, and the
 * preload that runs this stays free of zod.
 */
export function buildApi(invoke: Invoke): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const [domain, verbs] of Object.entries(CHANNEL_VERBS)) {
    api[domain] = {};
    for (const verb of verbs) api[domain][verb] = (input) => invoke(`${domain}.${verb}`, input ?? {});
  }
  return api as unknown as Api;
}

import { z } from 'zod';
import { findChannel } from '../../contract';
import type { ApiError, Result } from '../../contract/result';
import type { ServiceContext } from '../core/context';
import { AppError } from '../core/errors';
import type { Permission } from '../../contract/permissions';
import type { Session } from '../security/roles';
import type { Handlers } from '../core/handlers';

export interface RouterDeps {
  handlers: Handlers;
  /** Who may make a call needing this permission now: their session, or why not (SEALED, LOCKED, FORBIDDEN...). */
  gate: (permission: Permission) => Session | ApiError;
  context: (session: Session) => ServiceContext;
  logError: (channel: string, err: unknown) => void;
}

const fail = (error: ApiError): Result<never> => ({ ok: false, error });

export function validationError(err: z.ZodError): ApiError {
  return {
    code: 'VALIDATION',
    message: 'The input is not valid.',
    // Contract messages are i18n keys; zod's own English (a non-object input, unknown keys, echoing
    // whatever the caller sent) is replaced by the nearest key, so no raw text crosses.
    issues: err.issues.map((i) => ({
      path: i.path.map(String).join('.'),
      message: /^[a-zA-Z]+(\.[a-zA-Z]+)*$/.test(i.message) ? i.message : i.code === 'invalid_type' ? 'invalidType' : 'invalid',
    })),
  };
}

function isDiskFull(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'ENOSPC' || code === 'SQLITE_FULL' || code === 'EDQUOT';
}

/** Turns anything thrown into data: known failures keep their code, the rest say only "internal". */
function toApiError(channel: string, err: unknown, logError: RouterDeps['logError']): ApiError {
  if (err instanceof AppError) {
    return { code: err.code, message: err.message, ...(err.details && { details: err.details }), ...(err.issues && { issues: err.issues }) };
  }
  logError(channel, err);
  if (isDiskFull(err)) return { code: 'STORAGE_FULL', message: 'The disk is full; nothing was saved.' };
  return { code: 'INTERNAL', message: 'Something went wrong; nothing was changed.' };
}

/**
 * The one entry point for every call from either shell: find the channel, check
 * the session's permission, validate input, run the handler, validate output.
 */
export function createRouter(deps: RouterDeps) {
  return async function dispatch(name: unknown, rawInput: unknown): Promise<Result<unknown>> {
    const channelName = typeof name === 'string' ? name : '';
    const channel = findChannel(channelName);
    if (!channel) return fail({ code: 'UNKNOWN_CHANNEL', message: 'No such channel.' });
    const session = deps.gate(channel.permission);
    if ('code' in session) return fail(session);
    const input = channel.input.safeParse(rawInput);
    if (!input.success) return fail(validationError(input.error));
    const [domain, verb] = channelName.split('.') as [keyof Handlers, string];
    const handler = (deps.handlers[domain] as Record<string, (ctx: ServiceContext, i: unknown) => unknown>)[verb]!;
    try {
      const value = await handler(deps.context(session), input.data);
      const output = channel.output.safeParse(value);
      if (!output.success) throw new Error(`output of ${channelName} does not match the contract: ${output.error.message}`);
      return { ok: true, value: output.data };
    } catch (err) {
      return fail(toApiError(channelName, err, deps.logError));
    }
  };
}

export type Dispatch = ReturnType<typeof createRouter>;

import type { z } from 'zod';
import type { Permission } from './permissions';

export interface Channel<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  permission: Permission;
}

/** Declares a channel; exists so each domain file reads as a table of channels. */
export function channel<I extends z.ZodType, O extends z.ZodType>(def: Channel<I, O>): Channel<I, O> {
  return def;
}

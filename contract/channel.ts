import type { z } from 'zod';
import type { Permission } from './permissions';

export interface Channel<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly permission: Permission;
}

/** How a channel is declared: its schemas as functions, built when the channel is first used. */
export interface ChannelDefinition<I extends z.ZodType, O extends z.ZodType> {
  input: () => I;
  output: () => O;
  permission: Permission;
}

/**
 * Declares a channel; exists so each domain file reads as a table of channels.
 * Its schemas are built on first use and then kept: a process that starts
 * builds only the channels it calls (some two hundred, each a tree of zod
 * objects, were most of the desk's start-up time; issue 17). `input` and
 * `output` read as plain schemas everywhere else.
 */
export function channel<I extends z.ZodType, O extends z.ZodType>(def: ChannelDefinition<I, O>): Channel<I, O> {
  let input: I | undefined;
  let output: O | undefined;
  return {
    permission: def.permission,
    get input() {
      return (input ??= def.input());
    },
    get output() {
      return (output ??= def.output());
    },
  };
}

import type { z } from 'zod';
import type { Contract, Domain } from '../../contract';
import type { Channel } from '../../contract/channel';
import type { ServiceContext } from './context';

type Handler<C> = C extends Channel<infer I, infer O>
  ? (ctx: ServiceContext, input: z.output<I>) => z.input<O> | Promise<z.input<O>>
  : never;

/** One handler per contract channel; a missing or mistyped one fails `tsc`. */
export type Handlers = { [D in Domain]: { [V in keyof Contract[D]]: Handler<Contract[D][V]> } };

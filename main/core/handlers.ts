import type { z } from 'zod';
import type { Contract, Domain } from '../../contract';
import type { Channel } from '../../contract/channel';
import type { ServiceContext } from './context';

type Handler<C> = C extends Channel<infer I, infer O>
  ? (ctx: ServiceContext, input: z.output<I>) => z.input<O> | Promise<z.input<O>>
  : never;

/** One domain's handlers, one per channel: each service folder exports its own (main/services/<d>/handlers.ts). */
export type DomainHandlers<D extends Domain> = { [V in keyof Contract[D]]: Handler<Contract[D][V]> };

/** One handler per contract channel; a missing or mistyped one fails `tsc`. */
export type Handlers = { [D in Domain]: DomainHandlers<D> };

import type { Parsed } from '../../../contract';
import { localDay } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import { clientsReader } from './datasets/clients';
import { peopleReader } from './datasets/people';
import { plansReader } from './datasets/plans';
import type { DatasetReader, ReadOptions } from './datasets/types';
import { visitorsReader } from './datasets/visitors';
import { visitsReader } from './datasets/visits';

/** The reader of the dataset asked for, with its filters. */
export function openReader(ctx: ServiceContext, input: Parsed<'exports', 'start'>, opts: ReadOptions): DatasetReader {
  switch (input.dataset) {
    case 'visits':
      return visitsReader(ctx.db, input.filters, opts, localDay(ctx.now()));
    case 'visitors':
      return visitorsReader(ctx, input.filters, opts);
    case 'plans':
      return plansReader(ctx.db, input.filters, opts);
    case 'clients':
      return clientsReader(ctx, input.filters, opts);
    case 'people':
      return peopleReader(ctx, input.filters, opts);
  }
}

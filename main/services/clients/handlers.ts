import type { DomainHandlers } from '../../core/handlers';
import { getClientDetail } from './client-rows';
import { listClients } from './client-search';
import { archiveClient, createClient, updateClient } from './clients';

export const clientsHandlers: DomainHandlers<'clients'> = {
  list: (ctx, input) => listClients(ctx, input),
  get: (ctx, input) => getClientDetail(ctx.db, input.id),
  create: (ctx, input) => createClient(ctx, input),
  update: (ctx, input) => updateClient(ctx, input),
  archive: (ctx, input) => archiveClient(ctx, input),
};

import type { DomainHandlers } from '../../core/handlers';
import { createPerson } from './create';
import { findPeople } from './find';
import { listPeople } from './list';
import { mergePeople } from './merge';
import { getPerson } from './person-rows';
import { updatePerson } from './update';

export const peopleHandlers: DomainHandlers<'people'> = {
  list: (ctx, input) => listPeople(ctx, input),
  find: (ctx, input) => findPeople(ctx, ctx.db, input),
  create: (ctx, input) => createPerson(ctx, input),
  get: (ctx, input) => getPerson(ctx.db, input.id),
  update: (ctx, input) => updatePerson(ctx, input),
  merge: (ctx, input) => mergePeople(ctx, input),
};

import type { DomainHandlers } from '../../core/handlers';
import { createUser, listUsers, permissionTable, resetPassword, updateUser } from './users';

export const usersHandlers: DomainHandlers<'users'> = {
  list: (ctx, input) => listUsers(ctx, input),
  create: (ctx, input) => createUser(ctx, input),
  update: (ctx, input) => updateUser(ctx, input),
  resetPassword: (ctx, input) => resetPassword(ctx, input),
  permissionTable: () => permissionTable(),
};

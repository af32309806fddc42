import type { DomainHandlers } from '../../core/handlers';
import { checkIn } from './check-in';
import { checkOut, checkOutByBadge, listVisits, undoCheckOut } from './check-out';
import { checkInPlanned, expectedGuests } from './planned-arrivals';

export const visitsHandlers: DomainHandlers<'visits'> = {
  checkIn: (ctx, input) => checkIn(ctx, input),
  list: (ctx, input) => listVisits(ctx, input),
  checkOut: (ctx, input) => checkOut(ctx, input.visitId),
  checkOutByBadge: (ctx, input) => checkOutByBadge(ctx, input.badgeNo),
  undoCheckOut: (ctx, input) => undoCheckOut(ctx, input.visitId),
  expected: (ctx, input) => expectedGuests(ctx, input.day),
  checkInPlanned: (ctx, input) => checkInPlanned(ctx, input),
};

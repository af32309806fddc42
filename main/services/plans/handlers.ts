import type { DomainHandlers } from '../../core/handlers';
import { setGuests } from './guests';
import { saveItinerary } from './itinerary';
import { planDetail } from './plan-detail';
import { createPlan, listPlans, updatePlan } from './plans';
import { findStaffNames } from './staff-names';
import { createResource, listResources, updateResource } from './resources';
import { checkBookings, setBookings, setTeam } from './team-and-bookings-writes';
import { transitionPlan } from './transition';

export const plansHandlers: DomainHandlers<'plans'> = {
  list: (ctx, input) => listPlans(ctx, input),
  staffNames: (ctx, input) => findStaffNames(ctx, input),
  get: (ctx, input) => planDetail(ctx.db, input.id, ctx.now()),
  create: (ctx, input) => createPlan(ctx, input),
  update: (ctx, input) => updatePlan(ctx, input),
  transition: (ctx, input) => transitionPlan(ctx, input),
  setGuests: (ctx, input) => setGuests(ctx, input),
  saveItinerary: (ctx, input) => saveItinerary(ctx, input),
  setTeam: (ctx, input) => setTeam(ctx, input),
  checkBookings: (ctx, input) => checkBookings(ctx, input),
  setBookings: (ctx, input) => setBookings(ctx, input),
};

/** Rooms, cars and the like are booked by plans, so their channels live with them. */
export const resourcesHandlers: DomainHandlers<'resources'> = {
  list: (ctx, input) => listResources(ctx, input),
  create: (ctx, input) => createResource(ctx, input),
  update: (ctx, input) => updateResource(ctx, input),
};

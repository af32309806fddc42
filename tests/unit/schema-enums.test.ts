import { describe, expect, it } from 'vitest';
import { CLIENT_TIERS } from '../../contract/clients';
import { PLAN_STATUSES, RECEPTION_LEVELS, RESOURCE_KINDS } from '../../contract/plans';
import { VISIT_KINDS, VISIT_STATUSES } from '../../contract/visits';
import { clients, resources, visitPlans, visits } from '../../db/schema';

/*
 * A coded column's values are the contract's list itself, not a copy of it:
 * a status added in contract/ is a status the table's type takes. (The columns
 * are plain text with no CHECK, so no migration follows; drizzle-kit generate
 * finds nothing to do.)
 */
describe('the db schema takes its coded values from contract/', () => {
  it.each([
    ['visit_plans.status', visitPlans.status, PLAN_STATUSES],
    ['visit_plans.level', visitPlans.level, RECEPTION_LEVELS],
    ['resources.kind', resources.kind, RESOURCE_KINDS],
    ['clients.tier', clients.tier, CLIENT_TIERS],
    ['visits.kind', visits.kind, VISIT_KINDS],
    ['visits.status', visits.status, VISIT_STATUSES],
  ] as const)('%s', (_name, column, values) => {
    expect(column.enumValues).toBe(values);
  });
});

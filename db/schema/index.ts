export { people } from './people';
export { visits } from './visits';
export { badgePrints } from './print';
export { auditActions, auditLog } from './audit';
export { settings } from './settings';
export { users } from './users';
export { clients } from './clients';
export { visitPlans, planGuests, itineraryItems, planTeam, resources, resourceBookings } from './plans';
export { checklistTemplates, planChecklists, checklistItems, planMaterials, planRehearsals, inspections, emergencyPlans, emergencyDrills } from './checklists';

import type { DeepStrings } from '../messages';
import type { planWordsZh } from './planWords.zh-CN';

/** A plan's statuses, reception levels and warnings. */
export const planWordsEn: DeepStrings<typeof planWordsZh> = {
  planStatus: {
    draft: 'Draft',
    confirmed: 'Confirmed',
    in_progress: 'In progress',
    completed: 'Completed',
    cancelled: 'Cancelled',
    archived: 'Archived',
  },
  receptionLevels: {
    vip: 'VIP',
    key: 'Key',
    normal: 'Standard',
  },
  planWarnings: {
    itineraryOverlap: 'Some itinerary items overlap in time',
    itineraryOutsideVisit: 'Some itinerary items fall outside arrival–departure',
    headcountMismatch: 'The guest list does not match the expected headcount',
    noLeadGuest: 'No lead guest is set',
    roleWithoutBackup: 'A key role (greeter, presenter) has no backup',
    staffDoubleBooked: 'A team member is on another visit at the same time',
    noSpareRoom: 'A VIP visit has no spare room held',
    noSpareVehicle: 'A VIP visit has no spare vehicle held',
  },
};

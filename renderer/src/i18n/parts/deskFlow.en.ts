import type { DeepStrings } from '../messages';
import type { deskFlowZh } from './deskFlow.zh-CN';

/** Desk: what follows a check-in, and group guests already on site; same keys as the zh-CN part. */
export const deskFlowEn: DeepStrings<typeof deskFlowZh> = {
  onSiteElsewhere: 'On site · badge {{badgeNo}}',
  onSiteElsewhereHint: '{{name}} is on site with badge {{badgeNo}}; check them out before checking them in for this plan',
  dialog: {
    skipped: '{{name}} is already on site (badge {{badgeNo}}) and will not be checked in again',
    skipSummary: '{{names}} already on site: skipped. The others ({{count}}) are checked in as usual.',
    noneLeft: 'Everyone selected is already on site: nobody to check in.',
    submitRest: 'Check in the others ({{count}})',
    outcomesTitle: 'Nobody was checked in',
  },
  outcome: {
    alreadyOnSite: '{{name}} was already on site (badge {{badgeNo}}): not checked in again',
    alreadyCheckedIn: '{{name}} had already checked in for this visit (badge {{badgeNo}})',
    notInvited: '{{name}} is not on this plan’s guest list: not checked in',
  },
  nameSeparator: ', ',
};

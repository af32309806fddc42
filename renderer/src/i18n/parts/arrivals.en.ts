import { VALUE_LABELS } from '../../../../contract/labels';
import type { DeepStrings } from '../messages';
import type { arrivalsZh } from './arrivals.zh-CN';

/** Desk: expected arrivals; same keys as the zh-CN part. */
export const arrivalsEn: DeepStrings<typeof arrivalsZh> = {
  title: 'Expected today',
  tab: 'Expected',
  filter: 'Guest, company or plan (F3)',
  filterHint: '↑↓ to pick, Enter to check in',
  loadFailed: 'Could not refresh the expected guests',
  empty: 'No planned visits today',
  emptyHint: 'Guests of confirmed reception plans due today appear here.',
  openPlans: 'Open visit plans',
  noMatch: 'No guest matches',
  group: {
    greeter: 'Greeter: {{name}}',
    noGreeter: 'No greeter set',
    arrived: 'Arrived {{arrived}}/{{total}}',
    allArrived: 'All arrived',
    showGuests: 'Show guests',
    hideGuests: 'Hide guests',
    checkInAll: 'Check in all ({{count}})',
    checkInSelected: 'Check in selected ({{count}})',
    selectAll: 'Select every guest still expected in this group',
    openPlan: 'Open the reception plan',
  },
  guest: {
    lead: 'Lead',
    waiting: 'Expected',
    onSite: 'Arrived {{time}}',
    onSiteNoTime: 'Arrived',
    left: 'Checked out {{time}}',
    checkIn: 'Check in',
    select: 'Select {{name}}',
  },
  needLabel: '{{kind}}: {{text}}',
  needs: VALUE_LABELS.en.needKind,
  dialog: {
    titleOne: 'Check in a guest',
    titleMany: 'Check in {{count}} guests',
    host: 'Host',
    hostPlaceholder: "Empty: the plan's greeter",
    print: 'Print badge',
    printMany: 'Print badges (one batch)',
    ack: 'The guest has read and agrees to the',
    ackMany: 'Every guest above has read and agrees to the',
    submit: 'Check in and issue badges',
    cancel: 'Cancel',
  },
  success: {
    one: '{{name}} checked in, badge {{badges}}',
    many: 'Checked in: {{count}} guests, badges {{badges}}',
  },
  failed: 'Nothing was checked in; the list is unchanged',
};

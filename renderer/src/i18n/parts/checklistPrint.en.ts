import { VALUE_LABELS } from '../../../../contract/labels';
import type { DeepStrings } from '../messages';
import type { checklistPrintZh } from './checklistPrint.zh-CN';

/** Checklist printouts: the walk-through checklist, a department's hand-off sheet, the roll call; same keys as the zh-CN part. */
export const checklistPrintEn: DeepStrings<typeof checklistPrintZh> = {
  departments: VALUE_LABELS.en.department,
  checklist: {
    header: 'Checklist',
    title: 'Checklist',
    dayTitle: "Today's open checklist items",
    department: '{{department}}',
    items_one: '{{count}} item',
    items_other: '{{count}} items',
    empty: 'Nothing to check',
    required: 'Required',
    legend: '□ tick when done   N/A not applicable   ! a problem: write what',
    columns: { box: 'Done', item: 'Item', due: 'Due', department: 'Department', assignee: 'Who', notes: 'Notes' },
    arrival: 'Arrives {{time}}',
  },
  status: { done: 'Done', na: 'N/A', problem: 'Problem' },
  handoff: {
    header: 'Hand-off sheet',
    title: 'Hand-off sheet: {{department}}',
    visit: 'Visit',
    dates: 'When',
    headcount: 'Party',
    headcountValue_one: '{{count}} guest',
    headcountValue_other: '{{count}} guests',
    returnTo: 'When done, return to',
    returnToValue: '{{name}}',
    returnToPhone: '{{name}} ({{phone}})',
    intro: 'Please complete each item below, tick its box, sign at the bottom and return this sheet to the front desk.',
    signature: 'Signed (responsible)',
    date: 'Date',
    receivedBy: 'Received at the desk by',
  },
  rollCall: {
    header: 'Roll call',
    title: 'Roll call',
    printedAt: 'Printed {{time}}',
    total_one: '{{count}} person on site',
    total_other: '{{count}} people on site',
    assemblyPoint: 'Assembly point: {{place}}',
    noAssemblyPoint: "Assembly point: not set (see the site's emergency plan)",
    columns: { box: 'Here', name: 'Name', company: 'Company', host: 'Host', arrived: 'Arrived', badge: 'Badge' },
    empty: 'Nobody was on site when this was printed',
    counted: 'Counted: ______   Missing: ______   Counted by: ____________',
  },
};

import { VALUE_LABELS } from '../../../../contract/labels';
import type { DeepStrings } from '../messages';
import type { badgesZh } from './badges.zh-CN';

/** Badge printing: layouts, printing and reprint confirmation, the words on a badge, the print window's own status. */
export const badgesEn: DeepStrings<typeof badgesZh> = {
  print: {
    layouts: VALUE_LABELS.en.badgeLayout,
    labelSize: 'Label {{w}}×{{h}} mm',
    sheetSize: '{{w}}×{{h}} mm sheet, {{count}} per page ({{bw}}×{{bh}} mm)',
    saveAsPdf: 'Save as PDF',
    defaultPrinter: 'default',
    printing: 'Preparing badges…',
    saved: 'Badge saved as PDF: {{fileName}}',
    printed_one: 'Sent to the printer (1 badge)',
    printed_other: 'Sent to the printer ({{count}} badges)',
    reprintTitle: 'Print the badge again?',
    reprintContent_one: 'This badge has been printed once already. Print it again? The reprint will be logged.',
    reprintContent_other: 'This badge has been printed {{count}} times already. Print it again? The reprint will be logged.',
    reprintContentMany_one: 'One of the selected badges was printed before (once). Print it again? Reprints are logged.',
    reprintContentMany_other: '{{badges}} of the selected badges were printed before ({{count}} prints in all). Print them again? Reprints are logged.',
    reprintLast: 'Last printed: {{time}}',
    reprintOk: 'Print again',
    cancel: 'Cancel',
  },
  badge: {
    visitor: '访客',
    visitorEn: 'VISITOR',
    host: 'Host',
    sampleName: 'Alexandra Müller',
    sampleCompany: 'Northwind Trading GmbH',
    sampleHost: 'Li Na',
  },
  printRoute: {
    loading: 'Preparing to print…',
    failed: 'This print job does not exist or has expired',
  },
};

import { CheckOutlined, GlobalOutlined, PrinterOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import { LOCALES, SAVE_AS_PDF, type Locale, type PrinterInfo } from '../../../contract/print';
import type { PrintChoices } from './usePrintChoices';

type Items = NonNullable<MenuProps['items']>;

export const LOCALE_KEY = 'locale:';
export const PRINTER_KEY = 'printer:';

export function printerName(t: TFunction, printer: PrinterInfo): string {
  if (printer.id === SAVE_AS_PDF) return t('print.saveAsPdf');
  return printer.isDefault ? `${printer.name} (${t('print.defaultPrinter')})` : printer.name;
}

const checked = (on: boolean) => <CheckOutlined style={{ visibility: on ? 'visible' : 'hidden' }} />;

/** Two submenus, each naming its current choice: the document's language and the printer. */
export function choiceItems(t: TFunction, choices: PrintChoices, testId: string): Items {
  const printer = choices.printers.find((p) => p.id === choices.printerId) ?? choices.printers[0]!;
  return [
    {
      key: 'locale',
      icon: <GlobalOutlined />,
      label: <span data-testid={`${testId}-locale`}>{t('planPrint.menu.language', { name: t(`planPrint.languages.${choices.locale}`) })}</span>,
      children: LOCALES.map((l) => ({
        key: `${LOCALE_KEY}${l}`,
        icon: checked(l === choices.locale),
        label: <span data-testid={`${testId}-locale-${l}`}>{t(`planPrint.languages.${l}`)}</span>,
      })),
    },
    {
      key: 'printer',
      icon: <PrinterOutlined />,
      label: <span data-testid={`${testId}-printer`}>{t('planPrint.menu.printer', { name: printerName(t, printer) })}</span>,
      children: choices.printers.map((p) => ({
        key: `${PRINTER_KEY}${p.id}`,
        icon: checked(p.id === choices.printerId),
        label: <span data-testid={`${testId}-printer-${p.id}`}>{printerName(t, p)}</span>,
      })),
    },
  ];
}

/** Applies a language or printer choice; false when the key is not one. */
export function applyChoice(key: string, choices: PrintChoices): boolean {
  if (key.startsWith(LOCALE_KEY)) {
    choices.setLocale(key.slice(LOCALE_KEY.length) as Locale);
    return true;
  }
  if (key.startsWith(PRINTER_KEY)) {
    choices.setPrinterId(key.slice(PRINTER_KEY.length));
    return true;
  }
  return false;
}

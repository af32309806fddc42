import { useEffect, useState } from 'react';
import { SAVE_AS_PDF, type Locale, type PrinterInfo } from '../../../contract/print';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';

/** The desk's A4 printer is usually not its badge printer, so documents remember their own. */
const PRINTER_KEY = 'reception-desk.documentPrinter';

function rememberedPrinter(): string | null {
  try {
    return localStorage.getItem(PRINTER_KEY);
  } catch {
    return null;
  }
}

function rememberPrinter(id: string): void {
  try {
    localStorage.setItem(PRINTER_KEY, id);
  } catch {
    // No storage: the choice holds until the screen closes.
  }
}

const PDF_ONLY: PrinterInfo[] = [{ id: SAVE_AS_PDF, name: 'PDF', isDefault: false }];

/** The last printer used if it is still there, else the system's default, else a PDF file. */
function pickPrinter(printers: PrinterInfo[], current: string | null): string {
  if (current && printers.some((p) => p.id === current)) return current;
  return printers.find((p) => p.isDefault)?.id ?? SAVE_AS_PDF;
}

export interface PrintChoices {
  printers: PrinterInfo[];
  printerId: string;
  setPrinterId: (id: string) => void;
  /** The document's language: the UI's by default, the other one for foreign guests. */
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

/**
 * Language and printer for a plan printout. The printer list is the badges'
 * (plus "save as PDF"); a role without badge printing sees only the PDF choice.
 */
export function usePrintChoices(): PrintChoices {
  const desk = useDesk();
  const mayListPrinters = desk.can('badges.print');
  const [printers, setPrinters] = useState<PrinterInfo[]>(PDF_ONLY);
  const [printerId, setPrinter] = useState<string | null>(rememberedPrinter);
  const [locale, setLocale] = useState<Locale>(desk.locale);

  useEffect(() => setLocale(desk.locale), [desk.locale]);

  useEffect(() => {
    if (!mayListPrinters) return;
    let live = true;
    void api.print.options({}).then((result) => {
      if (!live || !result.ok) return;
      setPrinters(result.value.printers);
      setPrinter((current) => pickPrinter(result.value.printers, current));
    });
    return () => {
      live = false;
    };
  }, [mayListPrinters]);

  const setPrinterId = (id: string) => {
    setPrinter(id);
    rememberPrinter(id);
  };
  // Until the list arrives (or without it), only the PDF choice is certain to exist.
  const shown = printerId && printers.some((p) => p.id === printerId) ? printerId : SAVE_AS_PDF;
  return { printers, printerId: shown, setPrinterId, locale, setLocale };
}

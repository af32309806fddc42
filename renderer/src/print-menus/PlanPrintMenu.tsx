import { DownOutlined, FileTextOutlined, PrinterOutlined, SolutionOutlined, TrophyOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../contract/plans';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { applyChoice, choiceItems } from './choiceItems';
import { usePrintChoices } from './usePrintChoices';
import { usePrintDocument, type DocumentName } from './usePrintDocument';

const DOCUMENTS = {
  guestItinerary: { document: 'itinerary', audience: 'guests' },
  teamItinerary: { document: 'itinerary', audience: 'team' },
  welcomeSign: { document: 'welcomeSign' },
} as const;
type PlanDocumentName = keyof typeof DOCUMENTS;

const isPlanDocument = (key: string): key is PlanDocumentName => Object.hasOwn(DOCUMENTS, key);

/** Ctrl+P (⌘P) opens the menu instead of the browser's print of the screen. */
function usePrintShortcut(open: () => void) {
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p') {
        event.preventDefault();
        // A dialog in front owns the keyboard; the menu would open behind it.
        if (!document.querySelector('.ant-modal-wrap:not([style*="display: none"])')) open();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
}

/**
 * Esc closes the open menu, wherever focus is, before the editor reads it as
 * "back to the calendar": caught on the way down and marked as handled.
 */
function useEscToClose(open: boolean, close: () => void) {
  useEffect(() => {
    if (!open) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [open, close]);
}

/**
 * The plan editor's "打印" menu: the itinerary for the guests or for the team,
 * and the welcome sign, in the chosen language on the chosen printer (or as a
 * PDF in the data folder). Main audits every print.
 */
export function PlanPrintMenu({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const { can } = useDesk();
  const choices = usePrintChoices();
  const { run, busy } = usePrintDocument(`plan-print-${plan.id}`);
  const [open, setOpen] = useState(false);
  usePrintShortcut(useCallback(() => setOpen(true), []));
  useEscToClose(open, useCallback(() => setOpen(false), []));
  if (!can('plans.print')) return null;

  const print = (name: DocumentName & PlanDocumentName) =>
    run(name, () => api.print.planDocument({ planId: plan.id, ...DOCUMENTS[name], locale: choices.locale, printerId: choices.printerId }));

  const items: MenuProps['items'] = [
    { key: 'guestItinerary', icon: <FileTextOutlined />, label: <span data-testid="plan-print-guest-itinerary">{t('planPrint.menu.guestItinerary')}</span> },
    { key: 'teamItinerary', icon: <SolutionOutlined />, label: <span data-testid="plan-print-team-itinerary">{t('planPrint.menu.teamItinerary')}</span> },
    { key: 'welcomeSign', icon: <TrophyOutlined />, label: <span data-testid="plan-print-welcome-sign">{t('planPrint.menu.welcomeSign')}</span> },
    { type: 'divider' },
    ...choiceItems(t, choices, 'plan-print'),
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    // A language or printer choice keeps the menu open for the document itself.
    if (applyChoice(key, choices)) return;
    setOpen(false);
    if (isPlanDocument(key)) void print(key);
  };

  return (
    <Dropdown
      trigger={['click']}
      open={open}
      onOpenChange={(next, info) => {
        if (info.source === 'trigger' || next) setOpen(next);
      }}
      autoFocus
      menu={{ items, onClick, selectable: false }}
    >
      <Button icon={<PrinterOutlined />} loading={busy !== null} title={t('planPrint.menu.hint')} data-testid="plan-print-menu">
        {t('planPrint.menu.button')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}

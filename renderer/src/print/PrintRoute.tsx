import { useEffect, useState } from 'react';
import type { BadgesJob, PrintJobPayload } from '../../../contract/print';
import { api } from '../api/client';
import { i18n } from '../i18n';
import { applyDeskStyle } from '../theme';
import { BadgePages } from './BadgePages';
import { documentPageRule } from './documents/pageRule';
import { loadMonthlyReport } from './documents/monthlyReportSlot';
import { PlanDocument } from './documents/PlanDocument';
import { wordsFor } from './documents/words';
import { fitText } from './fitText';
import { qrDataUrls } from './qrCodes';
import { spilledTexts } from './spill';
import './badge.css';
import './printRoute.css';

// The print CSS reads its paper colours and fonts as variables from the one theme file.
applyDeskStyle();

type State =
  | { status: 'loading' }
  | { status: 'failed'; code: string }
  | { status: 'ready'; payload: PrintJobPayload; qr: Record<string, string> };

/** The paper for this job; Chromium's PDF and print paths both honour `@page`. */
function pageRule(payload: PrintJobPayload): string {
  if (payload.kind !== 'badges') return documentPageRule(payload, wordsFor(payload.locale));
  return `@page { size: ${payload.layout.pageWidthMm}mm ${payload.layout.pageHeightMm}mm; margin: 0; }`;
}

function installPageRule(payload: PrintJobPayload): void {
  const id = 'print-page-rule';
  const style = document.getElementById(id) ?? document.head.appendChild(Object.assign(document.createElement('style'), { id }));
  style.textContent = pageRule(payload);
}

/** Badges carry QR codes (their badge number, for check-out by scan), and so does a questionnaire (its code, for entry by scan). */
function qrCodesOf(payload: PrintJobPayload): Promise<Record<string, string>> {
  if (payload.kind === 'badges') return qrDataUrls(payload.badges.map((b) => b.badgeNo));
  if (payload.kind === 'questionnaire' && payload.code) return qrDataUrls([payload.code]);
  return Promise.resolve({});
}

async function imagesDecoded(): Promise<void> {
  await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function Badges({ payload, qr }: { payload: BadgesJob; qr: Record<string, string> }) {
  const t = i18n.getFixedT(payload.locale);
  const captions = { visitor: t('badge.visitor'), visitorEn: t('badge.visitorEn'), host: t('badge.host') };
  return <BadgePages payload={payload} qr={qr} captions={captions} />;
}

/**
 * `#/print/<jobId>`: one print job (badges, or a plan document) rendered for
 * main to turn into a PDF. Main waits for `data-print-ready` (or
 * `data-print-error`) on <html> before it prints, so that is set only once
 * everything is drawn.
 */
export default function PrintRoute({ jobId }: { jobId: string }) {
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    delete document.documentElement.dataset.printReady;
    delete document.documentElement.dataset.printError;
    delete document.documentElement.dataset.printSpill;
    void (async () => {
      const result = await api.print.job({ jobId });
      if (cancelled) return;
      if (!result.ok) {
        document.documentElement.dataset.printError = result.error.code;
        setState({ status: 'failed', code: result.error.code });
        return;
      }
      const payload = result.value;
      const qr = await qrCodesOf(payload);
      if (payload.kind === 'monthlyReport') await loadMonthlyReport();
      if (cancelled) return;
      installPageRule(payload);
      document.documentElement.lang = payload.locale;
      setState({ status: 'ready', payload, qr });
    })().catch((err: unknown) => {
      if (cancelled) return;
      document.documentElement.dataset.printError = 'RENDER';
      setState({ status: 'failed', code: err instanceof Error ? err.message : 'RENDER' });
    });
    return () => {
      cancelled = true;
    };
  }, [jobId]);

  useEffect(() => {
    if (state.status !== 'ready') return;
    let cancelled = false;
    void (async () => {
      await document.fonts.ready;
      await imagesDecoded();
      if (cancelled) return;
      // Badge texts and the welcome sign's lines fit their boxes: shrink, then two lines.
      fitText(document);
      // Let the shrunken names lay out and paint before main takes the picture.
      await nextFrame();
      await nextFrame();
      if (cancelled) return;
      const spilled = spilledTexts(document.querySelector('.print-root') ?? document);
      if (spilled.length > 0) document.documentElement.dataset.printSpill = JSON.stringify(spilled);
      document.documentElement.dataset.printReady = 'true';
    })();
    return () => {
      cancelled = true;
    };
  }, [state]);

  if (state.status === 'loading') return <p className="print-status">{i18n.t('printRoute.loading')}</p>;
  if (state.status === 'failed') {
    return (
      <p className="print-status print-status--error" role="alert">
        {i18n.t('printRoute.failed')} ({state.code})
      </p>
    );
  }
  const { payload } = state;
  return <div className="print-root">{payload.kind === 'badges' ? <Badges payload={payload} qr={state.qr} /> : <PlanDocument job={payload} qr={state.qr} />}</div>;
}

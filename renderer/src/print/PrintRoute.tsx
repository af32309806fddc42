import { useEffect, useState } from 'react';
import type { PrintJobPayload } from '../../../contract/print';
import { api } from '../api/client';
import { i18n } from '../i18n';
import { BadgePages } from './BadgePages';
import { fitNames } from './fitNames';
import { qrDataUrls } from './qrCodes';
import './badge.css';
import './printRoute.css';

type State =
  | { status: 'loading' }
  | { status: 'failed'; code: string }
  | { status: 'ready'; payload: PrintJobPayload; qr: Record<string, string> };

/** The paper size for this job; Chromium's PDF and print paths both honour `@page`. */
function installPageRule(payload: PrintJobPayload): void {
  const id = 'print-page-rule';
  const style = document.getElementById(id) ?? document.head.appendChild(Object.assign(document.createElement('style'), { id }));
  style.textContent = `@page { size: ${payload.layout.pageWidthMm}mm ${payload.layout.pageHeightMm}mm; margin: 0; }`;
}

async function imagesDecoded(): Promise<void> {
  await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * `#/print/<jobId>`: the badges of one print job, rendered for main to turn
 * into a PDF. Main waits for `data-print-ready` (or `data-print-error`) on
 * <html> before it prints, so that is set only once everything is drawn.
 */
export default function PrintRoute({ jobId }: { jobId: string }) {
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    delete document.documentElement.dataset.printReady;
    delete document.documentElement.dataset.printError;
    void (async () => {
      const result = await api.print.job({ jobId });
      if (cancelled) return;
      if (!result.ok) {
        document.documentElement.dataset.printError = result.error.code;
        setState({ status: 'failed', code: result.error.code });
        return;
      }
      const payload = result.value;
      const qr = await qrDataUrls(payload.badges.map((b) => b.badgeNo));
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
      fitNames(document);
      // Let the shrunken names lay out and paint before main takes the picture.
      await nextFrame();
      await nextFrame();
      if (!cancelled) document.documentElement.dataset.printReady = 'true';
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
  const t = i18n.getFixedT(state.payload.locale);
  const captions = { visitor: t('badge.visitor'), visitorEn: t('badge.visitorEn'), host: t('badge.host') };
  return (
    <div className="print-root">
      <BadgePages payload={state.payload} qr={state.qr} captions={captions} />
    </div>
  );
}

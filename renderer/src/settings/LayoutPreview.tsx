import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BadgeLayout } from '../../../contract/print';
import { Badge } from '../print/Badge';
import { fitText } from '../print/fitText';
import { layoutName } from '../print/layoutNames';
import { qrDataUrl } from '../print/qrCodes';
import '../print/badge.css';

const PX_PER_MM = 96 / 25.4;
const MAX_WIDTH_PX = 400;
const MAX_HEIGHT_PX = 260;

interface Props {
  layout: BadgeLayout;
  offsetXMm: number;
  offsetYMm: number;
  /** The badge header's name: the organisation (the site's until it is set). */
  heading: string;
}

function sampleBadgeNo(now: Date): string {
  const yymmdd = `${now.getFullYear() % 100}`.padStart(2, '0') + `${now.getMonth() + 1}`.padStart(2, '0') + `${now.getDate()}`.padStart(2, '0');
  return `V${yymmdd}0001`;
}

/**
 * One badge drawn by the same component the print route uses, with the
 * calibration offsets applied inside a dashed outline of the label, so the
 * receptionist sees what a layout and an offset will do before printing.
 */
export function LayoutPreview({ layout, offsetXMm, offsetYMm, heading }: Props) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [qr, setQr] = useState<string>();
  const now = new Date();
  const badgeNo = sampleBadgeNo(now);
  const badge = {
    name: t('badge.sampleName'),
    company: t('badge.sampleCompany'),
    host: t('badge.sampleHost'),
    date: new Intl.DateTimeFormat(i18n.language, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(now),
    badgeNo,
  };

  useEffect(() => {
    let cancelled = false;
    void qrDataUrl(badgeNo).then((url) => !cancelled && setQr(url));
    return () => {
      cancelled = true;
    };
  }, [badgeNo]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    fitText(el);
    void document.fonts.ready.then(() => fitText(el));
  });

  const w = layout.badgeWidthMm;
  const h = layout.badgeHeightMm;
  const scale = Math.min(MAX_WIDTH_PX / (w * PX_PER_MM), MAX_HEIGHT_PX / (h * PX_PER_MM), 1.6);
  return (
    <figure className="layout-preview" aria-label={t('settings.preview')}>
      <div
        className="layout-preview__frame"
        style={{ width: w * PX_PER_MM * scale, height: h * PX_PER_MM * scale }}
      >
        <div
          ref={ref}
          className="layout-preview__paper"
          style={{ transform: `scale(${scale}) translate(${offsetXMm}mm, ${offsetYMm}mm)` }}
        >
          <Badge
            badge={badge}
            widthMm={w}
            heightMm={h}
            heading={heading}
            captions={{ visitor: t('badge.visitor'), visitorEn: t('badge.visitorEn'), host: t('badge.host') }}
            qrSrc={qr}
          />
        </div>
      </div>
      <figcaption className="layout-preview__caption">{layoutName(layout)}</figcaption>
    </figure>
  );
}

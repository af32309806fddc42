import type { CSSProperties } from 'react';
import type { BadgeView } from '../../../contract/print';
import { badgeGeometry } from './badgeGeometry';
import { FitText } from './FitText';

export interface BadgeCaptions {
  visitor: string;
  visitorEn: string;
  host: string;
}

interface Props {
  badge: BadgeView;
  widthMm: number;
  heightMm: number;
  /** The header's name: the host organisation (the site's name until it is set). */
  heading: string;
  captions: BadgeCaptions;
  /** Data URL of the QR code; absent while it is being drawn. */
  qrSrc: string | undefined;
  cut?: boolean;
}

/**
 * One visitor badge at its physical size. "访客 VISITOR" is always in both
 * languages: a guard reads it from across the lobby, and guests may not read Chinese.
 */
export function Badge({ badge, widthMm, heightMm, heading, captions, qrSrc, cut }: Props) {
  const geometry = badgeGeometry(widthMm, heightMm);
  const style = {
    width: `${widthMm}mm`,
    height: `${heightMm}mm`,
    '--u': geometry.unit,
    '--qr': `${geometry.qrMm}mm`,
  } as CSSProperties;
  return (
    <div className={`badge badge--${geometry.orientation}${cut ? ' badge--cut' : ''}`} style={style} data-fit-frame>
      <div className="badge__main">
        <div className="badge__band" data-fit-frame>
          <span className="badge__role">
            <span className="badge__role-zh">{captions.visitor}</span>
            <span className="badge__role-en" lang="en">{captions.visitorEn}</span>
          </span>
          {heading && <FitText className="badge__site" text={heading} />}
        </div>
        {/* Every text fits by fitText: shrinks, then two lines, never cut (see fitText.ts). */}
        <div className="badge__body" data-fit-frame>
          <FitText className="badge__name" text={badge.name} />
          {badge.company && <FitText className="badge__company" text={badge.company} />}
        </div>
        <div className="badge__meta">
          <span className="badge__host" data-fit="">
            <span className="badge__caption">{captions.host}</span> {badge.host}
          </span>
          <span className="badge__date">{badge.date}</span>
        </div>
      </div>
      <div className="badge__code">
        {qrSrc ? <img className="badge__qr" src={qrSrc} alt={badge.badgeNo} /> : <div className="badge__qr" />}
        {/* As wide as the QR code above it: a long number (a desk code in it) shrinks instead of running off the label. */}
        <FitText className="badge__no" text={badge.badgeNo} lines={1} />
      </div>
    </div>
  );
}

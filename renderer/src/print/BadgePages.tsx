import type { BadgesJob } from '../../../contract/print';
import { Badge, type BadgeCaptions } from './Badge';

interface Props {
  payload: BadgesJob;
  qr: Record<string, string>;
  captions: BadgeCaptions;
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Pages at the exact paper size: one badge per label, or a grid of badges
 * centred on a sheet. The printer's calibration offsets move the whole page.
 */
export function BadgePages({ payload, qr, captions }: Props) {
  const { layout } = payload;
  const perPage = Math.max(1, layout.columns * layout.rows);
  const pages = chunk(payload.badges, perPage);
  const shift = { transform: `translate(${payload.offsetXMm}mm, ${payload.offsetYMm}mm)` };
  // Moved on purpose: the page's content may pass its edge by the offsets (spill.ts does not count that).
  const shifted = payload.offsetXMm !== 0 || payload.offsetYMm !== 0 ? { 'data-print-shifted': '' } : {};
  const badge = (b: BadgesJob['badges'][number], i: number, cut: boolean) => (
    <Badge
      key={`${b.badgeNo}-${i}`}
      badge={b}
      widthMm={layout.badgeWidthMm}
      heightMm={layout.badgeHeightMm}
      heading={payload.hostName}
      captions={captions}
      qrSrc={qr[b.badgeNo]}
      cut={cut}
    />
  );

  return (
    <>
      {pages.map((badges, page) => (
        <section
          key={page}
          className="print-page"
          {...shifted}
          style={{ width: `${layout.pageWidthMm}mm`, height: `${layout.pageHeightMm}mm` }}
        >
          <div className="print-page__content" style={shift}>
            {layout.kind === 'label' ? (
              badges.map((b, i) => badge(b, i, false))
            ) : (
              <div
                className="print-sheet"
                style={{
                  gridTemplateColumns: `repeat(${layout.columns}, ${layout.badgeWidthMm}mm)`,
                  gridAutoRows: `${layout.badgeHeightMm}mm`,
                  paddingLeft: `${(layout.pageWidthMm - layout.columns * layout.badgeWidthMm) / 2}mm`,
                  paddingTop: `${(layout.pageHeightMm - layout.rows * layout.badgeHeightMm) / 2}mm`,
                }}
              >
                {badges.map((b, i) => badge(b, i, true))}
              </div>
            )}
          </div>
        </section>
      ))}
    </>
  );
}

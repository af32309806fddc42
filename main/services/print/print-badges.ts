import { inArray, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Output, Parsed } from '../../../contract';
import type { BadgesJob } from '../../../contract/print';
import type { VisitSummary } from '../../../contract/visits';
import { printerProfileFor } from '../../../contract/settings';
import { badgePrints } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import type { PrintJobStore } from '../../print/job-store';
import { findLayout } from '../../print/layouts';
import { selectVisitSummaries } from '../visits';
import { hostOf } from '../settings';
import { renderAndDeliver } from './deliver-document';
import { insertStamps } from '../../core/write-path';

type PrintBadges = Parsed<'print', 'badges'>;

function loadVisits(ctx: ServiceContext, ids: string[]): VisitSummary[] {
  const unique = [...new Set(ids)];
  const rows = selectVisitSummaries(ctx.db, inArray(sql`t.id`, unique));
  if (rows.length !== unique.length) throw new AppError('NOT_FOUND', 'A visit to print no longer exists.');
  // Keep the order the user chose, not the list's order.
  return unique.map((id) => rows.find((r) => r.id === id)!);
}

function lastPrintedAt(ctx: ServiceContext, visitIds: string[]): string | null {
  const row = ctx.db.get<{ last: string | null }>(
    sql`SELECT MAX(created_at) AS last FROM badge_prints WHERE visit_id IN (${sql.join(visitIds.map((id) => sql`${id}`), sql`, `)})`,
  );
  return row?.last ?? null;
}

function buildPayload(ctx: ServiceContext, input: PrintBadges, visits: VisitSummary[]): BadgesJob {
  const layout = findLayout(input.layoutId);
  if (!layout) throw new AppError('VALIDATION', 'Unknown badge layout.', undefined, [{ path: 'layoutId', message: 'invalidOption' }]);
  // The calibration belongs to this PC's printer: it comes from this PC's settings.
  const profile = printerProfileFor(ctx.pcSettings.get(), input.printerId);
  const date = new Intl.DateTimeFormat(input.locale, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(ctx.now());
  return {
    kind: 'badges',
    locale: input.locale,
    // The header names the organisation the visitor came to see (the site's name until it is set).
    hostName: hostOf(ctx.db).hostName,
    layout,
    offsetXMm: profile.offsetXMm,
    offsetYMm: profile.offsetYMm,
    badges: visits.map((v) => ({ name: v.name, company: v.company, host: v.host, date, badgeNo: v.badgeNo })),
  };
}

/**
 * Renders badges at the layout's exact page size, then prints them or saves the
 * PDF (a printer that is gone is refused first). A badge printed before needs
 * `confirmReprint`; every copy is logged.
 */
export async function printBadges(ctx: ServiceContext, jobs: PrintJobStore, input: PrintBadges): Promise<Output<'print', 'badges'>> {
  const visits = loadVisits(ctx, input.visitIds);
  const reprints = visits.filter((v) => v.badgePrints > 0);
  if (reprints.length > 0 && !input.confirmReprint) {
    throw new AppError('ALREADY_PRINTED', 'These badges were printed before.', {
      printedBefore: reprints.reduce((n, v) => n + v.badgePrints, 0),
      badges: reprints.length,
      lastPrintedAt: lastPrintedAt(ctx, reprints.map((v) => v.id)),
    });
  }
  const payload = buildPayload(ctx, input, visits);
  // The one render-print-or-save path every document takes (deliver-document.ts).
  const delivered = await renderAndDeliver(ctx, jobs, {
    payload,
    page: { widthMm: payload.layout.pageWidthMm, heightMm: payload.layout.pageHeightMm },
    printerId: input.printerId,
    fileBase: `badges-${visits[0]!.badgeNo}${visits.length > 1 ? `-x${visits.length}` : ''}`,
  });
  const perPage = payload.layout.columns * payload.layout.rows;
  return ctx.write(
    (tx) => {
      for (const v of visits) {
        tx.insert(badgePrints)
          .values({
            id: uuidv7(),
            ...insertStamps(tx),
            visitId: v.id,
            layoutId: input.layoutId,
            printerId: input.printerId,
            isReprint: v.badgePrints > 0,
            operator: ctx.session.operatorName,
          })
          .run();
      }
      // Sheets of badges, as the layout holds them (the count the desk has always reported).
      return { ...delivered, pages: Math.ceil(visits.length / perPage), badges: visits.length, reprints: reprints.length };
    },
    () => ({
      action: 'badge.print',
      entity: 'visit',
      entityId: visits.length === 1 ? visits[0]!.id : null,
      // Printer and layout are kept per badge (badge_prints); one visit is the entry's record, several are named by badge.
      detail: {
        ...(visits.length > 1 && { badgeNos: visits.map((v) => v.badgeNo) }),
        ...(reprints.length > 0 && { reprints: reprints.length }),
      },
    }),
  );
}

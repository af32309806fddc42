import { localDay } from '../../main/core/clock';
import { deskCode } from '../../main/services/visits/badge-number';
import type { AuditChain } from './audit';
import type { PersonInfo } from './people';
import { uuidV7At, type Random } from './random';
import type { BulkStore } from './store';

/** The badge printer and label of a typical desk (the layout is one of main/print/layouts.ts). */
export const BADGE_LAYOUT = 'label-89x36';
export const BADGE_PRINTER = 'Brother QL-820NWB';

export interface VisitRecord {
  id: string;
  badgeNo: string;
  person: PersonInfo;
}

export interface NewVisit {
  kind: 'walk_in' | 'planned';
  host: string;
  purpose: string;
  planId: string | null;
  /** When the visitor leaves; null while still on site. */
  checkOutAt: number | null;
  /** The desk form's registration time (walk-ins); planned arrivals have none. */
  handlingMs?: number;
}

/**
 * Writes visit rows as check-in writes them (badge number in the app's format,
 * privacy acknowledgement, the visitor as recorded at check-in), already in
 * their final state (checked out, or on site), plus badge prints. The audit
 * entries are the caller's, as each kind of check-in words its own.
 */
export class VisitWriter {
  private badgeDay = '';
  private badgeSeq = 0;
  private readonly prefixDesk: string;
  /** Badge numbers of visits still on site at the end, for the benchmark's check-out by scan. */
  readonly onSite: string[] = [];

  constructor(
    private readonly store: BulkStore,
    private readonly audit: AuditChain,
    private readonly random: Random,
    private readonly deviceId: string,
  ) {
    this.prefixDesk = deskCode(deviceId);
  }

  /** The next number of the day, as nextBadgeNo gives it (V + yymmdd + desk code + 4-digit sequence). */
  private nextBadgeNo(visitDay: string): string {
    if (visitDay !== this.badgeDay) {
      this.badgeDay = visitDay;
      this.badgeSeq = 0;
    }
    this.badgeSeq += 1;
    return `V${visitDay.slice(2).replaceAll('-', '')}${this.prefixDesk}${String(this.badgeSeq).padStart(4, '0')}`;
  }

  checkIn(at: number, person: PersonInfo, visit: NewVisit): VisitRecord {
    const id = uuidV7At(at, this.random);
    const stamp = new Date(at).toISOString();
    const visitDay = localDay(new Date(at));
    const badgeNo = this.nextBadgeNo(visitDay);
    const out = visit.checkOutAt === null ? null : new Date(visit.checkOutAt).toISOString();
    this.store.insert('visits', {
      id,
      created_at: stamp,
      updated_at: out ?? stamp,
      device_id: this.deviceId,
      person_id: person.id,
      kind: visit.kind,
      status: out ? 'checked_out' : 'on_site',
      host: visit.host,
      purpose: visit.purpose,
      badge_no: badgeNo,
      privacy_ack_at: stamp,
      check_in_at: stamp,
      check_out_at: out,
      plan_id: visit.planId,
      visit_day: visitDay,
      visitor_name: person.name,
      visitor_company: person.company,
      visitor_phone: person.phone,
      handling_ms: visit.handlingMs ?? null,
    });
    if (!out) this.onSite.push(badgeNo);
    return { id, badgeNo, person };
  }

  /** Badges printed in one job: a row each, one badge.print entry (entity the visit when there is one badge). */
  printBadges(at: number, actor: string, printed: VisitRecord[]): void {
    const stamp = new Date(at).toISOString();
    for (const v of printed) {
      this.store.insert('badge_prints', {
        id: uuidV7At(at, this.random),
        created_at: stamp,
        updated_at: stamp,
        device_id: this.deviceId,
        visit_id: v.id,
        layout_id: BADGE_LAYOUT,
        printer_id: BADGE_PRINTER,
        is_reprint: 0,
        operator: actor,
      });
    }
    // As print-badges.ts writes it: one visit is the entry's record, several are named by badge; never a reprint here.
    this.audit.append(at, actor, 'badge.print', 'visit', printed.length === 1 ? printed[0]!.id : null, printed.length > 1 ? { badgeNos: printed.map((v) => v.badgeNo) } : {});
  }

  checkOut(at: number, actor: string, visit: VisitRecord): void {
    this.audit.append(at, actor, 'visit.checkOut', 'visit', visit.id, {});
  }
}

import { sql } from 'drizzle-orm';
import type { RollCallJob } from '../../../contract/print';
import { localMinute } from '../../core/clock';
import type { ReadDb } from '../../core/write-path';
import { siteEmergencyPlan } from '../quality';
import { selectVisitSummaries } from '../visits';
import type { DocumentBase } from './plan-documents';

/**
 * Everyone on site now (visits on_site, read through visits_status_check_in),
 * by name so a name is found fast at the assembly point; the assembly point
 * is the site's emergency plan's.
 */
export function rollCall(db: ReadDb, base: DocumentBase): RollCallJob {
  const people = selectVisitSummaries(db, sql`t.status = 'on_site'`)
    .map((v) => ({
      name: v.name,
      company: v.company,
      host: v.host,
      arrivedAt: v.checkInAt ? localMinute(new Date(v.checkInAt)) : '',
      badgeNo: v.badgeNo,
      planTitle: v.planTitle ?? null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.badgeNo.localeCompare(b.badgeNo));
  return { kind: 'rollCall', ...base, assemblyPoint: siteEmergencyPlan(db).assemblyPoint, people };
}

import { v7 as uuidv7 } from 'uuid';
import type { IncidentEventKind } from '../../../contract/incidents';
import { incidentEvents } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { insertStamps, type WriteTx } from '../../core/write-path';

export interface Actor {
  id: string;
  name: string;
}

/** How the app names itself on a timeline it writes alone (an escalation): readable in both languages as it is. */
export const SYSTEM_ACTOR: Actor = { id: 'system', name: '系统 / system' };

/** Who is acting: the signed-in user, or the app itself when nobody is (a kiosk answer raising a red alert has its starter as session). */
export function actorOf(ctx: ServiceContext): Actor {
  return ctx.session.operatorId && ctx.session.operatorId !== SYSTEM_ACTOR.id ? { id: ctx.session.operatorId, name: ctx.session.operatorName } : SYSTEM_ACTOR;
}

/** One line on the timeline, stamped with the write's instant. */
export function addEvent(tx: WriteTx, incidentId: string, kind: IncidentEventKind, by: Actor, value = '', text = ''): void {
  tx.insert(incidentEvents)
    .values({ id: uuidv7(), ...insertStamps(tx), incidentId, kind, at: tx.at, byId: by.id, byName: by.name, value, text })
    .run();
}

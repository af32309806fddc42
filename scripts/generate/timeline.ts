import { localDay } from '../../main/core/clock';

interface Scheduled {
  at: number;
  order: number;
  run: () => void;
}

/**
 * History happens in time order: events are filed under their local day and
 * played day by day, each day's sorted by instant, so the audit chain reads
 * as a desk would have written it. Only days not yet played may be added to: an event files its follow-ups
 * (a check-in its check-out) when it is filed, never when it runs.
 */
export class Timeline {
  private readonly days = new Map<string, Scheduled[]>();
  private order = 0;

  constructor(private readonly cutoff: number) {}

  /** Files an event; one after the cut-off (the present) never happens. */
  at(at: number, run: () => void): void {
    if (at > this.cutoff) return;
    const day = localDay(new Date(at));
    let list = this.days.get(day);
    if (!list) this.days.set(day, (list = []));
    list.push({ at, order: this.order++, run });
  }

  /** Plays one day's events in order and forgets them. */
  play(day: string): number {
    const list = this.days.get(day);
    if (!list) return 0;
    this.days.delete(day);
    list.sort((a, b) => a.at - b.at || a.order - b.order);
    for (const e of list) e.run();
    // Everything is filed before its day is played: a later event filed while playing would break the order.
    if (this.days.has(day)) throw new Error(`an event for ${day} was filed while that day was played`);
    return list.length;
  }
}

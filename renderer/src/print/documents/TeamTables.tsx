import type { Needs } from '../../../../contract/plans';
import type { PrintedBooking, PrintedMember, TeamItineraryJob } from '../../../../contract/print';
import { dayOf, formatDateTime, formatDay, formatTimeRange } from './dates';
import { Phone } from './Phone';
import type { Words } from './words';

const NEED_KEYS = ['diet', 'transport', 'accessibility', 'other'] as const;

/** Needs that were filled in, each with its label: 饮食：清真 · 交通：机场接送. */
export function needLines(w: Words, needs: Needs): { label: string; text: string }[] {
  return NEED_KEYS.filter((k) => needs[k]).map((k) => ({ label: w.p(`team.needLabels.${k}`), text: needs[k] }));
}

export function roleName(w: Words, member: Pick<PrintedMember, 'role' | 'customLabel'>): string {
  return member.role === 'custom' && member.customLabel ? member.customLabel : w.p(`team.roles.${member.role}`);
}

export function TeamTable({ team, w }: { team: PrintedMember[]; w: Words }) {
  if (team.length === 0) return <p className="doc-empty">{w.p('team.noTeam')}</p>;
  return (
    <table className="doc-table doc-team">
      <colgroup>
        <col className="doc-col-role" />
        <col />
        <col className="doc-col-phone" />
        <col />
        <col className="doc-col-phone" />
      </colgroup>
      <thead>
        <tr>
          <th>{w.p('team.teamColumns.role')}</th>
          <th>{w.p('team.teamColumns.primary')}</th>
          <th>{w.p('team.teamColumns.phone')}</th>
          <th>{w.p('team.teamColumns.backup')}</th>
          <th>{w.p('team.teamColumns.phone')}</th>
        </tr>
      </thead>
      <tbody>
        {team.map((m, i) => (
          <tr key={i}>
            <td className="doc-strong">{roleName(w, m)}</td>
            <td>{m.primaryName}</td>
            <td>
              <Phone phone={m.primaryPhone} />
            </td>
            <td>{m.backupName || w.p('doc.dash')}</td>
            <td>
              <Phone phone={m.backupPhone} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function GuestTable({ guests, w }: { guests: TeamItineraryJob['guests']; w: Words }) {
  if (guests.length === 0) return <p className="doc-empty">{w.p('team.noGuests')}</p>;
  return (
    <table className="doc-table doc-guests">
      <colgroup>
        <col className="doc-col-no" />
        <col className="doc-col-name" />
        <col className="doc-col-title" />
        <col />
        <col className="doc-col-phone" />
        <col className="doc-col-needs" />
      </colgroup>
      <thead>
        <tr>
          <th>{w.p('team.guestColumns.no')}</th>
          <th>{w.p('team.guestColumns.name')}</th>
          <th>{w.p('team.guestColumns.title')}</th>
          <th>{w.p('team.guestColumns.company')}</th>
          <th>{w.p('team.guestColumns.phone')}</th>
          <th>{w.p('team.guestColumns.needs')}</th>
        </tr>
      </thead>
      <tbody>
        {guests.map((g, i) => (
          <tr key={i}>
            <td className="doc-num doc-muted">{i + 1}</td>
            <td className="doc-strong">
              {g.name}
              {g.isLead && <span className="doc-tag doc-tag--lead">{w.p('team.lead')}</span>}
            </td>
            <td>{g.title}</td>
            <td>{g.company}</td>
            <td>
              <Phone phone={g.phone} />
            </td>
            <td className="doc-needs">
              {needLines(w, g.needs).map((n) => (
                <div key={n.label}>
                  <span className="doc-muted">
                    {n.label}
                    {w.p('doc.colon')}
                  </span>
                  {n.text}
                </div>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 11月28日 周六 09:00–17:00, or from one day and time to another. */
export function bookingTime(w: Words, b: Pick<PrintedBooking, 'startsAt' | 'endsAt'>): string {
  return dayOf(b.startsAt) === dayOf(b.endsAt)
    ? `${formatDay(w.locale, b.startsAt, false)} ${formatTimeRange(w.locale, b.startsAt, b.endsAt)}`
    : `${formatDateTime(w.locale, b.startsAt, false)} – ${formatDateTime(w.locale, b.endsAt, false)}`;
}

export function BookingTable({ bookings, w }: { bookings: PrintedBooking[]; w: Words }) {
  if (bookings.length === 0) return <p className="doc-empty">{w.p('team.noBookings')}</p>;
  const ordered = [...bookings].sort((a, b) => a.kind.localeCompare(b.kind) || Number(a.spare) - Number(b.spare) || a.startsAt.localeCompare(b.startsAt));
  return (
    <table className="doc-table doc-bookings">
      <colgroup>
        <col className="doc-col-kind" />
        <col />
        <col className="doc-col-span" />
      </colgroup>
      <thead>
        <tr>
          <th>{w.p('team.bookingColumns.kind')}</th>
          <th>{w.p('team.bookingColumns.name')}</th>
          <th>{w.p('team.bookingColumns.time')}</th>
        </tr>
      </thead>
      <tbody>
        {ordered.map((b, i) => (
          <tr key={i} className={b.spare ? 'doc-row--spare' : undefined}>
            <td>{w.p(`team.kinds.${b.kind}`)}</td>
            <td className="doc-strong">
              {b.resourceName}
              {b.spare && <span className="doc-tag doc-tag--spare">{w.p('team.spare')}</span>}
            </td>
            <td className="doc-num">{bookingTime(w, b)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

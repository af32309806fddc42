import { Fragment } from 'react';
import { pickText } from '../../../../contract/local-text';
import type { PrintedItem } from '../../../../contract/print';
import { clock, dayOf, formatShortDate } from './dates';
import type { Words } from './words';

/** What is already known of an item goes in its box: a tick, N/A or "!"; an open one is left empty for the pen. */
const MARK: Record<PrintedItem['status'], string> = { open: '', done: '✓', na: 'N/A', problem: '!' };

function DueCell({ dueAt, w, day }: { dueAt: string | null; w: Words; day: string | null }) {
  if (!dueAt) return <span className="doc-muted">{w.p('doc.dash')}</span>;
  // The sheet's day (the one asked for, or the visit's arrival) goes without saying; another day sits above the time.
  return (
    <>
      {dayOf(dueAt) !== day && <div className="doc-check__date">{formatShortDate(w.locale, dueAt)}</div>}
      <div className="doc-num doc-strong">{clock(dueAt)}</div>
    </>
  );
}

/**
 * Items with a box to tick by hand, grouped under their section headings:
 * what, by when, for which department, who does it, and room for a note.
 */
export function ChecklistTable({ items, w, day = null, withDepartment = true }: { items: PrintedItem[]; w: Words; day?: string | null; withDepartment?: boolean }) {
  const columns = withDepartment ? 6 : 5;
  return (
    <table className="doc-table doc-check">
      <colgroup>
        <col className="doc-col-check-box" />
        <col />
        <col className="doc-col-check-due" />
        {withDepartment && <col className="doc-col-check-dept" />}
        <col className="doc-col-check-who" />
        <col className="doc-col-check-notes" />
      </colgroup>
      <thead>
        <tr>
          <th className="doc-center">{w.c('checklist.columns.box')}</th>
          <th>{w.c('checklist.columns.item')}</th>
          <th>{w.c('checklist.columns.due')}</th>
          {withDepartment && <th>{w.c('checklist.columns.department')}</th>}
          <th>{w.c('checklist.columns.assignee')}</th>
          <th>{w.c('checklist.columns.notes')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item, i) => {
          const section = pickText(item.section, w.locale);
          const newSection = i === 0 || pickText(items[i - 1]!.section, w.locale) !== section;
          return (
            <Fragment key={i}>
              {newSection && (
                <tr className="doc-check__section">
                  <th colSpan={columns}>{section}</th>
                </tr>
              )}
              <tr className={`doc-check__row doc-check__row--${item.status}`} data-testid="doc-check-item">
                <td className="doc-center">
                  <span className="doc-box">{MARK[item.status]}</span>
                </td>
                <td>
                  <span className="doc-check__text">{pickText(item.text, w.locale)}</span>
                  {item.required && <span className="doc-tag doc-tag--required">{w.c('checklist.required')}</span>}
                  {item.status !== 'open' && <span className="doc-tag">{w.c(`status.${item.status}`)}</span>}
                </td>
                <td>
                  <DueCell dueAt={item.dueAt} w={w} day={day} />
                </td>
                {withDepartment && <td>{w.c(`departments.${item.department}`)}</td>}
                <td>{item.assigneeName}</td>
                <td className="doc-prewrap doc-check__note">{item.note}</td>
              </tr>
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}

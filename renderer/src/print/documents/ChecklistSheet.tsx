import { pickText } from '../../../../contract/local-text';
import type { ChecklistJob } from '../../../../contract/print';
import { ChecklistTable } from './ChecklistTable';
import { clock, dayOf, formatDateTime, formatDay } from './dates';
import { Masthead } from './Masthead';
import type { Words } from './words';

type List = ChecklistJob['lists'][number];

/** Lists grouped by their visit: one heading per visit, then each of its lists. */
function byVisit(lists: List[]): List[][] {
  const groups: List[][] = [];
  for (const list of lists) {
    const last = groups.at(-1);
    if (last && last[0]!.planTitle === list.planTitle && last[0]!.arrivalAt === list.arrivalAt) last.push(list);
    else groups.push([list]);
  }
  return groups;
}

function VisitHeading({ list, w, day }: { list: List; w: Words; day: string | null }) {
  const arrival = list.arrivalAt && (day && list.arrivalAt.startsWith(day) ? clock(list.arrivalAt) : formatDateTime(w.locale, list.arrivalAt));
  return (
    <h2 className="doc-h2 doc-check__visit">
      {list.planTitle}
      {list.clientName && <span className="doc-check__client">{list.clientName}</span>}
      {arrival && <span className="doc-check__arrival">{w.c('checklist.arrival', { time: arrival })}</span>}
    </h2>
  );
}

/**
 * A checklist for a walk-through with a clipboard (A4): one plan's lists, or
 * the open items due on one day across visits; boxes to tick by hand,
 * required items marked, due times, department, who, and room for notes.
 */
export function ChecklistSheet({ job, w }: { job: ChecklistJob; w: Words }) {
  const count = job.lists.reduce((n, l) => n + l.items.length, 0);
  const single = job.day === null ? job.lists[0] : undefined;
  const title = job.day !== null ? w.c('checklist.dayTitle') : (single?.planTitle ?? w.c('checklist.title'));
  return (
    <article className="doc doc-checklist" data-testid="doc-checklist">
      <Masthead
        hostName={job.hostName}
        hostLogo={job.hostLogo}
        stamp={w.p('doc.internalStamp')}
        kicker={w.c('checklist.title')}
        title={title}
        subtitle={
          <>
            {job.day && <span className="doc-masthead__date">{formatDay(w.locale, job.day)}</span>}
            {job.department && <span className="doc-masthead__date">{w.c(`departments.${job.department}`)}</span>}
            <span className="doc-masthead__summary">{w.c('checklist.items', { count })}</span>
          </>
        }
      />
      {count === 0 ? (
        <p className="doc-empty doc-empty--big">{w.c('checklist.empty')}</p>
      ) : (
        <>
          <p className="doc-check__legend">{w.c('checklist.legend')}</p>
          {byVisit(job.lists).map((lists, i) => (
            <section key={i} className="doc-section">
              {job.day !== null && <VisitHeading list={lists[0]!} w={w} day={job.day} />}
              {lists.map((list, j) => (
                <div key={j} className="doc-check__list">
                  <h3 className="doc-h3">{pickText(list.listName, w.locale)}</h3>
                  <ChecklistTable items={list.items} w={w} day={job.day ?? (list.arrivalAt && dayOf(list.arrivalAt))} withDepartment={job.department === null} />
                </div>
              ))}
            </section>
          ))}
        </>
      )}
    </article>
  );
}

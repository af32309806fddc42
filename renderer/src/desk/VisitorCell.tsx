import type { VisitSummary } from '../../../contract/visits';

/** Name with company beneath: one column instead of two keeps the table readable at 1366 px. */
export function VisitorCell({ visit }: { visit: VisitSummary }) {
  return (
    <div className="visitor-cell">
      <div className="visitor-cell__name">{visit.name}</div>
      {visit.company && <div className="visitor-cell__company">{visit.company}</div>}
    </div>
  );
}

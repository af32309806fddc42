import { PastVisitFileView } from './PastVisitFileView';
import { PastVisitList } from './PastVisitList';
import './pastVisits.css';

/** 往期接待: completed and archived visits; `recordId` opens one visit's file. */
export function PastVisitsScreen({ recordId }: { recordId: string | null }) {
  return recordId ? <PastVisitFileView planId={recordId} /> : <PastVisitList />;
}

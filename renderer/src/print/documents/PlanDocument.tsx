import type { PrintJobPayload } from '../../../../contract/print';
import { ChecklistSheet } from './ChecklistSheet';
import { DaySchedule } from './DaySchedule';
import { DestructionCertificate } from './DestructionCertificate';
import { FollowupSheet } from './FollowupSheet';
import { GuestItinerary } from './GuestItinerary';
import { HandoffSheet } from './HandoffSheet';
import { IncidentReport } from './IncidentReport';
import { MonthlyReportSlot } from './monthlyReportSlot';
import { Questionnaire } from './Questionnaire';
import { RollCall } from './RollCall';
import { TeamItinerary } from './TeamItinerary';
import { VisitFile } from './VisitFile';
import { WelcomeSign } from './WelcomeSign';
import { wordsFor } from './words';
import './documents.css';
import './welcomeSign.css';
import './checklists.css';

export type DocumentJob = Exclude<PrintJobPayload, { kind: 'badges' }>;

/** An A4 document in its own language: itinerary (guests' or team's copy), daily schedule, welcome sign, checklist, hand-off sheet, roll call or questionnaire (`qr`: its code's QR image). */
export function PlanDocument({ job, qr = {} }: { job: DocumentJob; qr?: Record<string, string> }) {
  const w = wordsFor(job.locale);
  switch (job.kind) {
    case 'itinerary':
      return job.audience === 'team' ? <TeamItinerary job={job} w={w} /> : <GuestItinerary job={job} w={w} />;
    case 'daySchedule':
      return <DaySchedule job={job} w={w} />;
    case 'welcomeSign':
      return <WelcomeSign job={job} w={w} />;
    case 'checklist':
      return <ChecklistSheet job={job} w={w} />;
    case 'handoff':
      return <HandoffSheet job={job} w={w} />;
    case 'rollCall':
      return <RollCall job={job} w={w} />;
    case 'incidentReport':
      return <IncidentReport job={job} w={w} />;
    case 'questionnaire':
      return <Questionnaire job={job} w={w} qr={qr} />;
    case 'followupSheet':
      return <FollowupSheet job={job} w={w} />;
    case 'visitFile':
      return <VisitFile job={job} w={w} />;
    case 'destructionCertificate':
      return <DestructionCertificate job={job} w={w} />;
    case 'monthlyReport':
      return <MonthlyReportSlot job={job} w={w} />;
  }
}

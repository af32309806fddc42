import type { PrintJobPayload } from '../../../../contract/print';
import { DaySchedule } from './DaySchedule';
import { GuestItinerary } from './GuestItinerary';
import { TeamItinerary } from './TeamItinerary';
import { WelcomeSign } from './WelcomeSign';
import { wordsFor } from './words';
import './documents.css';
import './welcomeSign.css';

export type DocumentJob = Exclude<PrintJobPayload, { kind: 'badges' }>;

/** A plan document in its own language: itinerary (guests' or team's copy), daily schedule or welcome sign. */
export function PlanDocument({ job }: { job: DocumentJob }) {
  const w = wordsFor(job.locale);
  switch (job.kind) {
    case 'itinerary':
      return job.audience === 'team' ? <TeamItinerary job={job} w={w} /> : <GuestItinerary job={job} w={w} />;
    case 'daySchedule':
      return <DaySchedule job={job} w={w} />;
    case 'welcomeSign':
      return <WelcomeSign job={job} w={w} />;
  }
}

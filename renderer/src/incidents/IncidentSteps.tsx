import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { INCIDENT_STATUSES, type IncidentDetail, type IncidentStatus } from '../../../contract/incidents';
import { formatFull } from '../lib/format';

/** Who took a step and when: the last time the timeline reached it (a reopened incident walks some steps twice). */
function stepStamp(incident: IncidentDetail, status: IncidentStatus): { by: string; at: string } | null {
  // Classifying writes its own event (the category and tier chosen), not a plain status step.
  const reached = incident.timeline.filter((e) => (e.kind === 'status' && e.value === status) || (status === 'classified' && e.kind === 'classified'));
  const last = reached[reached.length - 1];
  if (last) return { by: last.byName, at: last.at };
  if (status === 'received') return { by: incident.reporterName, at: incident.receivedAt };
  return null;
}

/** The closed loop: received → classified → dispatched → resolved → reviewed → archived, each with who and when. */
export function IncidentSteps({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const current = INCIDENT_STATUSES.indexOf(incident.status);
  return (
    <Steps
      size="small"
      className="incident-steps"
      current={current}
      data-testid="incident-steps"
      items={INCIDENT_STATUSES.map((status, i) => {
        // A step skipped on the way (resolved straight from received) has no stamp: it shows done, without a name.
        const stamp = i <= current ? stepStamp(incident, status) : null;
        return {
          title: t(`incidents.status.${status}`),
          content: stamp ? (
            <span className="incident-steps__stamp">
              <span>{stamp.by}</span>
              <span>{formatFull(stamp.at).slice(5, 16)}</span>
            </span>
          ) : undefined,
        };
      })}
    />
  );
}

import { Empty, Timeline } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { IncidentEvent } from '../../../contract/incidents';
import { formatFull } from '../lib/format';

const COLORS: Partial<Record<IncidentEvent['kind'], string>> = { escalated: 'red', contact: 'green', callBack: 'green', status: 'blue' };

/** An event's headline: coded values (a status, a tier, a channel) in words. */
function headline(t: TFunction, e: IncidentEvent): string {
  switch (e.kind) {
    case 'status':
      return t('incidents.event.status', { value: t(`incidents.status.${e.value}`, { defaultValue: e.value }) });
    case 'escalated':
      return t('incidents.event.escalated', { value: t(`incidents.tier.${e.value}`, { defaultValue: e.value }) });
    case 'contact':
      return t('incidents.event.contact', { value: t(`incidents.channel.${e.value}`, { defaultValue: e.value }) });
    case 'callBack':
      return t('incidents.event.callBack', { value: t(`incidents.callBackOutcome.${e.value}`, { defaultValue: e.value }) });
    case 'classified':
      return t('incidents.event.classified', { value: e.value.split(/[/:,]/).map((v) => t(`incidents.tier.${v}`, { defaultValue: t(`incidents.category.${v}`, { defaultValue: v }) })).join(' · ') });
    case 'assigned':
      return t('incidents.event.assigned', { value: e.value });
    default:
      return t('incidents.event.note');
  }
}

/** Notes, contacts with the visitor ("kept informed"), escalations and the steps, newest first. */
export function IncidentTimeline({ events }: { events: IncidentEvent[] }) {
  const { t } = useTranslation();
  if (events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('incidents.detail.noTimeline')} />;
  return (
    <Timeline
      className="incident-timeline"
      data-testid="incident-timeline"
      items={[...events].reverse().map((e) => ({
        key: e.id,
        color: COLORS[e.kind] ?? 'gray',
        content: (
          <div className="incident-event" data-testid="incident-event" data-kind={e.kind}>
            <div className="incident-event__head">
              <span className="incident-event__what">{headline(t, e)}</span>
              <span className="incident-event__who">
                {e.byName} · {formatFull(e.at).slice(0, 16)}
              </span>
            </div>
            {e.text && <p className="incident-event__text">{e.text}</p>}
          </div>
        ),
      }))}
    />
  );
}

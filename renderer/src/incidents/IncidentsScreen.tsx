import { Segmented } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_INCIDENT_RULES } from '../../../contract/incidents';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { RecordIncidentDialog } from '../incident-form/RecordIncidentDialog';
import { pageHash } from '../lib/useHashRoute';
import { AnalysisView } from './AnalysisView';
import { IncidentDrawer } from './IncidentDrawer';
import { IncidentList } from './IncidentList';
import { RulesForm } from './RulesForm';
import './incidents.css';

const VIEWS = ['list', 'analysis', 'rules'] as const;
type View = (typeof VIEWS)[number];

/**
 * 问题处理: the incidents with their time limits (list and drawer at
 * #/incidents/<id>), the analysis of causes, and the tiers' rules.
 */
export function IncidentsScreen({ recordId }: { recordId: string | null }) {
  const { t } = useTranslation();
  const { can } = useDesk();
  const [view, setView] = useState<View>('list');
  const [version, setVersion] = useState(0);
  const [recording, setRecording] = useState(false);
  const [callBackHours, setCallBackHours] = useState(DEFAULT_INCIDENT_RULES.callBackHours);

  useEffect(() => {
    void api.incidents.rules({}).then((result) => result.ok && setCallBackHours(result.value.callBackHours));
  }, []);
  // A link to one incident (a task, a search hit) shows it over the list.
  useEffect(() => {
    if (recordId) setView('list');
  }, [recordId]);

  const open = (id: string | null) => {
    window.location.hash = pageHash('incidents', id ?? undefined);
  };

  return (
    <div className="incidents-page" data-testid="incidents-screen">
      <Segmented
        className="incidents-views"
        aria-label={t('nav.incidents')}
        value={view}
        onChange={(v) => setView(v as View)}
        options={VIEWS.map((v) => ({ value: v, label: <span data-testid={`incident-view-${v}`}>{t(`incidents.views.${v}`)}</span> }))}
      />
      {view === 'list' && (
        <IncidentList selectedId={recordId} onOpen={open} onRecord={can('incidents.handle') ? () => setRecording(true) : null} version={version} />
      )}
      {view === 'analysis' && <AnalysisView />}
      {view === 'rules' && <RulesForm />}
      <IncidentDrawer incidentId={view === 'list' ? recordId : null} callBackHours={callBackHours} onClose={() => open(null)} onChanged={() => setVersion((v) => v + 1)} />
      <RecordIncidentDialog open={recording} links={{ source: 'desk' }} onClose={() => setRecording(false)} onRecorded={() => setVersion((v) => v + 1)} />
    </div>
  );
}

import { Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk } from '../context/DeskContext';
import { EntryForm } from './EntryForm';
import { RequestsList } from './RequestsList';
import { ResponseDetail } from './ResponseDetail';
import { ResponsesList } from './ResponsesList';
import { RulesForm } from './RulesForm';
import { SummaryView } from './SummaryView';
import { TemplatesList } from './TemplatesList';
import './feedback.css';

type Tab = 'responses' | 'entry' | 'requests' | 'summary' | 'templates' | 'rules';

/**
 * 反馈 (DIGEST 03): responses as they come back (a red alert marked, with its
 * complaint), typing in paper, phone, e-mail and interview answers, the open
 * "request feedback" tasks, the period's summary, and for managers the
 * questionnaires and the red-alert rule. `recordId` opens one response.
 */
export function FeedbackScreen({ recordId }: { recordId: string | null }) {
  const { t } = useTranslation();
  const { can } = useDesk();
  const [tab, setTab] = useState<Tab>('responses');
  const [entryCode, setEntryCode] = useState<string | null>(null);
  if (recordId) return <ResponseDetail id={recordId} />;
  const tabs: Tab[] = ['responses', ...(can('feedback.record') ? (['entry'] as const) : []), 'requests', 'summary', 'templates', 'rules'];
  return (
    <div className="feedback-screen" data-testid="feedback-screen">
      <Segmented
        className="fb-tabs"
        value={tab}
        onChange={(v) => setTab(v as Tab)}
        options={tabs.map((k) => ({ value: k, label: <span data-testid={`fb-tab-${k}`}>{t(`feedback.tabs.${k}`)}</span> }))}
      />
      {tab === 'responses' && <ResponsesList />}
      {tab === 'entry' && <EntryForm initialCode={entryCode} key={entryCode ?? ''} />}
      {tab === 'requests' && (
        <RequestsList
          onEnter={(code) => {
            setEntryCode(code);
            setTab('entry');
          }}
        />
      )}
      {tab === 'summary' && <SummaryView />}
      {tab === 'templates' && <TemplatesList />}
      {tab === 'rules' && <RulesForm />}
    </div>
  );
}

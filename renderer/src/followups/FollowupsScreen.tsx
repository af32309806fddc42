import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDesk } from '../context/DeskContext';
import { CareRulesForm } from './CareRulesForm';
import { CareTab } from './CareTab';
import { FollowupList } from './FollowupList';
import { SequenceView } from './SequenceView';
import { TemplatesTab } from './TemplatesTab';
import './followups.css';

/**
 * 客户跟进 (DIGEST 04): the sequences in the order they need attention (VIP
 * first, then urgency, then the next due day), one sequence as a timeline at
 * `#/followups/<id>`, the care reminders, and for managers the templates and
 * the care rules.
 */
export function FollowupsScreen({ recordId }: { recordId: string | null }) {
  const { t } = useTranslation();
  const { can } = useDesk();
  if (recordId) return <SequenceView id={recordId} />;
  const manage = can('followups.manage');
  const items = [
    { key: 'list', label: <span data-testid="followups-tab-list">{t('followups.tabs.list')}</span>, children: <FollowupList /> },
    { key: 'care', label: <span data-testid="followups-tab-care">{t('followups.tabs.care')}</span>, children: <CareTab /> },
    ...(manage
      ? [
          { key: 'templates', label: <span data-testid="followups-tab-templates">{t('followups.tabs.templates')}</span>, children: <TemplatesTab /> },
          { key: 'rules', label: <span data-testid="followups-tab-rules">{t('followups.tabs.rules')}</span>, children: <CareRulesForm /> },
        ]
      : []),
  ];
  return (
    <div className="followups-page" data-testid="followups-screen">
      <Tabs size="small" destroyOnHidden items={items} />
    </div>
  );
}

import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackTemplate } from '../../../contract/feedback';
import { pickText } from '../../../contract/local-text';
import { useDesk } from '../context/DeskContext';
import { errorText } from '../lib/errors';
import { QuestionnairePrintButton } from '../print-menus/QuestionnairePrintButton';
import { KioskStartButton } from './KioskStartDialog';
import { TemplateEditor } from './TemplateEditor';
import { useTemplates } from './useTemplates';

/** 问卷: the questionnaires per scenario; managers edit them; anyone who records may print blank ones or start the kiosk with one. */
export function TemplatesList() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { can } = useDesk();
  const manage = can('feedback.manage');
  const { templates, error, loading, reload } = useTemplates(true);
  const [editing, setEditing] = useState<FeedbackTemplate | 'new' | null>(null);
  return (
    <div data-testid="fb-templates">
      <div className="fb-toolbar">
        {manage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="fb-template-add">
            {t('feedback.templates.add')}
          </Button>
        ) : (
          <Alert type="info" showIcon title={t('feedback.templates.readOnly')} />
        )}
      </div>
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      <Table<FeedbackTemplate>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={templates}
        pagination={false}
        onRow={(x) => ({ 'data-testid': 'fb-template-row', 'data-name': x.name.zh }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'name',
            title: t('feedback.detail.template'),
            render: (_, x) => (
              <span className={x.active ? undefined : 'fb-muted'}>
                {pickText(x.name, i18n.language)} {x.builtIn && <Tag color="blue">{t('feedback.templates.builtIn')}</Tag>}
                {!x.active && <Tag>{t('feedback.templates.inactive')}</Tag>}
              </span>
            ),
          },
          { key: 'scenario', title: t('feedback.templates.scenario'), render: (_, x) => t(`feedback.scenario.${x.scenario}`), width: 110 },
          { key: 'questions', title: t('feedback.templates.questionsColumn'), render: (_, x) => t('feedback.templates.questions', { count: x.questions.length }), width: 110 },
          {
            key: 'actions',
            title: '',
            render: (_, x) => (
              <span style={{ display: 'inline-flex', gap: 4, flexWrap: 'wrap' }}>
                {manage && (
                  <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(x)} data-testid="fb-template-edit">
                    {t('feedback.templates.edit')}
                  </Button>
                )}
                {x.active && <QuestionnairePrintButton size="small" templateId={x.id} label={t('feedback.requests.print')} testId="fb-template-print" />}
                {x.active && <KioskStartButton size="small" templateId={x.id} testId="fb-template-kiosk" />}
              </span>
            ),
          },
        ]}
      />
      {editing && (
        <TemplateEditor
          template={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(x) => {
            message.success(t('feedback.templates.saved'));
            setEditing(null);
            void reload();
            void x;
          }}
        />
      )}
    </div>
  );
}

import { ArrowLeftOutlined, EditOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, Button, Tabs, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPastPlan, type PastVisitFile } from '../../../contract/past-visits';
import type { Locale } from '../../../contract/print';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { errorText } from '../lib/errors';
import { ScreenLoading } from '../lib/ScreenLoading';
import { pageHash } from '../lib/useHashRoute';
import { VisitFilePrintButton } from '../print-menus/VisitFilePrintButton';
import { ChangesTable } from './ChangesTable';
import { AuditTrail, Checklists, Documents, Feedback, Incidents, Itinerary, Overview, Prints } from './FileSections';
import { ReopenModal } from './ReopenModal';
import { RequestChangeModal } from './RequestChangeModal';

/** One past visit's file, read-only: its parts as tabs, the record's changes, and what the user may do with it. */
export function PastVisitFileView({ planId }: { planId: string }) {
  const { t, i18n } = useTranslation();
  const { can } = useDesk();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  const [file, setFile] = useState<PastVisitFile | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [requesting, setRequesting] = useState(false);
  const [reopening, setReopening] = useState(false);

  const load = useCallback(() => {
    void api.pastVisits.file({ planId }).then((result) => {
      setFile(result.ok ? result.value : null);
      setError(result.ok ? null : result.error);
    });
  }, [planId]);
  useEffect(load, [load]);

  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} href={pageHash('pastVisits')} data-testid="past-visit-back">
      {t('pastVisits.back')}
    </Button>
  );
  if (error) return (<>{back}<Alert type="warning" showIcon title={errorText(error)} /></>);
  if (!file) return <ScreenLoading />;
  const past = isPastPlan(file.plan.status);
  const pending = file.changes.filter((c) => c.status === 'pending').length;
  const count = (n: number) => (n > 0 ? ` (${n})` : '');

  return (
    <div className="past-visit-file" data-testid="past-visit-file">
      {back}
      <h2 data-testid="past-visit-title">
        {file.plan.title} <Tag>{t(`planStatus.${file.plan.status}`)}</Tag>
      </h2>
      {past && <Alert type="info" showIcon title={t('pastVisits.banner')} description={t('pastVisits.bannerHint')} data-testid="past-visit-banner" />}
      <div className="past-visit-file__actions">
        <VisitFilePrintButton planId={file.plan.id} />
        {past && file.mayRequestChange && (
          <Button icon={<EditOutlined />} onClick={() => setRequesting(true)} data-testid="past-visit-request-change">
            {t('pastVisits.actions.requestChange')}
          </Button>
        )}
        {past && file.mayReopen && (
          <Button danger icon={<UndoOutlined />} onClick={() => setReopening(true)} data-testid="past-visit-reopen">
            {t('pastVisits.actions.reopen')}
          </Button>
        )}
      </div>
      <Tabs
        items={[
          { key: 'overview', label: t('pastVisits.sections.overview'), children: <Overview file={file} t={t} /> },
          { key: 'itinerary', label: t('pastVisits.sections.itinerary'), children: <Itinerary file={file} t={t} locale={locale} /> },
          { key: 'checklists', label: t('pastVisits.sections.checklists'), children: <Checklists file={file} t={t} locale={locale} /> },
          { key: 'incidents', label: `${t('pastVisits.sections.incidents')}${count(file.incidents.length)}`, children: <Incidents file={file} t={t} /> },
          { key: 'feedback', label: t('pastVisits.sections.feedback'), children: <Feedback file={file} t={t} /> },
          { key: 'documents', label: `${t('pastVisits.sections.documents')}${count(file.documents.length)}`, children: <Documents file={file} t={t} locale={locale} /> },
          { key: 'prints', label: t('pastVisits.sections.prints'), children: <Prints file={file} t={t} /> },
          {
            key: 'changes',
            label: <span data-testid="past-visit-tab-changes">{`${t('pastVisits.sections.changes')}${count(pending)}`}</span>,
            children: <ChangesTable changes={file.changes} onDecided={load} />,
          },
          ...(can('audit.view') ? [{ key: 'audit', label: t('pastVisits.sections.audit'), children: <AuditTrail file={file} t={t} locale={locale} /> }] : []),
        ]}
      />
      <RequestChangeModal
        file={file}
        open={requesting}
        onClose={() => setRequesting(false)}
        onSent={() => {
          setRequesting(false);
          load();
        }}
      />
      <ReopenModal
        planId={file.plan.id}
        open={reopening}
        onClose={() => setReopening(false)}
        onDone={() => {
          setReopening(false);
          load();
        }}
      />
    </div>
  );
}

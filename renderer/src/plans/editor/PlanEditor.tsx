import { Alert, Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { EditorBody } from './EditorBody';
import { usePlanDetail } from './usePlanDetail';
import { errorText } from '../../lib/errors';
import './planEditor.css';

/**
 * The visit plan (接待方案) at `#/plans/<id>`: loads it, then shows the
 * editor; a plan that does not exist says so with a way back.
 */
export function PlanEditor({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { load, reload, replace } = usePlanDetail(planId);

  if (load.status === 'loading') {
    return (
      <div className="plan-editor-centre" data-testid="plan-editor-loading">
        <Spin />
        <span>{t('planEditor.loading')}</span>
      </div>
    );
  }
  if (load.status === 'missing') {
    return (
      <Result
        status="404"
        title={t('planEditor.notFound')}
        subTitle={t('planEditor.notFoundHint')}
        data-testid="plan-not-found"
        extra={
          <Button type="primary" autoFocus onClick={onClose} data-testid="plan-not-found-back">
            {t('planEditor.back')}
          </Button>
        }
      />
    );
  }
  if (load.status === 'failed') {
    return (
      <Result
        status="error"
        title={t('planEditor.loadFailed')}
        subTitle={<Alert type="error" title={errorText(load.error)} />}
        extra={[
          <Button key="back" onClick={onClose}>
            {t('planEditor.back')}
          </Button>,
          <Button key="retry" type="primary" onClick={() => void reload()}>
            {t('planEditor.retry')}
          </Button>,
        ]}
      />
    );
  }
  return <EditorBody plan={load.plan} onSaved={replace} onClose={onClose} />;
}

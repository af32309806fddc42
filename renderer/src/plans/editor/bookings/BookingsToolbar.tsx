import { CheckCircleOutlined, EditOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  dirty: boolean;
  busy: boolean;
  readOnly: boolean;
  /** Why Save is off although something changed (a clash with another visit); shown on the button. */
  blockedReason: string | null;
  onSave: () => void;
  onDiscard: () => void;
  children?: ReactNode;
}

/**
 * The editor's SectionToolbar, same markup and classes, with one thing more:
 * Save stays disabled while a booking clashes, and says why.
 */
export function BookingsToolbar({ dirty, busy, readOnly, blockedReason, onSave, onDiscard, children }: Props) {
  const { t } = useTranslation();
  return (
    <div className="plan-section-toolbar">
      <div className="plan-section-toolbar__tools">{children}</div>
      {!readOnly && (
        <div className="plan-section-toolbar__save">
          <span className={dirty ? 'plan-save-state plan-save-state--dirty' : 'plan-save-state'} data-testid="bookings-save-state" role="status">
            {dirty ? <EditOutlined /> : <CheckCircleOutlined />} {dirty ? t('planEditor.section.unsaved') : t('planEditor.section.upToDate')}
          </span>
          <Popconfirm
            title={t('planEditor.section.discardConfirm')}
            okText={t('planEditor.section.discardOk')}
            cancelText={t('planEditor.section.keep')}
            okButtonProps={{ danger: true }}
            onConfirm={onDiscard}
            disabled={!dirty || busy}
          >
            <Button icon={<UndoOutlined />} disabled={!dirty || busy} data-testid="bookings-discard">
              {t('planEditor.section.discard')}
            </Button>
          </Popconfirm>
          {/* A disabled button shows no tooltip of its own: the span carries it. */}
          <Tooltip title={blockedReason ?? t('planEditor.section.saveHint')}>
            <span>
              <Button type="primary" icon={<SaveOutlined />} loading={busy} disabled={!dirty || !!blockedReason} onClick={onSave} data-testid="bookings-save">
                {t('planEditor.section.save')}
              </Button>
            </span>
          </Tooltip>
        </div>
      )}
    </div>
  );
}

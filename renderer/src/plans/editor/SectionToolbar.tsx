import { CheckCircleOutlined, EditOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Tooltip, type ButtonProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Where a stuck toolbar ends, from the top of the page's content box: its
 * 52 px less the 16 px it rises into the page padding (planEditor.css). A
 * table's sticky header sits right below it.
 */
export const TOOLBAR_STUCK_BOTTOM = 36;

interface Props {
  /** e.g. `basics` → data-testid `basics-save`, `basics-discard`. */
  section: string;
  dirty: boolean;
  busy: boolean;
  readOnly: boolean;
  onSave: () => void;
  onDiscard: () => void;
  /** Why Save is off although something changed (e.g. a booking clashes with another visit); shown on the button. */
  saveBlockedReason?: string | null;
  /** The tab's own tools (search box, add row…), on the left. */
  children?: ReactNode;
}

/**
 * Top of every tab, kept in view while the tab scrolls: the tab's tools, where
 * it stands (unsaved or all saved), Discard and Save (held back, saying why, while `saveBlockedReason` is set).
 */
export function SectionToolbar({ section, dirty, busy, readOnly, onSave, onDiscard, saveBlockedReason, children }: Props) {
  const { t } = useTranslation();
  return (
    <div className="plan-section-toolbar">
      <div className="plan-section-toolbar__tools">{children}</div>
      {!readOnly && (
        <div className="plan-section-toolbar__save">
          <span className={dirty ? 'plan-save-state plan-save-state--dirty' : 'plan-save-state'} data-testid={`${section}-save-state`} role="status">
            {dirty ? <EditOutlined /> : <CheckCircleOutlined />} {dirty ? t('planEditor.section.unsaved') : t('planEditor.section.upToDate')}
          </span>
          <Popconfirm
            title={t('planEditor.section.discardConfirm')}
            okText={t('planEditor.section.discardOk')}
            cancelText={t('planEditor.section.keep')}
            okButtonProps={{ danger: true, 'data-testid': `${section}-discard-confirm` } as ButtonProps}
            onConfirm={onDiscard}
            disabled={!dirty || busy}
          >
            <Button icon={<UndoOutlined />} disabled={!dirty || busy} data-testid={`${section}-discard`}>
              {t('planEditor.section.discard')}
            </Button>
          </Popconfirm>
          {/* A disabled button shows no tooltip of its own: the span carries it. */}
          <Tooltip title={saveBlockedReason ?? t('planEditor.section.saveHint')}>
            <span>
              <Button type="primary" icon={<SaveOutlined />} loading={busy} disabled={!dirty || !!saveBlockedReason} onClick={onSave} data-testid={`${section}-save`}>
                {t('planEditor.section.save')}
              </Button>
            </span>
          </Tooltip>
        </div>
      )}
    </div>
  );
}

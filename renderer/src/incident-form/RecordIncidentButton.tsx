import { AlertOutlined } from '@ant-design/icons';
import { Button, Tooltip, type ButtonProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../contract/incidents';
import { useDesk } from '../context/DeskContext';
import { RecordIncidentDialog, type IncidentLinks } from './RecordIncidentDialog';

interface Props {
  links: IncidentLinks;
  /** A small icon button (a table row) instead of a labelled one. */
  compact?: boolean;
  size?: ButtonProps['size'];
  testId?: string;
  /** A function key that opens the dialog from anywhere on the screen (the desk's F8). */
  shortcut?: string;
  onRecorded?: (incident: IncidentDetail) => void;
}

/** "登记问题" wherever a problem comes up: a visit row, a plan, a client. Shown only to those who may record one. */
export function RecordIncidentButton({ links, compact, size, testId = 'incident-record-open', shortcut, onRecorded }: Props) {
  const { t } = useTranslation();
  const { can } = useDesk();
  const [open, setOpen] = useState(false);
  const allowed = can('incidents.handle');
  useEffect(() => {
    if (!shortcut || !allowed) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== shortcut || e.ctrlKey || e.altKey || e.metaKey || e.shiftKey) return;
      e.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [shortcut, allowed]);
  if (!allowed) return null;
  const label = t('incidents.record.button');
  return (
    <>
      {compact ? (
        <Tooltip title={label}>
          <Button size={size} icon={<AlertOutlined />} aria-label={label} onClick={() => setOpen(true)} data-testid={testId} />
        </Tooltip>
      ) : (
        <Button size={size} icon={<AlertOutlined />} onClick={() => setOpen(true)} title={shortcut ? `${label} (${shortcut})` : undefined} data-testid={testId}>
          {label}
        </Button>
      )}
      <RecordIncidentDialog open={open} links={links} onClose={() => setOpen(false)} onRecorded={onRecorded} />
    </>
  );
}

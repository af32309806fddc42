import { DesktopOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Select, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../contract/local-text';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { useSession } from '../context/SessionContext';
import { useDesk } from '../context/DeskContext';
import { errorText } from '../lib/errors';
import { useTemplates } from './useTemplates';

interface Props {
  requestId?: string | null;
  planId?: string | null;
  visitId?: string | null;
  templateId?: string | null;
  size?: 'small' | 'middle';
  testId?: string;
}

/** Switches the desk into the feedback kiosk for a visit (or in general); main then answers only the kiosk until a staff sign-in. */
export function KioskStartButton({ requestId = null, planId = null, visitId = null, templateId = null, size = 'middle', testId = 'fb-kiosk-start' }: Props) {
  const { t, i18n } = useTranslation();
  const { can } = useDesk();
  const { refresh } = useSession();
  const [open, setOpen] = useState(false);
  const { templates } = useTemplates();
  const [chosen, setChosen] = useState<string | null>(templateId);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  if (!can('feedback.record')) return null;
  const selected = chosen ?? templates[0]?.id ?? null;

  async function start() {
    if (!selected) return;
    setBusy(true);
    const result = await api.feedback.kioskStart({ templateId: selected, requestId, planId, visitId });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    // The session now says `kiosk`: the gate shows the kiosk screen and unmounts everything else.
    await refresh();
  }

  return (
    <>
      <Button size={size} icon={<DesktopOutlined />} onClick={() => setOpen(true)} data-testid={testId}>
        {t('feedback.kioskStart.button')}
      </Button>
      <Modal
        open={open}
        title={t('feedback.kioskStart.title')}
        onCancel={() => setOpen(false)}
        okText={t('feedback.kioskStart.start')}
        onOk={() => void start()}
        okButtonProps={{ loading: busy, disabled: !selected, 'data-testid': 'fb-kiosk-confirm' } as ButtonProps}
        destroyOnHidden
      >
        <p>{t('feedback.kioskStart.intro')}</p>
        <label className="fb-muted">{t('feedback.kioskStart.template')}</label>
        <Select
          style={{ width: '100%' }}
          value={selected ?? undefined}
          onChange={setChosen}
          options={templates.map((x) => ({ value: x.id, label: pickText(x.name, i18n.language) }))}
          data-testid="fb-kiosk-template"
        />
        {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginTop: 12 }} />}
      </Modal>
    </>
  );
}

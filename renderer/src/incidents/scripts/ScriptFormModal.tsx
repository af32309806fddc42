import { Alert, Input, Modal, Select, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scripts, SCRIPT_SCENARIOS, type ReplyScript, type ScriptScenario } from '../../../../contract/incidents';
import type { ApiError } from '../../../../contract/result';
import { api } from '../../api/client';
import { errorText } from '../../lib/errors';
import { lengthCount } from '../../lib/fieldLimit';
import { modalFooter } from '../../lib/modalFooter';

// The limits main checks, read from the channel's own schema.
const FIELDS = scripts.save.input.shape;

/** A manager writes or corrects a script, in Chinese and (optionally) English. */
export function ScriptFormModal({ script, onClose, onSaved }: { script: ReplyScript | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [scenario, setScenario] = useState<ScriptScenario>(script?.scenario ?? 'greeting');
  const [title, setTitle] = useState(script?.title ?? { zh: '', en: '' });
  const [body, setBody] = useState(script?.body ?? { zh: '', en: '' });
  const [tags, setTags] = useState<string[]>(script?.tags ?? []);
  const [active, setActive] = useState(script?.active ?? true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const save = async () => {
    setBusy(true);
    const result = await api.scripts.save({ id: script?.id, scenario, title, body, tags, active });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onSaved();
  };
  const field = (label: string, node: React.ReactNode) => (
    <label className="script-form__field">
      <span className="incident-action__label">{label}</span>
      {node}
    </label>
  );

  return (
    <Modal
      open
      width={720}
      title={t('incidents.scripts.form.title')}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      footer={modalFooter({ onCancel: onClose, cancelText: t('incidents.cancel'), onOk: () => void save(), okText: t('incidents.save'), busy, okTestId: 'script-save' })}
      data-testid="script-form"
    >
      <div className="incident-action">
        {field(
          t('incidents.scripts.form.scenario'),
          <Select value={scenario} onChange={(v: ScriptScenario) => setScenario(v)} options={SCRIPT_SCENARIOS.map((s) => ({ value: s, label: t(`incidents.scripts.scenario.${s}`) }))} />,
        )}
        {field(t('incidents.scripts.form.titleZh'), <Input value={title.zh} {...lengthCount(FIELDS.title.shape.zh)} onChange={(e) => setTitle({ ...title, zh: e.target.value })} data-testid="script-title-zh" />)}
        {field(t('incidents.scripts.form.titleEn'), <Input value={title.en} {...lengthCount(FIELDS.title.shape.en)} onChange={(e) => setTitle({ ...title, en: e.target.value })} data-testid="script-title-en" />)}
        {field(t('incidents.scripts.form.bodyZh'), <Input.TextArea value={body.zh} autoSize={{ minRows: 3, maxRows: 8 }} {...lengthCount(FIELDS.body.shape.zh)} onChange={(e) => setBody({ ...body, zh: e.target.value })} data-testid="script-body-zh" />)}
        {field(t('incidents.scripts.form.bodyEn'), <Input.TextArea value={body.en} autoSize={{ minRows: 3, maxRows: 8 }} {...lengthCount(FIELDS.body.shape.en)} onChange={(e) => setBody({ ...body, en: e.target.value })} data-testid="script-body-en" />)}
        {field(t('incidents.scripts.form.tags'), <Select mode="tags" value={tags} onChange={(v: string[]) => setTags(v)} open={false} />)}
        <span className="incident-rules__row">
          <Switch checked={active} onChange={setActive} aria-label={t('incidents.scripts.form.active')} />
          {t('incidents.scripts.form.active')}
        </span>
        {error && <Alert type="error" showIcon title={errorText(error)} />}
      </div>
    </Modal>
  );
}

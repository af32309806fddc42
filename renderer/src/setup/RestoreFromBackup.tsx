import { FolderOpenOutlined, LoadingOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Radio, Result, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { folderPath, type SnapshotView } from '../../../contract/backup';
import type { ApiError } from '../../../contract/result';
import type { SessionStatus } from '../../../contract/session';
import { api, inElectron } from '../api/client';
import { errorText, issueText } from '../lib/errors';
import { formatBytes, formatFull } from '../lib/format';
import { schemaRule } from '../lib/schemaRule';
import { waitForRestart } from '../lib/waitForRestart';

interface FindValues {
  folder: string;
  recoveryPassphrase: string;
}

interface Found {
  folder: string;
  snapshot: SnapshotView;
}

type Phase = { kind: 'find' } | { kind: 'choose'; found: Found[]; passphrase: string } | { kind: 'restarting' } | { kind: 'timedOut' };

/**
 * First run on a new PC, the other way in: a backup folder (a USB copy, a
 * share, an old data folder) and the old desk's recovery passphrase find its
 * snapshots; the one chosen is restored and the desk starts on it, ready for
 * the old desk's accounts to sign in.
 */
interface Props {
  /** Back to the choice beside this one (none when a restore is the only way on). */
  onBack?: () => void;
  /** The folder to look in first (a damaged desk's own snapshots). */
  initialFolder?: string;
  /** The phase the desk leaves once restored: the desk that answers another one is the restored one. */
  leaving: SessionStatus['phase'];
}

export function RestoreFromBackup({ onBack, initialFolder, leaving }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FindValues>();
  const [phase, setPhase] = useState<Phase>({ kind: 'find' });
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  /** Main's refusal, where it belongs: a field's own problem under the field, the rest above the form. */
  function show(failure: ApiError) {
    if (failure.code === 'WRONG_PASSPHRASE') return form.setFields([{ name: 'recoveryPassphrase', errors: [t('setupRestore.wrongPassphrase')] }]);
    if (failure.code === 'FOLDER_UNUSABLE') return form.setFields([{ name: 'folder', errors: [errorText(failure)] }]);
    if (failure.code === 'NOT_FOUND') {
      return form.setFields([{ name: 'folder', errors: [t(failure.details?.reason === 'not-found' ? 'setupRestore.folderMissing' : 'setupRestore.none')] }]);
    }
    const fields = (failure.issues ?? []).filter((i) => i.path === 'folder' || i.path === 'recoveryPassphrase');
    if (fields.length > 0) return form.setFields(fields.map((i) => ({ name: i.path as keyof FindValues, errors: [issueText(i.message)] })));
    setError(failure);
  }

  async function find(values: FindValues) {
    setBusy(true);
    setError(null);
    try {
      const result = await api.setup.findBackups({ folder: values.folder.trim(), recoveryPassphrase: values.recoveryPassphrase });
      if (!result.ok) return show(result.error);
      const found = result.value.stores.flatMap((store) => store.snapshots.map((snapshot) => ({ folder: store.folder, snapshot })));
      found.sort((a, b) => b.snapshot.createdAt.localeCompare(a.snapshot.createdAt));
      if (found.length === 0) return form.setFields([{ name: 'folder', errors: [t('setupRestore.none')] }]);
      setChosen(found[0]!.snapshot.id);
      setPhase({ kind: 'choose', found, passphrase: values.recoveryPassphrase });
    } finally {
      setBusy(false);
    }
  }

  async function restore(found: Found[], passphrase: string) {
    const pick = found.find((f) => f.snapshot.id === chosen);
    if (!pick) return;
    setBusy(true);
    setError(null);
    const result = await api.setup.restore({ folder: pick.folder, snapshotId: pick.snapshot.id, recoveryPassphrase: passphrase });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setPhase({ kind: 'restarting' });
    if (!(await waitForRestart((status) => status.phase !== leaving))) setPhase({ kind: 'timedOut' });
  }

  async function browse() {
    const result = await api.setup.chooseFolder({});
    if (result.ok && result.value.folder) form.setFieldsValue({ folder: result.value.folder });
  }

  if (phase.kind === 'restarting') {
    return <Result icon={<LoadingOutlined />} title={t('setupRestore.restarting')} subTitle={t('setupRestore.restartingHint')} data-testid="setup-restore-restarting" />;
  }
  if (phase.kind === 'timedOut') return <Result status="warning" title={t('backup.restore.waitFailed')} />;

  const errorLine = error && (
    <Alert type="error" showIcon role="alert" className="auth-card__alert" title={errorText(error)} data-testid="setup-restore-error" />
  );

  if (phase.kind === 'choose') {
    return (
      <div data-testid="setup-restore-choose">
        <p className="recovery-intro">{t('setupRestore.found', { count: phase.found.length })}</p>
        {errorLine}
        <Radio.Group value={chosen} onChange={(e) => setChosen(e.target.value as string)} className="setup-snapshots">
          {phase.found.map(({ snapshot: s }) => (
            <Radio key={s.id} value={s.id} className="setup-snapshot" data-testid="setup-snapshot">
              <strong>{formatFull(s.createdAt)}</strong> · {t(`backup.reasons.${s.reason}`)}
              <div className="setup-snapshot__detail">
                {t('backup.history.countsValue', { ...s.counts })} · {t('backup.history.versionValue', { app: s.appVersion, schema: s.schemaVersion })} · {formatBytes(s.dbBytes)}
              </div>
            </Radio>
          ))}
        </Radio.Group>
        <div className="setup-actions">
          <Button onClick={() => setPhase({ kind: 'find' })}>{t('setupRestore.back')}</Button>
          <Button type="primary" danger loading={busy} disabled={!chosen} onClick={() => void restore(phase.found, phase.passphrase)} data-testid="setup-restore-submit">
            {t('setupRestore.restore')}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <Form<FindValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      autoComplete="off"
      initialValues={{ folder: initialFolder ?? '', recoveryPassphrase: '' }}
      onFinish={(v) => void find(v)} className="setup-form" data-testid="setup-restore-find">
      <p className="recovery-intro">{t('setupRestore.subtitle')}</p>
      {errorLine}
      <Form.Item label={t('setupRestore.folder')} extra={t('setupRestore.folderHint')}>
        <Space.Compact block>
          <Form.Item name="folder" noStyle rules={[schemaRule(folderPath)]}>
            <Input size="large" spellCheck={false} placeholder={t('setupRestore.folderPlaceholder')} data-testid="setup-restore-folder" />
          </Form.Item>
          {inElectron && (
            <Button size="large" icon={<FolderOpenOutlined />} onClick={() => void browse()} data-testid="setup-restore-browse">
              {t('setupRestore.browse')}
            </Button>
          )}
        </Space.Compact>
      </Form.Item>
      <Form.Item name="recoveryPassphrase" label={t('setupRestore.passphrase')} rules={[{ required: true, whitespace: true, message: t('setupRestore.passphraseRequired') }]}>
        <Input.Password size="large" className="mono-input" autoComplete="off" placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX" data-testid="setup-restore-passphrase" />
      </Form.Item>
      <div className="setup-actions">
        {onBack && <Button onClick={onBack}>{t('setupRestore.back')}</Button>}
        <Button type="primary" htmlType="submit" loading={busy} data-testid="setup-restore-find-submit">
          {t('setupRestore.find')}
        </Button>
      </div>
    </Form>
  );
}

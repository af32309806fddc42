import { DeleteOutlined, FolderOpenOutlined, SyncOutlined, UsbOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, List, Popconfirm, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { folderPath, MAX_BACKUP_TARGETS, type BackupStatus } from '../../../contract/backup';
import type { ApiError, Result } from '../../../contract/result';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { backupProblemText, errorText } from '../lib/errors';
import { formatBytes, formatFull } from '../lib/format';
import { schemaRule } from '../lib/schemaRule';

type Act = (call: () => Promise<Result<BackupStatus>>) => Promise<ApiError | null>;

interface Props {
  status: BackupStatus;
  act: Act;
}

/** The second place: folders on a USB disk or a share the snapshots are copied to, each with how its last copy went. */
export function TargetsCard({ status, act }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { info } = useDesk();
  const [form] = Form.useForm<{ folder: string }>();
  const [busy, setBusy] = useState<string | null>(null);
  const full = status.targets.length >= MAX_BACKUP_TARGETS;

  async function run(key: string, call: () => Promise<Result<BackupStatus>>, done: string): Promise<boolean> {
    setBusy(key);
    try {
      const error = await act(call);
      if (error) {
        message.error(errorText(error));
        return false;
      }
      message.success(done);
      return true;
    } finally {
      setBusy(null);
    }
  }

  async function add({ folder }: { folder: string }) {
    setBusy('add');
    try {
      const error = await act(() => api.backup.addTarget({ folder: folder.trim() }));
      if (!error) {
        form.resetFields();
        return void message.success(t('backup.targets.added'));
      }
      // A folder main cannot use is a problem with what was typed: say it under the field.
      form.setFields([{ name: 'folder', errors: [errorText(error)] }]);
    } finally {
      setBusy(null);
    }
  }

  async function browse() {
    const result = await api.backup.chooseFolder({});
    if (result.ok && result.value.folder) form.setFieldsValue({ folder: result.value.folder });
    else if (!result.ok) message.error(errorText(result.error));
  }

  return (
    <Card
      title={
        <span>
          <UsbOutlined /> {t('backup.targets.title')}
        </span>
      }
      extra={
        <Button
          icon={<SyncOutlined />}
          disabled={status.targets.length === 0 || status.running !== null}
          loading={busy === 'sync'}
          onClick={() => void run('sync', () => api.backup.syncTargets({}), t('backup.targets.syncStarted'))}
          data-testid="backup-sync"
        >
          {t('backup.targets.syncNow')}
        </Button>
      }
    >
      <p className="backup-muted backup-explain">{t('backup.targets.explain')}</p>
      <List
        dataSource={status.targets}
        // antd's own empty text is too pale to read (1.8:1); the app's muted grey passes AA.
        locale={{ emptyText: <span className="backup-muted">{t('backup.targets.empty')}</span> }}
        data-testid="backup-targets"
        renderItem={(target) => (
          <List.Item
            data-testid="backup-target"
            actions={[
              <Popconfirm
                key="remove"
                title={t('backup.targets.removeConfirm')}
                okText={t('backup.targets.remove')}
                cancelText={t('backup.restore.cancel')}
                onConfirm={() => void run(target.id, () => api.backup.removeTarget({ id: target.id }), t('backup.targets.removed'))}
              >
                <Button danger icon={<DeleteOutlined />} loading={busy === target.id} data-testid="backup-target-remove">
                  {t('backup.targets.remove')}
                </Button>
              </Popconfirm>,
            ]}
          >
            <List.Item.Meta title={<code className="backup-path" lang="zxx">{target.folder}</code>} description={<LastSync sync={target.lastSync} />} />
          </List.Item>
        )}
      />
      <Form form={form} layout="vertical" onFinish={(v) => void add(v)} className="backup-target-form" requiredMark={false}>
        {/* The field's own errors (noStyle) show under this labelled item. */}
        <Form.Item label={t('backup.targets.folder')} extra={full ? t('backup.targets.max', { max: MAX_BACKUP_TARGETS }) : undefined}>
          <Space.Compact block>
            <Form.Item name="folder" noStyle rules={[schemaRule(folderPath)]}>
              <Input placeholder={t('backup.targets.folderPlaceholder')} spellCheck={false} disabled={full} data-testid="backup-target-folder" />
            </Form.Item>
            {info.shell === 'electron' && (
              <Button icon={<FolderOpenOutlined />} disabled={full} onClick={() => void browse()} data-testid="backup-target-browse">
                {t('backup.targets.browse')}
              </Button>
            )}
            <Button type="primary" htmlType="submit" disabled={full} loading={busy === 'add'} data-testid="backup-target-add">
              {t('backup.targets.add')}
            </Button>
          </Space.Compact>
        </Form.Item>
      </Form>
    </Card>
  );
}

function LastSync({ sync }: { sync: BackupStatus['targets'][number]['lastSync'] }) {
  const { t } = useTranslation();
  if (!sync) return <span data-testid="backup-target-sync">{t('backup.targets.never')}</span>;
  if (sync.ok) {
    return (
      <span data-testid="backup-target-sync" data-state="ok">
        {t('backup.targets.lastSync')} {formatFull(sync.at)} · <Tag color="green">{t('backup.targets.ok', { size: formatBytes(sync.copiedBytes) })}</Tag>
      </span>
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="backup-target-sync"
      data-state="failed"
      title={t('backup.targets.failedAt', { time: formatFull(sync.at), reason: backupProblemText(sync.problem?.reason ?? 'unknown') })}
    />
  );
}

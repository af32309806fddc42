import { CheckCircleOutlined, CloseCircleOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Empty, Space, Spin, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STORAGE_CHECK_EVERY_DAYS, type StorageCheck } from '../../../contract/archive';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { errorText } from '../lib/errors';
import { formatBytes, formatFull } from '../lib/format';
import { pageHash } from '../lib/useHashRoute';
import './storage.css';

type Problem = StorageCheck['problems'][number];

/**
 * 存储健康检查 (issue 15 item 7): the newest check — when, how many files, the
 * database's own check — the files with problems and the documents and
 * versions that use them, and a button that runs a check now.
 */
export function StorageScreen() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [check, setCheck] = useState<StorageCheck | null | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);
  const [running, setRunning] = useState(false);

  useEffect(() => {
    void api.storage.health({}).then((r) => (r.ok ? setCheck(r.value) : setError(r.error)));
  }, []);

  async function run() {
    setRunning(true);
    try {
      const r = await api.storage.check({});
      if (r.ok) {
        setCheck(r.value);
        setError(null);
        message.success(t('storageHealth.done'));
      } else message.error(errorText(r.error));
    } finally {
      setRunning(false);
    }
  }

  return (
    <Space orientation="vertical" size="middle" className="storage-page" data-testid="storage-screen">
      <Card
        title={
          <span>
            <SafetyCertificateOutlined /> {t('storageHealth.title')}
          </span>
        }
        extra={
          <Button type="primary" loading={running} onClick={() => void run()} data-testid="storage-run">
            {running ? t('storageHealth.running') : t('storageHealth.run')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{t('storageHealth.intro', { days: STORAGE_CHECK_EVERY_DAYS })}</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={errorText(error)} />}
        {check === undefined && !error && <Spin />}
        {check === null && <Empty description={t('storageHealth.never')} data-testid="storage-never" />}
        {check && <Summary check={check} />}
      </Card>
      {check && (
        <Card title={t('storageHealth.problems')}>
          <Problems problems={check.problems} />
        </Card>
      )}
    </Space>
  );
}

function Summary({ check }: { check: StorageCheck }) {
  const { t } = useTranslation();
  const databaseOk = check.database.length === 1 && check.database[0] === 'ok';
  return (
    <Descriptions column={{ xs: 1, lg: 2 }} bordered size="small" data-testid="storage-last">
      <Descriptions.Item label={t('storageHealth.result')} span={2}>
        {check.intact ? (
          <Tag color="green" icon={<CheckCircleOutlined />} data-testid="storage-result" data-state="intact">
            {t('storageHealth.intact')}
          </Tag>
        ) : (
          <Tag color="red" icon={<CloseCircleOutlined />} data-testid="storage-result" data-state="problems">
            {t('storageHealth.notIntact')}
          </Tag>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('storageHealth.startedAt')}>{formatFull(check.startedAt)}</Descriptions.Item>
      <Descriptions.Item label={t('storageHealth.finishedAt')}>{formatFull(check.finishedAt)}</Descriptions.Item>
      <Descriptions.Item label={t('storageHealth.trigger')}>{t(`storageHealth.triggers.${check.trigger}`)}</Descriptions.Item>
      <Descriptions.Item label={t('storageHealth.files')}>
        <span data-testid="storage-files">{check.files}</span> · {formatBytes(check.bytes)}
      </Descriptions.Item>
      <Descriptions.Item label={t('storageHealth.database')} span={2}>
        <span data-testid="storage-database" data-state={databaseOk ? 'ok' : 'problems'}>
          {databaseOk ? t('storageHealth.databaseOk') : t('storageHealth.databaseProblems')}
        </span>
        {!databaseOk && (
          <ul>
            {check.database.map((line, i) => (
              <li key={i}>
                <code lang="zxx">{line}</code>
              </li>
            ))}
          </ul>
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}

function Problems({ problems }: { problems: Problem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return <Typography.Text data-testid="storage-no-problems">{t('storageHealth.noProblems')}</Typography.Text>;
  return (
    <Table<Problem & { key: number }>
      data-testid="storage-problems"
      size="small"
      pagination={problems.length > 20 ? { pageSize: 20 } : false}
      dataSource={problems.map((p, key) => ({ ...p, key }))}
      columns={[
        { title: t('storageHealth.kind'), dataIndex: 'kind', width: 220, render: (kind: Problem['kind']) => <Tag color={kind === 'orphan' ? 'default' : 'red'}>{t(`storageHealth.kinds.${kind}`)}</Tag> },
        {
          title: t('storageHealth.affected'),
          dataIndex: 'documents',
          render: (documents: Problem['documents']) =>
            documents.length === 0 ? (
              t('storageHealth.none')
            ) : (
              <Space orientation="vertical" size={0}>
                {documents.map((d) => (
                  <span key={`${d.id}-${d.versionNo}`} data-testid="storage-affected">
                    <a href={pageHash('documents', d.id)}>{d.code}</a> {d.title || t('storageHealth.confidential')} · {t('storageHealth.version', { no: d.versionNo })}
                  </span>
                ))}
              </Space>
            ),
        },
        {
          title: t('storageHealth.contentHash'),
          dataIndex: 'contentHash',
          width: 200,
          render: (hash: string | null) => (hash ? <code lang="zxx" title={hash}>{hash.slice(0, 16)}…</code> : '—'),
        },
      ]}
    />
  );
}

import { CheckOutlined, CloseOutlined, DiffOutlined, DownloadOutlined, EditOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Descriptions, Drawer, Input, Modal, Space, Tag, Timeline, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { archive, type ArchiveFolder, type DocumentClass, type DocumentDetail, type DocumentVersion, type VersionStatus } from '../../../contract/archive';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { errorText } from '../lib/errors';
import { maxLengthOf } from '../lib/fieldLimit';
import { formatBytes, formatFull } from '../lib/format';
import { CompareModal } from './CompareModal';
import { EditDocumentModal } from './EditDocumentModal';
import { NewVersionModal } from './NewVersionModal';
import { SecurityTag } from './SecurityTag';
import { folderPathOf, localName } from './useArchiveRefs';

/** The decision note's limit, read from the contract (text(500)). */
const REJECT_NOTE_MAX = maxLengthOf(archive.decideVersion.input.shape.note) ?? 500;

const STATUS_COLOR: Record<VersionStatus, string> = { pending: 'orange', approved: 'green', rejected: 'red' };

/** The browser saves what a link with `download` points at; the link carries a one-time id, no token. */
function startDownload(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

interface Props {
  documentId: string | null;
  classes: DocumentClass[];
  folders: ArchiveFolder[];
  /** Tags in use: what the edit form offers. */
  tags: string[];
  onClose: () => void;
  /** Something changed (a version submitted or decided): the list shows it. */
  onChanged: () => void;
}

/** One document: its details, every version with who, when and why, new versions, approval, comparison and opening. */
export function DocumentDrawer({ documentId, classes, folders, tags, onClose, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { can } = useDesk();
  const [doc, setDoc] = useState<DocumentDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [comparing, setComparing] = useState<[string, string] | null>(null);
  const [versioning, setVersioning] = useState(false);
  const [editing, setEditing] = useState(false);
  const [rejecting, setRejecting] = useState<DocumentVersion | null>(null);
  const [note, setNote] = useState('');

  const load = useCallback(async () => {
    if (!documentId) return;
    const r = await api.archive.get({ id: documentId });
    if (r.ok) {
      setDoc(r.value);
      setError(null);
    } else setError(r.error);
  }, [documentId]);

  useEffect(() => {
    setDoc(null);
    setPicked([]);
    void load();
  }, [load]);

  function changed(d: DocumentDetail) {
    setDoc(d);
    onChanged();
  }

  async function open(version: DocumentVersion) {
    const r = await api.archive.open({ versionId: version.id });
    if (!r.ok) {
      message.error(errorText(r.error));
      return;
    }
    if (r.value.kind === 'download') startDownload(r.value.url, r.value.fileName);
    if (r.value.kind !== 'cancelled') message.success(t('archiveDocs.drawer.opened', { fileName: r.value.fileName }));
  }

  async function decide(version: DocumentVersion, decision: 'approve' | 'reject', reason = '') {
    const r = await api.archive.decideVersion({ versionId: version.id, decision, note: reason });
    if (!r.ok) {
      message.error(errorText(r.error));
      return false;
    }
    message.success(t(decision === 'approve' ? 'archiveDocs.version.approved' : 'archiveDocs.version.rejected', { no: version.versionNo }));
    changed(r.value);
    return true;
  }

  const cls = doc ? classes.find((c) => c.id === doc.classId) : undefined;
  const links = doc
    ? (
        [
          ['client', doc.linkNames.client],
          ['plan', doc.linkNames.plan],
          ['visit', doc.linkNames.visit],
          ['person', doc.linkNames.person],
        ] as const
      ).filter(([, name]) => name)
    : [];

  return (
    <Drawer open={documentId !== null} onClose={onClose} size={720} title={doc ? doc.title : t('archiveDocs.drawer.title')} destroyOnHidden data-testid="document-drawer">
      {error && <Alert type="warning" showIcon title={errorText(error)} />}
      {doc && (
        <>
          <Space wrap className="archive-drawer__actions">
            <Button icon={<DownloadOutlined />} onClick={() => void open(doc.current)} data-testid="document-open">
              {t('archiveDocs.drawer.open')}
            </Button>
            {can('archive.upload') && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="document-edit">
                {t('archiveDocs.edit.open')}
              </Button>
            )}
            {can('archive.upload') && (
              <Button icon={<UploadOutlined />} onClick={() => setVersioning(true)} data-testid="document-new-version">
                {t('archiveDocs.drawer.newVersion')}
              </Button>
            )}
            <Button icon={<DiffOutlined />} disabled={picked.length !== 2} onClick={() => setComparing([picked[0]!, picked[1]!])} data-testid="document-compare">
              {t('archiveDocs.drawer.compare')}
            </Button>
          </Space>
          <Descriptions column={2} size="small" bordered title={t('archiveDocs.drawer.meta')} className="archive-drawer__meta">
            <Descriptions.Item label={t('archiveDocs.drawer.code')}>
              <span data-testid="document-code">{doc.code}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('archiveDocs.drawer.class')}>{cls ? localName(cls, i18n.language) : ''}</Descriptions.Item>
            <Descriptions.Item label={t('archiveDocs.drawer.security')}>
              <SecurityTag level={doc.security} />
            </Descriptions.Item>
            <Descriptions.Item label={t('archiveDocs.drawer.date')}>{doc.docDate}</Descriptions.Item>
            <Descriptions.Item label={t('archiveDocs.drawer.folder')} span={2}>
              <span data-testid="document-folder">{(folders.length ? folderPathOf(folders, doc.folderId, i18n.language) : doc.folderPath).join(' / ') || t('archiveDocs.unfiled')}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('archiveDocs.drawer.retainUntil')}>{doc.retainUntil ?? t('archiveDocs.drawer.forever')}</Descriptions.Item>
            <Descriptions.Item label={t('archiveDocs.drawer.tags')}>
              <span data-testid="document-tags">
                {doc.tags.map((tag) => (
                  <Tag key={tag}>{tag}</Tag>
                ))}
              </span>
            </Descriptions.Item>
            {links.length > 0 && (
              <Descriptions.Item label={t('archiveDocs.drawer.links')} span={2}>
                <span data-testid="document-links">{links.map(([kind, name]) => t('archiveDocs.drawer.linkItem', { kind: t(`archiveDocs.drawer.${kind}`), name })).join(t('archiveDocs.drawer.linkSeparator'))}</span>
              </Descriptions.Item>
            )}
            {doc.notes !== '' && (
              <Descriptions.Item label={t('archiveDocs.drawer.notes')} span={2}>
                <span className="archive-notes">{doc.notes}</span>
              </Descriptions.Item>
            )}
          </Descriptions>
          <Typography.Title level={5} className="archive-drawer__versions-title">
            {t('archiveDocs.drawer.versions')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('archiveDocs.drawer.compareHint')}</Typography.Text>
          <Timeline
            className="archive-versions"
            items={doc.versions.map((v) => ({
              color: STATUS_COLOR[v.status],
              content: (
                <div className="archive-version" data-testid={`version-${v.versionNo}`}>
                  <Space wrap>
                    <Checkbox
                      checked={picked.includes(v.id)}
                      onChange={(e) => setPicked((p) => (e.target.checked ? [...p, v.id].slice(-2) : p.filter((id) => id !== v.id)))}
                      data-testid={`version-pick-${v.versionNo}`}
                    >
                      <strong>{t('archiveDocs.version.label', { no: v.versionNo })}</strong>
                    </Checkbox>
                    <Tag color={STATUS_COLOR[v.status]} data-testid={`version-status-${v.versionNo}`}>
                      {t(`archiveDocs.version.status.${v.status}`)}
                    </Tag>
                    {v.id === doc.current.id && <Tag color="blue">{t('archiveDocs.drawer.inForce')}</Tag>}
                    <Button size="small" type="link" onClick={() => void open(v)}>
                      {t('archiveDocs.drawer.open')}
                    </Button>
                  </Space>
                  <div className="archive-version__file">
                    {v.fileName} · {formatBytes(v.size)}
                  </div>
                  <div>{t('archiveDocs.version.submitted', { who: v.submittedBy, at: formatFull(v.submittedAt) })}</div>
                  {v.reason && <div className="archive-notes">{t('archiveDocs.version.reason', { reason: v.reason })}</div>}
                  {v.decidedBy && v.decidedAt && v.versionNo > 1 && (
                    <div>{t('archiveDocs.version.decided', { who: v.decidedBy, at: formatFull(v.decidedAt), how: t(`archiveDocs.version.status.${v.status}`) })}</div>
                  )}
                  {v.decisionNote && v.versionNo > 1 && <div className="archive-notes">{t('archiveDocs.version.note', { note: v.decisionNote })}</div>}
                  {v.status === 'pending' && doc.mayDecide && (
                    <Space className="archive-version__decide">
                      <Button size="small" type="primary" icon={<CheckOutlined />} onClick={() => void decide(v, 'approve')} data-testid={`version-approve-${v.versionNo}`}>
                        {t('archiveDocs.version.approve')}
                      </Button>
                      <Button size="small" danger icon={<CloseOutlined />} onClick={() => setRejecting(v)} data-testid={`version-reject-${v.versionNo}`}>
                        {t('archiveDocs.version.reject')}
                      </Button>
                    </Space>
                  )}
                </div>
              ),
            }))}
          />
        </>
      )}
      <NewVersionModal
        doc={versioning ? doc : null}
        onClose={() => setVersioning(false)}
        onSubmitted={(d) => {
          setVersioning(false);
          changed(d);
        }}
      />
      <EditDocumentModal
        doc={editing ? doc : null}
        folders={folders}
        classes={classes}
        tags={tags}
        onClose={() => setEditing(false)}
        onSaved={(d) => {
          setEditing(false);
          changed(d);
        }}
      />
      <CompareModal pair={comparing} onClose={() => setComparing(null)} />
      <Modal
        open={rejecting !== null}
        title={t('archiveDocs.version.reject')}
        okText={t('archiveDocs.version.reject')}
        okButtonProps={{ danger: true, disabled: note.trim() === '' || note.length > REJECT_NOTE_MAX, 'data-testid': 'reject-confirm' } as never}
        cancelText={t('archiveDocs.cancel')}
        onCancel={() => setRejecting(null)}
        onOk={async () => {
          if (rejecting && (await decide(rejecting, 'reject', note))) {
            setRejecting(null);
            setNote('');
          }
        }}
      >
        {/* Counted, never cut: a note over the contract's limit is refused by main with its reason. */}
        <Input.TextArea
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t('archiveDocs.version.rejectNote')}
          count={{ show: true, max: REJECT_NOTE_MAX }}
          status={note.length > REJECT_NOTE_MAX ? 'error' : undefined}
          data-testid="reject-note"
        />
      </Modal>
    </Drawer>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Drawer, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { archive, FOLDER_LEVELS, SECURITY_LEVELS, type ArchiveFolder, type DocumentClass, type SecurityLevel } from '../../../contract/archive';
import { api } from '../api/client';
import { showFieldIssues } from '../forms/fieldIssues';
import { errorText } from '../lib/errors';
import { schemaRule } from '../lib/schemaRule';
import { SecurityTag } from './SecurityTag';
import { folderPathOf, localName } from './useArchiveRefs';

interface FolderRow extends ArchiveFolder {
  children?: FolderRow[];
}

/** The folders as nested table rows (a leaf has no `children`, so no expander). */
function folderRows(folders: ArchiveFolder[], parentId: string | null): FolderRow[] {
  return folders
    .filter((f) => f.parentId === parentId)
    .map((f) => {
      const children = folderRows(folders, f.id);
      return children.length ? { ...f, children } : { ...f };
    });
}

/** A folder's test id: its Chinese path, since tier and stage names repeat under every business type. */
function folderKey(folders: ArchiveFolder[], f: ArchiveFolder): string {
  return folderPathOf(folders, f.id, 'zh-CN').join('/');
}

/** The folder dialog's subject: a new top-level folder, a new child of `parent`, or an existing folder. */
type FolderEdit = { kind: 'new'; parent: ArchiveFolder | null } | { kind: 'edit'; folder: ArchiveFolder };

interface FolderValues {
  nameZh: string;
  nameEn: string;
  sort: number;
}

interface ClassValues {
  nameZh: string;
  nameEn: string;
  retentionYears: number;
  defaultSecurity: SecurityLevel;
  sort: number;
  archived: boolean;
}

/** Main's issue paths → the form fields they belong on (the rest show as a message). */
const FOLDER_FIELDS: Record<string, string> = { nameZh: 'nameZh', nameEn: 'nameEn', sort: 'sort' };
const CLASS_FIELDS: Record<string, string> = { nameZh: 'nameZh', nameEn: 'nameEn', retentionYears: 'retentionYears', defaultSecurity: 'defaultSecurity', sort: 'sort' };

interface Props {
  open: boolean;
  folders: ArchiveFolder[];
  classes: DocumentClass[];
  onClose: () => void;
  /** The tree or the classes changed: the screen reloads them. */
  onChanged: () => void;
}

/** 管理分类 (archive.classify): the three-level tree and the document classes with their retention periods. */
export function ClassificationDrawer({ open, folders, classes, onClose, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [folderEdit, setFolderEdit] = useState<FolderEdit | null>(null);
  const [classEdit, setClassEdit] = useState<DocumentClass | 'new' | null>(null);
  const [folderForm] = Form.useForm<FolderValues>();
  const [classForm] = Form.useForm<ClassValues>();
  const [saving, setSaving] = useState(false);
  // Folders start closed (the seeded tree alone is some fifty rows); adding a child opens its parent so the new row shows.
  const [expanded, setExpanded] = useState<string[]>([]);
  const lang = i18n.language;
  const period = (years: number) => (years === 0 ? t('archiveDocs.manage.forever') : t('archiveDocs.manage.years', { count: years }));

  function editFolder(edit: FolderEdit) {
    setFolderEdit(edit);
    folderForm.setFieldsValue(edit.kind === 'edit' ? { nameZh: edit.folder.nameZh, nameEn: edit.folder.nameEn, sort: edit.folder.sort } : { nameZh: '', nameEn: '', sort: 0 });
  }

  function editClass(edit: DocumentClass | 'new') {
    setClassEdit(edit);
    classForm.setFieldsValue(
      edit === 'new'
        ? { nameZh: '', nameEn: '', retentionYears: 10, defaultSecurity: 'internal', sort: 0, archived: false }
        : { nameZh: edit.nameZh, nameEn: edit.nameEn, retentionYears: edit.retentionYears, defaultSecurity: edit.defaultSecurity, sort: edit.sort, archived: edit.archived },
    );
  }

  async function saveFolder(values: FolderValues) {
    if (!folderEdit) return;
    setSaving(true);
    const r = await api.archive.saveFolder({
      ...(folderEdit.kind === 'edit' ? { id: folderEdit.folder.id } : {}),
      parentId: folderEdit.kind === 'new' ? (folderEdit.parent?.id ?? null) : folderEdit.folder.parentId,
      nameZh: values.nameZh ?? '',
      nameEn: values.nameEn ?? '',
      sort: values.sort ?? 0,
    });
    setSaving(false);
    if (!r.ok) {
      if (!showFieldIssues(folderForm, r.error, FOLDER_FIELDS)) message.error(errorText(r.error));
      return;
    }
    message.success(t('archiveDocs.manage.saved'));
    const parentId = folderEdit.kind === 'new' ? folderEdit.parent?.id : undefined;
    if (parentId) setExpanded((e) => (e.includes(parentId) ? e : [...e, parentId]));
    setFolderEdit(null);
    onChanged();
  }

  async function removeFolder(folder: ArchiveFolder) {
    const r = await api.archive.removeFolder({ id: folder.id });
    if (!r.ok) {
      message.error(errorText(r.error));
      return;
    }
    message.success(t('archiveDocs.manage.removed'));
    onChanged();
  }

  async function saveClass(values: ClassValues) {
    if (!classEdit) return;
    setSaving(true);
    const r = await api.archive.saveClass({
      ...(classEdit !== 'new' ? { id: classEdit.id } : {}),
      nameZh: values.nameZh ?? '',
      nameEn: values.nameEn ?? '',
      retentionYears: values.retentionYears,
      defaultSecurity: values.defaultSecurity,
      sort: values.sort ?? 0,
      archived: values.archived ?? false,
    });
    setSaving(false);
    if (!r.ok) {
      if (!showFieldIssues(classForm, r.error, CLASS_FIELDS)) message.error(errorText(r.error));
      return;
    }
    message.success(t('archiveDocs.manage.saved'));
    setClassEdit(null);
    onChanged();
  }

  const folderParentPath = folderEdit?.kind === 'new' && folderEdit.parent ? folderPathOf(folders, folderEdit.parent.id, lang).join(' / ') : null;

  return (
    <Drawer open={open} onClose={onClose} size={860} title={t('archiveDocs.manage.title')} destroyOnHidden data-testid="classification-drawer">
      <Space className="archive-manage__head">
        <Typography.Title level={5}>{t('archiveDocs.manage.folders')}</Typography.Title>
        <Button size="small" icon={<PlusOutlined />} onClick={() => editFolder({ kind: 'new', parent: null })} data-testid="folder-add-top">
          {t('archiveDocs.manage.addTop')}
        </Button>
      </Space>
      <Table<FolderRow>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={folderRows(folders, null)}
        expandable={{
          expandedRowKeys: expanded,
          onExpand: (open, f) => setExpanded((e) => (open ? [...e, f.id] : e.filter((id) => id !== f.id))),
        }}
        data-testid="manage-folders"
        columns={[
          {
            key: 'name',
            title: t('archiveDocs.manage.name'),
            render: (_, f) => (
              <span data-testid={`manage-folder-${folderKey(folders, f)}`} className={f.archived ? 'archive-tree__name--archived' : undefined}>
                {localName(f, lang)}
              </span>
            ),
          },
          { key: 'level', title: t('archiveDocs.manage.level'), render: (_, f) => t(`archiveDocs.manage.levels.${f.level}`) },
          { key: 'sort', title: t('archiveDocs.manage.sort'), dataIndex: 'sort', width: 64 },
          { key: 'documents', title: t('archiveDocs.manage.documents'), dataIndex: 'documents', width: 72 },
          { key: 'status', title: t('archiveDocs.manage.status'), render: (_, f) => (f.archived ? <Tag>{t('archiveDocs.manage.archivedYes')}</Tag> : t('archiveDocs.manage.active')) },
          {
            key: 'actions',
            title: t('archiveDocs.manage.actions'),
            render: (_, f) => (
              <Space size={0} wrap>
                {/* A project stage is the tree's last level: main refuses a child, so none is offered. */}
                {f.level !== FOLDER_LEVELS[FOLDER_LEVELS.length - 1] && !f.archived && (
                  <Button size="small" type="link" onClick={() => editFolder({ kind: 'new', parent: f })} data-testid={`folder-add-child-${folderKey(folders, f)}`}>
                    {t('archiveDocs.manage.addChild')}
                  </Button>
                )}
                <Button size="small" type="link" onClick={() => editFolder({ kind: 'edit', folder: f })} data-testid={`folder-rename-${folderKey(folders, f)}`}>
                  {t('archiveDocs.manage.rename')}
                </Button>
                {!f.archived && (
                  <Popconfirm
                    title={t('archiveDocs.manage.archiveConfirm', { name: localName(f, lang) })}
                    okText={t('archiveDocs.manage.archive')}
                    cancelText={t('archiveDocs.cancel')}
                    onConfirm={() => removeFolder(f)}
                  >
                    <Button size="small" type="link" danger data-testid={`folder-remove-${folderKey(folders, f)}`}>
                      {t('archiveDocs.manage.archive')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Space className="archive-manage__head">
        <Typography.Title level={5}>{t('archiveDocs.manage.classes')}</Typography.Title>
        <Button size="small" icon={<PlusOutlined />} onClick={() => editClass('new')} data-testid="class-add">
          {t('archiveDocs.manage.addClass')}
        </Button>
      </Space>
      <Table<DocumentClass>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={classes}
        data-testid="manage-classes"
        columns={[
          { key: 'name', title: t('archiveDocs.manage.name'), render: (_, c) => <span data-testid={`manage-class-${c.nameZh}`}>{localName(c, lang)}</span> },
          { key: 'period', title: t('archiveDocs.manage.retentionYears'), render: (_, c) => period(c.retentionYears) },
          { key: 'security', title: t('archiveDocs.manage.defaultSecurity'), render: (_, c) => <SecurityTag level={c.defaultSecurity} /> },
          { key: 'sort', title: t('archiveDocs.manage.sort'), dataIndex: 'sort', width: 64 },
          { key: 'status', title: t('archiveDocs.manage.status'), render: (_, c) => (c.archived ? <Tag>{t('archiveDocs.manage.archivedYes')}</Tag> : t('archiveDocs.manage.active')) },
          {
            key: 'actions',
            title: t('archiveDocs.manage.actions'),
            render: (_, c) => (
              <Button size="small" type="link" onClick={() => editClass(c)} data-testid={`class-edit-${c.nameZh}`}>
                {t('archiveDocs.manage.edit')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={folderEdit !== null}
        title={t(folderEdit?.kind === 'edit' ? 'archiveDocs.manage.folderTitleEdit' : 'archiveDocs.manage.folderTitleNew')}
        okText={t('archiveDocs.save')}
        cancelText={t('archiveDocs.cancel')}
        okButtonProps={{ loading: saving, 'data-testid': 'folder-save' } as never}
        onCancel={() => setFolderEdit(null)}
        onOk={() => folderForm.submit()}
        forceRender
        data-testid="folder-modal"
      >
        {folderParentPath && <Typography.Paragraph type="secondary">{t('archiveDocs.manage.parent', { path: folderParentPath })}</Typography.Paragraph>}
        <Form<FolderValues> form={folderForm} layout="vertical" onFinish={(v) => void saveFolder(v)}>
          <Form.Item name="nameZh" label={t('archiveDocs.manage.nameZh')} rules={[schemaRule(archive.saveFolder.input.shape.nameZh)]}>
            <Input data-testid="folder-name-zh" />
          </Form.Item>
          <Form.Item name="nameEn" label={t('archiveDocs.manage.nameEn')} rules={[schemaRule(archive.saveFolder.input.shape.nameEn)]}>
            <Input data-testid="folder-name-en" />
          </Form.Item>
          <Form.Item name="sort" label={t('archiveDocs.manage.sort')} rules={[schemaRule(archive.saveFolder.input.shape.sort)]}>
            <InputNumber min={0} max={9999} precision={0} data-testid="folder-sort" />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={classEdit !== null}
        title={t(classEdit === 'new' ? 'archiveDocs.manage.classTitleNew' : 'archiveDocs.manage.classTitleEdit')}
        okText={t('archiveDocs.save')}
        cancelText={t('archiveDocs.cancel')}
        okButtonProps={{ loading: saving, 'data-testid': 'class-save' } as never}
        onCancel={() => setClassEdit(null)}
        onOk={() => classForm.submit()}
        forceRender
        data-testid="class-modal"
      >
        <Form<ClassValues> form={classForm} layout="vertical" onFinish={(v) => void saveClass(v)}>
          <Form.Item name="nameZh" label={t('archiveDocs.manage.nameZh')} rules={[schemaRule(archive.saveClass.input.shape.nameZh)]}>
            <Input data-testid="class-name-zh" />
          </Form.Item>
          <Form.Item name="nameEn" label={t('archiveDocs.manage.nameEn')} rules={[schemaRule(archive.saveClass.input.shape.nameEn)]}>
            <Input data-testid="class-name-en" />
          </Form.Item>
          <div className="archive-form-row archive-form-row--class">
            <Form.Item name="retentionYears" label={t('archiveDocs.manage.retentionYears')} rules={[schemaRule(archive.saveClass.input.shape.retentionYears)]}>
              <InputNumber min={0} max={100} precision={0} data-testid="class-years" />
            </Form.Item>
            <Form.Item name="defaultSecurity" label={t('archiveDocs.manage.defaultSecurity')}>
              <Select data-testid="class-security" options={SECURITY_LEVELS.map((s) => ({ value: s, label: t(`archiveDocs.security.${s}`) }))} />
            </Form.Item>
            <Form.Item name="sort" label={t('archiveDocs.manage.sort')} rules={[schemaRule(archive.saveClass.input.shape.sort)]}>
              <InputNumber min={0} max={9999} precision={0} />
            </Form.Item>
          </div>
          <Typography.Paragraph type="secondary" data-testid="class-period-hint">
            {t('archiveDocs.manage.retentionHint')}
          </Typography.Paragraph>
          <Form.Item name="archived" valuePropName="checked">
            <Checkbox data-testid="class-archived">{t('archiveDocs.manage.archived')}</Checkbox>
          </Form.Item>
        </Form>
      </Modal>
    </Drawer>
  );
}

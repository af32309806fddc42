import { ApartmentOutlined, PlusOutlined, ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, DatePicker, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { archive, SECURITY_LEVELS, type SecurityLevel } from '../../../contract/archive';
import { useDesk } from '../context/DeskContext';
import { ClientSelect } from '../directory/ClientSelect';
import { errorText } from '../lib/errors';
import { maxLengthOf } from '../lib/fieldLimit';
import { ClassificationDrawer } from './ClassificationDrawer';
import { DocumentDrawer } from './DocumentDrawer';
import { DocumentsTable } from './DocumentsTable';
import { FolderTree } from './FolderTree';
import { UploadModal } from './UploadModal';
import { localName, useArchiveRefs } from './useArchiveRefs';
import { useDocuments } from './useDocuments';
import './archive.css';

/**
 * 档案 · 文档 (DIGEST 03): the tree on the left, the filters and the search
 * (Chinese, pinyin of titles, the words inside files) above the list; a row
 * opens the document with its versions. `recordId` opens one document.
 */
export function DocumentsScreen({ recordId = null }: { recordId?: string | null }) {
  const { t, i18n } = useTranslation();
  const { can } = useDesk();
  const refs = useArchiveRefs();
  const list = useDocuments();
  const { filters, setFilters } = list;
  const [openId, setOpenId] = useState<string | null>(recordId);
  const [uploading, setUploading] = useState(false);
  const [managing, setManaging] = useState(false);
  useEffect(() => {
    if (recordId) setOpenId(recordId);
  }, [recordId]);

  function refresh() {
    void list.reload();
    void refs.reload();
  }

  const set = (patch: Partial<typeof filters>) => setFilters({ ...filters, ...patch });
  const filtered = Object.values(filters).some((v) => v !== undefined && v !== false);

  return (
    <div className="archive-page" data-testid="documents-screen">
      <aside className="archive-page__tree">
        <FolderTree folders={refs.folders} selected={filters.folderId} onSelect={(folderId) => set({ folderId })} />
      </aside>
      <section className="archive-page__main">
        <div className="archive-filters">
          <Input
            allowClear
            prefix={<SearchOutlined />}
            value={list.query}
            onChange={(e) => list.setQuery(e.target.value)}
            placeholder={t('archiveDocs.search')}
            // Hard cap: a search saves nothing, and main takes no longer query (archive.list), so a cut loses no data.
            maxLength={maxLengthOf(archive.list.input.shape.query)}
            className="archive-filters__search"
            data-testid="documents-search"
          />
          <Select
            allowClear
            placeholder={t('archiveDocs.filters.tag')}
            value={filters.tag}
            onChange={(tag?: string) => set({ tag })}
            options={refs.tags.map((x) => ({ value: x.tag, label: `${x.tag} (${x.documents})` }))}
            showSearch
            className="archive-filters__select"
            data-testid="filter-tag"
          />
          <Select
            allowClear
            placeholder={t('archiveDocs.filters.class')}
            value={filters.classId}
            onChange={(classId?: string) => set({ classId })}
            options={refs.classes.map((c) => ({ value: c.id, label: localName(c, i18n.language) }))}
            className="archive-filters__select"
            data-testid="filter-class"
          />
          <Select<SecurityLevel>
            allowClear
            placeholder={t('archiveDocs.filters.security')}
            value={filters.security}
            onChange={(security?: SecurityLevel) => set({ security })}
            options={SECURITY_LEVELS.map((s) => ({ value: s, label: t(`archiveDocs.security.${s}`) }))}
            className="archive-filters__select"
            data-testid="filter-security"
          />
          <div className="archive-filters__client">
            <ClientSelect value={filters.clientId ?? null} onChange={(clientId) => set({ clientId: clientId ?? undefined })} data-testid="filter-client" />
          </div>
          <DatePicker.RangePicker
            value={filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null}
            onChange={(range) => set({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
            aria-label={t('archiveDocs.filters.dates')}
            data-testid="filter-dates"
          />
          <Checkbox checked={filters.pending === true} onChange={(e) => set({ pending: e.target.checked || undefined })} data-testid="filter-pending">
            {t('archiveDocs.filters.pending')}
          </Checkbox>
          {filtered && (
            <Button type="link" onClick={() => setFilters({})}>
              {t('archiveDocs.filters.clear')}
            </Button>
          )}
          <Space className="archive-filters__actions">
            <Button icon={<ReloadOutlined />} onClick={refresh}>
              {t('archiveDocs.refresh')}
            </Button>
            {can('archive.classify') && (
              <Button icon={<ApartmentOutlined />} onClick={() => setManaging(true)} data-testid="classification-open">
                {t('archiveDocs.manage.open')}
              </Button>
            )}
            {can('archive.upload') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setUploading(true)} data-testid="document-upload">
                {t('archiveDocs.upload')}
              </Button>
            )}
          </Space>
        </div>
        {list.error && <Alert type="warning" showIcon title={errorText(list.error)} className="archive-alert" />}
        <DocumentsTable list={list} classes={refs.classes} folders={refs.folders} onOpen={(d) => setOpenId(d.id)} />
      </section>
      <UploadModal
        open={uploading}
        folders={refs.folders}
        classes={refs.classes}
        tags={refs.tags.map((x) => x.tag)}
        folderId={filters.folderId}
        onClose={() => setUploading(false)}
        onFiled={(doc) => {
          setUploading(false);
          refresh();
          // A confidential document filed by someone who may not see those stays out of their sight.
          if (doc.security !== 'confidential' || can('archive.confidential')) setOpenId(doc.id);
        }}
      />
      <DocumentDrawer documentId={openId} classes={refs.classes} folders={refs.folders} tags={refs.tags.map((x) => x.tag)} onClose={() => setOpenId(null)} onChanged={refresh} />
      <ClassificationDrawer open={managing} folders={refs.folders} classes={refs.classes} onClose={() => setManaging(false)} onChanged={refresh} />
    </div>
  );
}

import { Alert, Col, Image, Modal, Row, Spin, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_MIME, type DocumentVersion } from '../../../contract/archive';
import type { Output } from '../../../contract';
import { api } from '../api/client';
import { errorText } from '../lib/errors';
import { formatBytes, formatFull } from '../lib/format';

type Comparison = Output<'archive', 'compare'>;
type Preview = Comparison['previewA'];
type Field = Comparison['differs'][number];

const FIELDS: Field[] = ['status', 'fileName', 'kind', 'size', 'contentHash', 'textStatus', 'reason', 'submittedBy', 'submittedAt', 'decidedBy', 'decidedAt'];

function PreviewPane({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  if (preview.image) return <Image src={`data:${DOCUMENT_MIME[preview.kind]};base64,${preview.image}`} alt="" className="archive-preview__image" />;
  if (preview.text !== null) {
    return (
      <>
        <pre className="archive-preview__text" data-testid="compare-text">
          {preview.text}
        </pre>
        {preview.truncated && <Typography.Text type="secondary">{t('archiveDocs.compare.truncated')}</Typography.Text>}
      </>
    );
  }
  return <Typography.Text type="secondary">{t('archiveDocs.compare.noPreview')}</Typography.Text>;
}

/** Two versions side by side: their metadata with the rows that differ marked, then a preview of each. */
export function CompareModal({ pair, onClose }: { pair: [string, string] | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [data, setData] = useState<Comparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!pair) return;
    let live = true;
    setData(null);
    setError(null);
    void api.archive.compare({ a: pair[0], b: pair[1] }).then((r) => {
      if (!live) return;
      if (r.ok) setData(r.value);
      else setError(errorText(r.error));
    });
    return () => {
      live = false;
    };
  }, [pair]);

  const show = (v: DocumentVersion, f: Field): string => {
    const value = v[f];
    if (value === null || value === '') return '—';
    if (f === 'size') return formatBytes(v.size);
    if (f === 'submittedAt' || f === 'decidedAt') return formatFull(String(value));
    if (f === 'status') return t(`archiveDocs.version.status.${v.status}`);
    if (f === 'textStatus') return t(`archiveDocs.compare.textStatus.${v.textStatus}`);
    return String(value);
  };

  return (
    <Modal open={pair !== null} title={t('archiveDocs.compare.title')} onCancel={onClose} footer={null} width={1100} destroyOnHidden data-testid="compare-modal">
      {error && <Alert type="error" title={error} />}
      {!data && !error && <Spin />}
      {data && (
        <>
          <Table
            size="small"
            pagination={false}
            rowKey="field"
            data-testid="compare-table"
            rowClassName={(r) => (data.differs.includes(r.field) ? 'archive-compare__differs' : '')}
            dataSource={FIELDS.map((field) => ({ field, a: show(data.a, field), b: show(data.b, field) }))}
            columns={[
              { key: 'field', title: t('archiveDocs.compare.field'), width: 140, render: (_, r) => t(`archiveDocs.compare.fields.${r.field}`) },
              { key: 'a', title: t('archiveDocs.version.label', { no: data.a.versionNo }), render: (_, r) => <span className="archive-compare__value">{r.a}</span> },
              { key: 'b', title: t('archiveDocs.version.label', { no: data.b.versionNo }), render: (_, r) => <span className="archive-compare__value">{r.b}</span> },
            ]}
          />
          <Row gutter={16} className="archive-compare__previews">
            <Col span={12} data-testid="compare-preview-a">
              <Typography.Title level={5}>{t('archiveDocs.version.label', { no: data.a.versionNo })}</Typography.Title>
              <PreviewPane preview={data.previewA} />
            </Col>
            <Col span={12} data-testid="compare-preview-b">
              <Typography.Title level={5}>{t('archiveDocs.version.label', { no: data.b.versionNo })}</Typography.Title>
              <PreviewPane preview={data.previewB} />
            </Col>
          </Row>
        </>
      )}
    </Modal>
  );
}

import { Card, Col, Form, Radio, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_DATASETS, type ExportDataset, type ExportRequest } from '../../../contract/data-export';
import { deskSpace } from '../theme';
import { ExportFilterFields, filtersFor, NO_FILTERS, type ExportFilterValues } from './ExportFilterFields';
import { ExportPanel } from './ExportPanel';

/**
 * 报表 → 导出: pick what to export, its filters (the same ones its list has),
 * the format and whether ID numbers go in full; then the export runs in main
 * with its progress here, and the file is handed over.
 */
export function ExportScreen() {
  const { t } = useTranslation();
  const [dataset, setDataset] = useState<ExportDataset>('visits');
  const [values, setValues] = useState<ExportFilterValues>(NO_FILTERS);
  const filters = filtersFor(dataset, values) as ExportRequest['filters'];
  return (
    <section aria-label={t('dataExport.title')} data-testid="export-screen" style={{ padding: deskSpace.md }}>
      <Typography.Paragraph type="secondary">{t('dataExport.intro')}</Typography.Paragraph>
      <Row gutter={[deskSpace.lg, deskSpace.lg]}>
        <Col xs={24} lg={12}>
          <Card title={t('dataExport.dataset')} size="small">
            <Radio.Group value={dataset} onChange={(e) => setDataset(e.target.value as ExportDataset)} data-testid="export-dataset" style={{ width: '100%' }}>
              {EXPORT_DATASETS.map((d) => (
                <Radio key={d} value={d} data-testid={`export-dataset-${d}`} style={{ display: 'flex', marginBottom: deskSpace.xs }}>
                  <Typography.Text strong>{t(`dataExport.datasets.${d}`)}</Typography.Text>
                  <Typography.Text type="secondary"> — {t(`dataExport.datasetHints.${d}`)}</Typography.Text>
                </Radio>
              ))}
            </Radio.Group>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('dataExport.filters')} size="small" style={{ marginBottom: deskSpace.lg }}>
            <Form layout="vertical">
              <ExportFilterFields dataset={dataset} value={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} />
            </Form>
          </Card>
          <Card size="small">
            {/* A new dataset is a new export: the panel starts afresh. */}
            <ExportPanel key={dataset} dataset={dataset} filters={filters} />
          </Card>
        </Col>
      </Row>
    </section>
  );
}

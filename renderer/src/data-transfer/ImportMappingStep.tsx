import { Alert, Button, Flex, Form, InputNumber, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, type ImportField, type ImportTarget } from '../../../contract/data-import';
import { deskSpace } from '../theme';
import type { ImportWizardState } from './useImportWizard';

const columnLetter = (i: number): string => (i >= 26 ? columnLetter(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));

/** Sheet, header row and which column feeds each field, with the file's first rows to judge by. */
export function ImportMappingStep({ wizard, target }: { wizard: ImportWizardState; target: ImportTarget }) {
  const { t } = useTranslation();
  const sheet = wizard.sheet!;
  const columns = sheet.headers.map((h, i) => ({ value: i, label: `${columnLetter(i)} · ${h || '—'}` }));
  const required = REQUIRED_IMPORT_FIELDS[target] as readonly ImportField[];
  const missing = required.some((f) => wizard.mapping[f] === undefined);
  const width = Math.max(sheet.headers.length, ...sheet.sample.map((r) => r.length));
  return (
    <Flex vertical gap="middle" data-testid="import-mapping">
      <Typography.Text type="secondary">
        {t('dataImport.fileFacts', { format: sheet.format.toUpperCase(), rows: sheet.rows })}
        {sheet.encoding && ` · ${t('dataImport.encoding', { encoding: sheet.encoding.toUpperCase() })}`}
      </Typography.Text>
      {sheet.mergedRanges > 0 && <Alert type="info" showIcon title={t('dataImport.merged', { count: sheet.mergedRanges })} data-testid="import-merged" />}
      {sheet.formulaCells > 0 && (
        <Alert
          type="info"
          showIcon
          title={`${t('dataImport.formulas', { count: sheet.formulaCells })}${sheet.formulasWithoutValue > 0 ? ` ${t('dataImport.formulasWithoutValue', { count: sheet.formulasWithoutValue })}` : ''}`}
        />
      )}
      <Flex gap="middle" wrap>
        {sheet.sheets.length > 1 && (
          <Form.Item label={t('dataImport.sheet')} style={{ marginBottom: 0 }}>
            <Select value={sheet.sheet} onChange={(v) => void wizard.open({ importId: sheet.importId, sheet: v })} options={sheet.sheets.map((name, i) => ({ value: i, label: name }))} data-testid="import-sheet" />
          </Form.Item>
        )}
        <Form.Item label={t('dataImport.headerRow')} style={{ marginBottom: 0 }}>
          <InputNumber min={1} max={1000} value={sheet.headerRow} onChange={(v) => v && void wizard.open({ importId: sheet.importId, sheet: sheet.sheet, headerRow: v })} data-testid="import-header-row" />
        </Form.Item>
      </Flex>
      <Typography.Text type="secondary">{t('dataImport.mappingHelp')}</Typography.Text>
      <Form layout="horizontal" labelCol={{ flex: '140px' }} labelWrap>
        {IMPORT_FIELDS[target].map((field) => (
          <Form.Item key={field} label={t(`dataImport.fields.${field}`)} required={required.includes(field)} style={{ marginBottom: deskSpace.xs }}>
            <Select
              allowClear
              value={wizard.mapping[field]}
              placeholder={t('dataImport.notMapped')}
              onChange={(v: number | undefined) => wizard.setMapping((m) => ({ ...m, [field]: v }))}
              options={columns}
              style={{ maxWidth: 320 }}
              data-testid={`import-map-${field}`}
            />
          </Form.Item>
        ))}
      </Form>
      <Typography.Title level={5}>{t('dataImport.sample')}</Typography.Title>
      <Table
        size="small"
        pagination={false}
        scroll={{ x: true }}
        rowKey={(_, i) => String(i)}
        dataSource={sheet.sample.slice(1)}
        columns={Array.from({ length: width }, (_, i) => ({ key: i, title: `${columnLetter(i)} ${sheet.headers[i] ?? ''}`, render: (_: unknown, row: string[]) => row[i] ?? '' }))}
      />
      <Flex gap="small" justify="end">
        <Button onClick={wizard.restart}>{t('dataImport.back')}</Button>
        <Button type="primary" disabled={missing} onClick={() => wizard.setStep('preview')} data-testid="import-to-preview">
          {t('dataImport.next')}
        </Button>
      </Flex>
    </Flex>
  );
}

import { Alert, App, Button, Checkbox, Flex, Input, Switch, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportField, type ImportRow, type ImportTarget } from '../../../contract/data-import';
import { i18n } from '../i18n';
import { issueText } from '../lib/errors';
import { handOverFile } from '../lib/handOverFile';
import { deskSpace } from '../theme';
import { IMPORT_PAGE_SIZE, type ImportWizardState } from './useImportWizard';

/** A row's problem in words: the forms' messages, and the import's own (`import.duplicateInFile` names the row it repeats). */
function problemText(issue: ImportRow['issues'][number]): string {
  const key = `errors.${issue.message}`;
  return i18n.exists(key) ? i18n.t(key, { row: issue.row ?? '' }) : issueText(issue.message);
}

/** A cell with a problem is an input: fixed in place, checked again on Enter or when left. */
function FixCell({ row, field, onFix }: { row: ImportRow; field: ImportField; onFix: (value: string) => void }) {
  const [value, setValue] = useState(row.values[field] ?? '');
  const issues = row.issues.filter((i) => i.field === field);
  const done = () => value !== (row.values[field] ?? '') && onFix(value);
  return (
    <Flex vertical gap={deskSpace.xxs}>
      <Input
        size="small"
        status="error"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onBlur={done}
        onPressEnter={done}
        aria-label={`${row.sheetRow} ${i18n.t(`dataImport.fields.${field}`)}`}
        data-testid={`import-fix-${row.index}-${field}`}
      />
      {issues.map((i) => (
        <Typography.Text key={i.message} type="danger">
          {problemText(i)}
        </Typography.Text>
      ))}
    </Flex>
  );
}

function StatusTag({ row }: { row: ImportRow }) {
  const { t } = useTranslation();
  if (row.skipped) return <Tag>{t('dataImport.skipped')}</Tag>;
  if (row.issues.length > 0) return <Tag color="error">{t('dataImport.problem')}</Tag>;
  if (row.onPlan) return <Tag color="default">{t('dataImport.onPlan')}</Tag>;
  if (row.existing) {
    return (
      <Tooltip title={t('dataImport.existingHint', { reason: t(`dataImport.matchedBy.${row.existing.matchedBy}`) })}>
        <Tag color="processing" data-testid="import-existing">
          {t('dataImport.existing', { name: row.existing.name })}
        </Tag>
      </Tooltip>
    );
  }
  return <Tag color="success">{t('dataImport.ready')}</Tag>;
}

/** Every row as mapped, problems fixable in place or skipped, then the all-or-nothing commit. */
export function ImportPreviewStep({ wizard, target }: { wizard: ImportWizardState; target: ImportTarget }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const preview = wizard.preview;
  const fields = IMPORT_FIELDS[target].filter((f) => wizard.mapping[f] !== undefined || wizard.edits.some((e) => e.field === f));
  const counts = preview?.counts;

  async function download() {
    const file = await wizard.problemsFile(i18n.language === 'en' ? 'en' : 'zh-CN');
    if (!file.ok) return void message.error(problemText({ field: '', message: file.error.issues?.[0]?.message ?? 'invalid' }));
    const notice = await handOverFile(file.value.fileId, t('dataImport.problemsFile'));
    message[notice.type](notice.text);
  }

  const columns: TableColumnsType<ImportRow> = [
    { key: 'row', title: t('dataImport.sheetRow'), dataIndex: 'sheetRow', width: 64, fixed: 'left' },
    ...fields.map((field) => ({
      key: field,
      title: t(`dataImport.fields.${field}`),
      width: 150,
      render: (_: unknown, row: ImportRow) =>
        !row.skipped && row.issues.some((i) => i.field === field) ? <FixCell key={`${row.index}-${row.values[field]}`} row={row} field={field} onFix={(v) => wizard.fix(row.index, field, v)} /> : row.values[field],
    })),
    { key: 'status', title: t('dataImport.status'), width: 150, render: (_: unknown, row: ImportRow) => <StatusTag row={row} /> },
    {
      key: 'skip',
      title: t('dataImport.skip'),
      width: 64,
      render: (_: unknown, row: ImportRow) => (
        <Checkbox checked={row.skipped} onChange={(e) => wizard.toggleSkip(row.index, e.target.checked)} aria-label={`${t('dataImport.skip')} ${row.sheetRow}`} data-testid={`import-skip-${row.index}`} />
      ),
    },
  ];

  return (
    <Flex vertical gap="middle" data-testid="import-preview">
      {counts && (
        <Alert
          type={counts.problems > 0 ? 'warning' : 'success'}
          showIcon
          title={t('dataImport.counts', counts)}
          description={counts.onPlan > 0 ? t('dataImport.onPlanCount', { count: counts.onPlan }) : undefined}
          data-testid="import-counts"
        />
      )}
      <Flex gap="middle" align="center" wrap>
        <Flex gap="small" align="center">
          <Switch checked={wizard.onlyProblems} onChange={wizard.setOnlyProblems} data-testid="import-only-problems" />
          <span>{t('dataImport.onlyProblems')}</span>
        </Flex>
        <Typography.Text type="secondary">{t('dataImport.fixHint')}</Typography.Text>
        {counts && counts.problems > 0 && (
          <Button onClick={() => void download()} data-testid="import-download-problems">
            {t('dataImport.downloadProblems')}
          </Button>
        )}
      </Flex>
      <Table
        size="small"
        rowKey="index"
        loading={wizard.busy}
        dataSource={preview?.rows ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        pagination={{ current: wizard.page, pageSize: IMPORT_PAGE_SIZE, total: preview?.total ?? 0, showSizeChanger: false, onChange: wizard.setPage }}
        data-testid="import-rows"
      />
      <Flex gap="small" justify="end" wrap>
        <Button onClick={() => wizard.setStep('map')}>{t('dataImport.back')}</Button>
        {counts && counts.problems > 0 && counts.ready > 0 && (
          <Button loading={wizard.busy} onClick={() => void wizard.commit(true)} data-testid="import-commit-skipping">
            {t('dataImport.commitSkipping', { count: counts.ready })}
          </Button>
        )}
        <Button type="primary" loading={wizard.busy} disabled={!counts || counts.problems > 0 || counts.ready === 0} onClick={() => void wizard.commit(false)} data-testid="import-commit">
          {t('dataImport.commit', { count: counts?.ready ?? 0 })}
        </Button>
      </Flex>
    </Flex>
  );
}

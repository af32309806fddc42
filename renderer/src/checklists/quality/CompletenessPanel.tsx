import { Alert, Button, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../contract/quality';
import type { ApiError } from '../../../../contract/result';
import { api } from '../../api/client';
import { errorText } from '../../lib/errors';
import { pageHash } from '../../lib/useHashRoute';
import type { DayRange } from './QualityScreen';

type Audit = { findings: Finding[]; plansChecked: number; visitsChecked: number };

/** Visits of the period whose record is not complete, each with a link to where it is put right. */
export function CompletenessPanel({ range }: { range: DayRange }) {
  const { t } = useTranslation();
  const [audit, setAudit] = useState<Audit | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let live = true;
    setLoading(true);
    void api.quality.completeness(range).then((result) => {
      if (!live) return;
      setLoading(false);
      if (!result.ok) return setError(result.error);
      setError(null);
      setAudit(result.value);
    });
    return () => {
      live = false;
    };
  }, [range]);

  const c = (key: string) => t(`checklists.quality.completeness.columns.${key}`);
  return (
    <div data-testid="completeness">
      {error && <Alert type="error" showIcon message={errorText(error)} />}
      {audit && (
        <Typography.Paragraph type="secondary" data-testid="completeness-summary">
          {audit.findings.length === 0
            ? t('checklists.quality.completeness.empty')
            : t('checklists.quality.completeness.checked', { plans: audit.plansChecked, visits: audit.visitsChecked, count: audit.findings.length })}
        </Typography.Paragraph>
      )}
      <Table
        rowKey={(f) => `${f.kind}-${f.planId ?? ''}-${f.visitId ?? ''}`}
        size="small"
        loading={loading}
        dataSource={audit?.findings ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        onRow={() => ({ 'data-testid': 'finding-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'kind', title: c('kind'), width: 170, render: (_, f) => <Tag color="orange">{t(`checklists.quality.completeness.kind.${f.kind}`)}</Tag> },
          { key: 'visit', title: c('visit'), dataIndex: 'title' },
          { key: 'at', title: c('at'), width: 150, render: (_, f) => f.at?.replace('T', ' ') ?? '' },
          {
            key: 'missing',
            title: c('missing'),
            render: (_, f) => (
              <>
                {f.missing.map((m) => (
                  <Tag key={m}>{t(`checklists.quality.completeness.missing.${m}`)}</Tag>
                ))}
                {f.openItems > 0 && <Tag color="red">{t('checklists.quality.completeness.openItems', { count: f.openItems })}</Tag>}
              </>
            ),
          },
          {
            key: 'fix',
            title: c('fix'),
            width: 140,
            render: (_, f) =>
              f.planId ? (
                <Button size="small" type="link" href={pageHash('plans', f.planId)} data-testid="finding-fix">
                  {t('checklists.quality.completeness.fixPlan')}
                </Button>
              ) : (
                <Button size="small" type="link" href={pageHash('desk')} data-testid="finding-fix">
                  {t('checklists.quality.completeness.fixDesk')}
                </Button>
              ),
          },
        ]}
      />
    </div>
  );
}

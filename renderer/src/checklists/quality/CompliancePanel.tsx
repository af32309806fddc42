import { Alert, Progress, Segmented, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../../contract/checklists';
import { COMPLIANCE_GROUPS, COMPLIANCE_PERIODS, type ComplianceRow } from '../../../../contract/quality';
import type { ApiError } from '../../../../contract/result';
import { api } from '../../api/client';
import { errorText } from '../../lib/errors';
import { deskColors } from '../../theme';
import type { DayRange } from './QualityScreen';

type Group = (typeof COMPLIANCE_GROUPS)[number];
type Period = (typeof COMPLIANCE_PERIODS)[number];
/** The counted columns, in the table's order (the total row repeats them). */
const COUNTS = ['due', 'onTime', 'late', 'missed', 'notApplicable'] as const;
type Figures = { rows: ComplianceRow[]; total: ComplianceRow; inspections: { count: number; averageScore: number | null } };

/** On-time rates of the items due in the period, by period, checklist, department or person. */
export function CompliancePanel({ range }: { range: DayRange }) {
  const { t, i18n } = useTranslation();
  const [by, setBy] = useState<Group>('department');
  const [period, setPeriod] = useState<Period>('week');
  const [figures, setFigures] = useState<Figures | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let live = true;
    setLoading(true);
    void api.quality.compliance({ ...range, by, period }).then((result) => {
      if (!live) return;
      setLoading(false);
      if (!result.ok) return setError(result.error);
      setError(null);
      setFigures(result.value);
    });
    return () => {
      live = false;
    };
  }, [range, by, period]);

  const label = (row: ComplianceRow) => {
    if (by === 'department') return t(`checklists.department.${row.key}`, { defaultValue: row.key });
    if (by === 'checklist') return pickText(row.label, i18n.language);
    if (by === 'person') return row.key || t('checklists.quality.compliance.nobody');
    return row.key;
  };
  const rate = (value: number | null) =>
    value === null ? (
      t('checklists.quality.compliance.noRate')
    ) : (
      <span className="compliance-rate">
        <Progress
          percent={value}
          size="small"
          showInfo={false}
          strokeColor={value >= 90 ? deskColors.success : value >= 70 ? deskColors.warning : deskColors.error}
          aria-hidden
        />
        <span>{`${Math.round(value)}%`}</span>
      </span>
    );
  const c = (key: string) => t(`checklists.quality.compliance.columns.${key}`);

  return (
    <div className="compliance" data-testid="compliance">
      <div className="checklists-toolbar">
        <Segmented
          aria-label={t('checklists.quality.compliance.by')}
          value={by}
          onChange={(value) => setBy(value as Group)}
          options={COMPLIANCE_GROUPS.map((g) => ({ value: g, label: <span data-testid={`compliance-by-${g}`}>{t(`checklists.quality.compliance.groups.${g}`)}</span> }))}
        />
        {by === 'period' && (
          <Segmented
            aria-label={t('checklists.quality.compliance.period')}
            value={period}
            onChange={(value) => setPeriod(value as Period)}
            options={COMPLIANCE_PERIODS.map((p) => ({ value: p, label: t(`checklists.quality.compliance.periods.${p}`) }))}
          />
        )}
        {figures && (
          <Typography.Text type="secondary" data-testid="compliance-inspections">
            {figures.inspections.count === 0
              ? t('checklists.quality.compliance.inspectionsNone')
              : t('checklists.quality.compliance.inspections', { count: figures.inspections.count, score: figures.inspections.averageScore ?? '—' })}
          </Typography.Text>
        )}
      </div>
      {error && <Alert type="error" showIcon message={errorText(error)} />}
      <Table
        rowKey="key"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={figures?.rows ?? []}
        onRow={(row) => ({ 'data-testid': 'compliance-row', 'data-key': row.key }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'key', title: c('key'), render: (_, row) => label(row) },
          { key: 'due', title: c('due'), dataIndex: 'due', align: 'right', width: 90 },
          { key: 'onTime', title: c('onTime'), dataIndex: 'onTime', align: 'right', width: 90 },
          { key: 'late', title: c('late'), dataIndex: 'late', align: 'right', width: 110 },
          { key: 'missed', title: c('missed'), dataIndex: 'missed', align: 'right', width: 120 },
          { key: 'na', title: c('na'), dataIndex: 'notApplicable', align: 'right', width: 90 },
          { key: 'rate', title: c('rate'), width: 200, render: (_, row) => rate(row.rate) },
        ]}
        summary={() =>
          figures && (
            <Table.Summary.Row data-testid="compliance-total">
              <Table.Summary.Cell index={0}>
                <strong>{t('checklists.quality.compliance.total')}</strong>
              </Table.Summary.Cell>
              {COUNTS.map((key, i) => (
                <Table.Summary.Cell key={key} index={i + 1} align="right">
                  {figures.total[key]}
                </Table.Summary.Cell>
              ))}
              <Table.Summary.Cell index={6}>{rate(figures.total.rate)}</Table.Summary.Cell>
            </Table.Summary.Row>
          )
        }
      />
    </div>
  );
}

import { CopyOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, DatePicker, Empty, Input, Table, Tooltip, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TOOLBAR_STUCK_BOTTOM } from './SectionToolbar';
import { ClashNote } from './ClashNote';
import { lengthCount } from '../../lib/fieldLimit';
import { isTextField, itemShape, TOO_LONG, tooLong, tooLongValues, type ItineraryRow, type RowClash, type RowField, type RowProblems } from './itineraryRows';
import { normalizeTime } from './localTime';
import { SuggestInput } from './SuggestInput';
import { TimeInput } from './TimeInput';

export interface Suggestions {
  activities: readonly string[];
  places: readonly string[];
  people: readonly string[];
}

interface Props {
  rows: ItineraryRow[];
  clashes: Map<string, RowClash>;
  /** Shown once a save was tried, so a fresh empty line is not red at once. */
  problems: Map<string, RowProblems> | null;
  readOnly: boolean;
  arrivalAt: string | null;
  departureAt: string | null;
  suggestions: Suggestions;
  onChange: (key: string, patch: Partial<ItineraryRow>) => void;
  onDuplicate: (key: string) => void;
  onRemove: (key: string) => void;
  /** Enter in a line's last cell: next line, or a new one after the last. */
  onEnterLast: (key: string) => void;
}

/** Free-text cells that offer the plan's rooms and team as suggestions: where, and who is responsible. */
const SUGGESTED_TEXT_COLUMNS = [
  { field: 'place', width: 180, suggest: 'places' },
  { field: 'responsible', width: 130, suggest: 'people' },
] as const;

/** The itinerary as a sheet: every cell typed in place, Tab across, Enter at the end of a line for the next. */
export function ItineraryTable(p: Props) {
  const { t } = useTranslation();
  const col = (key: string) => t(`planEditor.itinerary.columns.${key}`);
  // Too long shows as it is typed or pasted (the text is kept whole); other problems once a save was tried.
  const problem = (row: ItineraryRow, field: RowField) =>
    p.problems?.get(row.key)?.[field] ?? (isTextField(field) && tooLong(row, field) ? TOO_LONG : undefined);
  const problemText = (row: ItineraryRow, field: RowField) => {
    const key = problem(row, field);
    if (!key) return undefined;
    return key === TOO_LONG && isTextField(field) ? t(key, tooLongValues(row, field)) : t(key);
  };

  const text = (value: string) => value || <span className="muted">—</span>;

  const columns: TableColumnsType<ItineraryRow> = [
    {
      key: 'date',
      title: col('date'),
      width: 124,
      render: (_, row) =>
        p.readOnly ? (
          <span className="mono">{row.date}</span>
        ) : (
          <Tooltip title={problemText(row, 'date')}>
            <DatePicker
              value={row.date ? dayjs(row.date) : null}
              onChange={(d) => p.onChange(row.key, { date: d ? d.format('YYYY-MM-DD') : '' })}
              format="YYYY-MM-DD"
              allowClear={false}
              suffixIcon={null}
              status={problem(row, 'date') ? 'error' : undefined}
              className="full-width itinerary-date"
              aria-label={col('date')}
              data-testid="itinerary-date"
            />
          </Tooltip>
        ),
    },
    ...(['start', 'end'] as const).map((field) => ({
      key: field,
      title: col(field),
      width: 84,
      render: (_: unknown, row: ItineraryRow) =>
        p.readOnly ? (
          <span className="mono">{normalizeTime(row[field]) ?? row[field]}</span>
        ) : (
          <Tooltip title={problemText(row, field)}>
            <TimeInput
              value={row[field]}
              onChange={(value) => p.onChange(row.key, { [field]: value })}
              invalid={!!problem(row, field)}
              placeholder={t('planEditor.itinerary.timePlaceholder')}
              ariaLabel={col(field)}
              testId={`itinerary-${field}`}
              cell={field}
            />
          </Tooltip>
        ),
    })),
    {
      key: 'activity',
      title: col('activity'),
      width: 270,
      render: (_, row) => {
        const clash = p.clashes.get(row.key);
        return (
          <>
            {p.readOnly ? (
              <strong>{row.activity}</strong>
            ) : (
              <Tooltip title={problemText(row, 'activity')}>
                <div>
                  <SuggestInput
                    value={row.activity}
                    onChange={(activity) => p.onChange(row.key, { activity })}
                    suggestions={p.suggestions.activities}
                    lengthSchema={itemShape.activity}
                    invalid={!!problem(row, 'activity')}
                    placeholder={t('planEditor.itinerary.activityPlaceholder')}
                    ariaLabel={col('activity')}
                    testId="itinerary-activity"
                    cell="activity"
                  />
                </div>
              </Tooltip>
            )}
            {clash && <ClashNote row={row} clash={clash} arrivalAt={p.arrivalAt} departureAt={p.departureAt} />}
          </>
        );
      },
    },
    ...SUGGESTED_TEXT_COLUMNS.map(({ field, width, suggest }) => ({
      key: field,
      title: col(field),
      width,
      render: (_: unknown, row: ItineraryRow) =>
        p.readOnly ? (
          text(row[field])
        ) : (
          <Tooltip title={problemText(row, field)}>
            <div>
              <SuggestInput
                value={row[field]}
                onChange={(value) => p.onChange(row.key, { [field]: value })}
                suggestions={p.suggestions[suggest]}
                lengthSchema={itemShape[field]}
                invalid={!!problem(row, field)}
                ariaLabel={col(field)}
                testId={`itinerary-${field}`}
                cell={field}
              />
            </div>
          </Tooltip>
        ),
    })),
    {
      key: 'notes',
      title: col('notes'),
      render: (_, row) =>
        p.readOnly ? (
          text(row.notes)
        ) : (
          <Tooltip title={problemText(row, 'notes')}>
            <Input
              value={row.notes}
              onChange={(e) => p.onChange(row.key, { notes: e.target.value })}
              onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
                if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
                e.preventDefault();
                p.onEnterLast(row.key);
              }}
              {...lengthCount(itemShape.notes, 'whenOver')}
              status={problem(row, 'notes') ? 'error' : undefined}
              aria-invalid={!!problem(row, 'notes') || undefined}
              aria-label={col('notes')}
              data-testid="itinerary-notes"
              data-cell="notes"
            />
          </Tooltip>
        ),
    },
  ];
  if (!p.readOnly) {
    columns.push({
      key: 'actions',
      title: col('actions'),
      width: 80,
      render: (_, row) => (
        <span className="row-actions">
          <Tooltip title={t('planEditor.itinerary.duplicate')}>
            <Button size="small" type="text" icon={<CopyOutlined />} aria-label={t('planEditor.itinerary.duplicate')} onClick={() => p.onDuplicate(row.key)} data-testid="itinerary-duplicate" />
          </Tooltip>
          <Tooltip title={t('planEditor.itinerary.remove')}>
            <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('planEditor.itinerary.remove')} onClick={() => p.onRemove(row.key)} data-testid="itinerary-remove" />
          </Tooltip>
        </span>
      ),
    });
  }

  return (
    <div data-testid="itinerary-table">
      <Table<ItineraryRow>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={p.rows}
        pagination={false}
        sticky={{ offsetHeader: TOOLBAR_STUCK_BOTTOM }}
        rowClassName={(row) => (p.clashes.has(row.key) ? 'itinerary-row itinerary-row--clash' : 'itinerary-row')}
        onRow={(row) => ({ 'data-testid': 'itinerary-row', 'data-row': row.key }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('planEditor.itinerary.empty')} /> }}
      />
    </div>
  );
}
